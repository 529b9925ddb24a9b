import GRDB
import ReadoutCore

extension SQLiteReadoutStore {
    /// Events merged across documents, filtered, in date order.
    ///
    /// Each actor or text filter is a set of event ids. When one of them is small, the query starts from it
    /// (materialised, then sorted by day); when all are large, it walks the events in day order and checks
    /// each filter per event, stopping at the limit. Either way a question stays fast on a large store.
    public func events(_ query: EventQuery) throws -> [StoredEvent] {
        try writer.read { db in
            var sets: [EventSet] = []
            // An actor (and counterpart) with one key is read from `event_actors` in day order; others from the parties.
            var keyed: (actor: String, other: String)?
            if let actor = query.actor, let key = try ActorKeys.key(for: actor, db: db) {
                if let with = query.with {
                    if let other = try ActorKeys.key(for: with, db: db) { keyed = (key, other) }
                } else {
                    keyed = (key, "")
                }
            }
            if keyed == nil, let actor = query.actor {
                let match = try ActorMatch(actor, db: db)
                let a = match.condition("a")
                if let with = query.with {
                    let other = try ActorMatch(with, db: db)
                    let b = other.condition("b")
                    sets.append(EventSet(from: "event_parties a JOIN event_parties b ON b.event_pk = a.event_pk AND b.role != a.role",
                                         condition: "\(a.sql) AND \(b.sql)", arguments: a.arguments + b.arguments,
                                         probe: "\(match.condition("a", probe: true).sql) AND \(other.condition("b", probe: true).sql)"))
                } else {
                    sets.append(EventSet(from: "event_parties a", condition: a.sql, arguments: a.arguments,
                                         probe: match.condition("a", probe: true).sql))
                }
            }
            for (role, actor) in [("source", query.source), ("target", query.target)] {
                guard let actor else { continue }
                let match = try ActorMatch(actor, db: db)
                let a = match.condition("a")
                sets.append(EventSet(from: "event_parties a", condition: "a.role = '\(role)' AND \(a.sql)", arguments: a.arguments,
                                     probe: "a.role = '\(role)' AND \(match.condition("a", probe: true).sql)"))
            }
            if let text = query.text {
                sets.append(EventSet(from: "event_mentions a",
                                     condition: "a.doc_pk IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)",
                                     arguments: [text],
                                     probe: "+a.doc_pk IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"))
            }
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let type = query.type {
                conditions.append("e.type = ?")
                arguments.append(type.uppercased())
            }
            if let modality = query.modality {
                conditions.append("e.modality = ?")
                arguments.append(modality.lowercased())
            }
            let days = DayNumber.range("e.day", from: query.from, to: query.to)
            conditions += days.conditions
            arguments += days.arguments as [any DatabaseValueConvertible]
            if let place = query.place {
                conditions.append("e.location LIKE '%' || ? || '%'")
                arguments.append(place)
            }
            var from = "events e"
            var fromArguments: [any DatabaseValueConvertible] = []
            var order = "e.day, e.pk"
            var driver: Int?
            var smallest = Int.max
            for (index, set) in sets.enumerated() {
                let size = try set.size(db: db, cap: Self.smallSetLimit)
                if size < Self.smallSetLimit && size < smallest {
                    smallest = size
                    driver = index
                }
            }
            for (index, set) in sets.enumerated() {
                if index == driver {
                    from = "(SELECT DISTINCT a.event_pk FROM \(set.from) WHERE \(set.condition)) s CROSS JOIN events e ON e.pk = s.event_pk"
                    fromArguments = set.arguments
                } else {
                    conditions.append("EXISTS (SELECT 1 FROM \(set.from) WHERE a.event_pk = e.pk AND \(set.probe ?? set.condition))")
                    arguments += set.arguments
                }
            }
            if let keyed {
                let ids = try ActorKeys.ids(actor: keyed.actor, other: keyed.other, db: db)
                let keyArguments: [any DatabaseValueConvertible] = [ids.actor, ids.other]
                if driver == nil {
                    // Walk the actor's events in day order, stopping at the limit.
                    from = "event_actors k CROSS JOIN events e ON e.pk = k.event_pk"
                    order = "k.day, k.event_pk"
                    conditions.insert("k.actor = ? AND k.other = ?", at: 0)
                    arguments.insert(contentsOf: keyArguments, at: 0)
                    let days = DayNumber.range("k.day", from: query.from, to: query.to)
                    conditions += days.conditions
                    arguments += days.arguments as [any DatabaseValueConvertible]
                } else {
                    conditions.append("EXISTS (SELECT 1 FROM event_actors k WHERE k.actor = ? AND k.other = ? AND k.day = e.day AND k.event_pk = e.pk)")
                    arguments += keyArguments
                }
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let limit = query.limit > 0 ? "LIMIT \(query.limit)" : ""
            let rows = try Row.fetchAll(db, sql: "SELECT e.* FROM \(from) \(whereClause) ORDER BY \(order) \(limit)",
                                        arguments: StatementArguments(fromArguments + arguments))
            return try Self.storedEvents(rows, db: db, allEvidence: query.withEvidence)
        }
    }

    /// Below this many events, a filter's event set drives the query.
    static let smallSetLimit = 3_000

    /// Calls `body` with every merged event and all its evidence, in date order, a page at a time.
    public func forEachEvent(_ body: (StoredEvent) throws -> Void) throws {
        var after: (day: Int, pk: Int64) = (Int.min, 0)
        while true {
            let page = try writer.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT * FROM events WHERE day > ?1 OR (day = ?1 AND pk > ?2) ORDER BY day, pk LIMIT 1000
                    """, arguments: [after.day, after.pk])
                return (try Self.storedEvents(rows, db: db, allEvidence: true), rows.last.map { (day: $0["day"] as Int, pk: $0["pk"] as Int64) })
            }
            for event in page.0 { try body(event) }
            guard let last = page.1 else { return }
            after = last
        }
    }

    /// Builds stored events from `events` rows, loading their parties and evidence.
    static func storedEvents(_ rows: [Row], db: Database, allEvidence: Bool) throws -> [StoredEvent] {
        guard !rows.isEmpty else { return [] }
        let pks: [Int64] = rows.map { $0["pk"] }
        var sources: [Int64: [Party]] = [:]
        var targets: [Int64: [Party]] = [:]
        let partyRows = try Row.fetchAll(db, sql: """
            SELECT p.event_pk, p.role, n.pk, n.name, n.kind, n.actor_code, n.country, n.sector, n.kb_id
            FROM event_parties p JOIN entities n ON n.pk = p.entity_pk
            WHERE p.event_pk IN (\(marks(pks.count))) ORDER BY p.event_pk, n.pk
            """, arguments: StatementArguments(pks))
        for row in partyRows {
            let party = Party(entity: row["pk"], name: row["name"], kind: row["kind"], actorCode: row["actor_code"],
                              country: row["country"], sector: row["sector"], kbID: row["kb_id"])
            if row["role"] as String == "source" { sources[row["event_pk"], default: []].append(party) }
            else { targets[row["event_pk"], default: []].append(party) }
        }
        var evidence: [Int64: [EventEvidence]] = [:]
        // Every mention, or only each event's first (an event thousands of reports give has thousands).
        let mentions = allEvidence
            ? "event_mentions m JOIN documents d ON d.pk = m.doc_pk WHERE m.event_pk IN (\(marks(pks.count)))"
            : """
              events f JOIN event_mentions m ON m.pk = (SELECT min(pk) FROM event_mentions WHERE event_pk = f.pk)
              JOIN documents d ON d.pk = m.doc_pk WHERE f.pk IN (\(marks(pks.count)))
              """
        let evidenceRows = try Row.fetchAll(db, sql: """
            SELECT m.event_pk, m.publisher, m.date, m.modality, m.claimant, m.evidence, m.evidence_start, m.evidence_end,
                   m.count, d.id, d.url, d.date AS document_date
            FROM \(mentions)
            ORDER BY m.event_pk, m.pk
            """, arguments: StatementArguments(pks))
        for row in evidenceRows {
            let key: Int64 = row["event_pk"]
            if !allEvidence && evidence[key] != nil { continue }
            evidence[key, default: []].append(EventEvidence(
                document: row["id"], publisher: row["publisher"], url: row["url"], documentDate: row["document_date"],
                date: row["date"], modality: row["modality"], claimant: row["claimant"], text: row["evidence"],
                start: row["evidence_start"], end: row["evidence_end"], count: row["count"]))
        }
        return rows.map { row in
            let pk: Int64 = row["pk"]
            return StoredEvent(id: pk, type: row["type"], mode: row["mode"], cameo: row["cameo"], quadClass: row["quad"],
                               score: row["score"], modality: row["modality"], date: row["date"], start: row["start"],
                               end: row["end"], location: row["location"], sources: sources[pk] ?? [], targets: targets[pk] ?? [],
                               numMentions: row["num_mentions"], numArticles: row["num_articles"], numSources: row["num_sources"],
                               evidence: evidence[pk] ?? [])
        }
    }
}

/// A filter on events: rows of `from` (aliased `a`, with an `a.event_pk` column) that meet `condition`.
struct EventSet {
    /// Tables, the one holding `event_pk` aliased `a`.
    var from: String
    /// The SQL condition.
    var condition: String
    /// Its arguments.
    var arguments: [any DatabaseValueConvertible]
    /// The same condition for checking one event (`a.event_pk = e.pk`), kept off the other indexes.
    var probe: String? = nil

    /// How many rows the set has, counting no further than `cap`.
    func size(db: Database, cap: Int) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM \(from) WHERE \(condition) LIMIT \(cap))",
                         arguments: StatementArguments(arguments)) ?? 0
    }
}
