import GRDB
import ReadoutCore

extension SQLiteReadoutStore {
    /// Expectations and demands as they stood on `query.asOf` (default today), latest first.
    ///
    /// Only what reports dated on or before that day said counts: an expectation is `fulfilled` once a report
    /// of the promised action (by that actor, in the window) is known, `overdue` once the window has passed,
    /// `pending` until then; a demand is `met`, `rejected` or `answered` by the best answer known, else `open`.
    public func ledger(_ query: LedgerQuery) throws -> [LedgerEntry] {
        let asOf = DayNumber.of(query.asOf) ?? DayNumber.today()
        return try writer.read { db in
            var entries: [LedgerEntry] = []
            if query.kind != .demand { entries += try expectationEntries(query, asOf: asOf, db: db) }
            if query.kind != .expectation { entries += try demandEntries(query, asOf: asOf, db: db) }
            entries.sort { ($0.stated, $0.kind.rawValue, $0.id) > ($1.stated, $1.kind.rawValue, $1.id) }
            if query.limit > 0 && entries.count > query.limit { entries.removeLast(entries.count - query.limit) }
            return entries
        }
    }

    /// The expectations stated by `asOf`, with their status on that day.
    func expectationEntries(_ query: LedgerQuery, asOf: Int, db: Database) throws -> [LedgerEntry] {
        var conditions = ["x.stated_day <= :asOf"]
        var arguments: [String: (any DatabaseValueConvertible)?] = ["asOf": asOf]
        if let actor = query.actor {
            if ActorMatch.looksLikeCode(actor) {
                conditions.append("((x.actor_code >= :a AND x.actor_code < :b) OR (x.counterpart_code >= :a AND x.counterpart_code < :b))")
                arguments["a"] = actor
                arguments["b"] = actor + "\u{7F}"
            } else {
                conditions.append("(x.actor LIKE '%' || :a || '%' OR x.counterpart LIKE '%' || :a || '%')")
                arguments["a"] = actor
            }
        }
        var outer = ""
        if let status = query.status {
            outer = "WHERE status = :status"
            arguments["status"] = status.lowercased()
        }
        let limit = query.limit > 0 ? "LIMIT \(query.limit)" : ""
        let rows = try Row.fetchAll(db, sql: """
            SELECT * FROM (
              SELECT x.*, d.id AS document, CASE WHEN x.fulfilled_day <= :asOf THEN x.fulfilled_day END AS resolved_day,
                CASE WHEN x.fulfilled_day <= :asOf THEN 'fulfilled'
                     WHEN coalesce(x.due_end_day, x.due_start_day + \(DocumentWriter.openExpectationDays)) < :asOf THEN 'overdue'
                     ELSE 'pending' END AS status
              FROM expectations x JOIN documents d ON d.pk = x.doc_pk
              WHERE \(conditions.joined(separator: " AND "))
            ) \(outer) ORDER BY stated_day DESC, pk DESC \(limit)
            """, arguments: StatementArguments(arguments))
        let pks: [Int64] = rows.map { $0["pk"] }
        let links = try linkRows(sql: """
            WITH l AS (SELECT expectation_pk, mention_pk, known_day,
                              row_number() OVER (PARTITION BY expectation_pk ORDER BY known_day, mention_pk) AS n
                       FROM expectation_links WHERE expectation_pk IN (\(marks(pks.count))) AND known_day <= ?)
            SELECT l.expectation_pk AS item, 'fulfilled' AS outcome, m.event_pk, e.type, coalesce(m.date, e.date) AS date,
                   d.id, m.evidence
            FROM l JOIN event_mentions m ON m.pk = l.mention_pk JOIN events e ON e.pk = m.event_pk
            JOIN documents d ON d.pk = m.doc_pk
            WHERE l.n <= \(Self.linksShown) ORDER BY l.known_day, m.pk
            """, pks: pks, asOf: asOf, db: db)
        return rows.map { row in
            let pk: Int64 = row["pk"]
            return LedgerEntry(kind: .expectation, id: pk, status: row["status"], actor: row["actor"], counterpart: row["counterpart"],
                               what: row["action"], due: row["due"], dueStart: row["due_start"], dueEnd: row["due_end"],
                               stated: row["stated"], document: row["document"],
                               resolved: (row["resolved_day"] as Int?).map(DayNumber.string), links: links[pk] ?? [])
        }
    }

    /// The demands known by `asOf`, with their status on that day.
    func demandEntries(_ query: LedgerQuery, asOf: Int, db: Database) throws -> [LedgerEntry] {
        var conditions = ["dm.known_day <= ?"]
        var arguments: [any DatabaseValueConvertible] = [asOf, asOf, asOf, asOf, asOf, asOf, asOf]
        if let actor = query.actor {
            let match = try ActorMatch(actor, db: db).condition("a", probe: true)
            conditions.append("EXISTS (SELECT 1 FROM event_parties a WHERE a.event_pk = dm.event_pk AND \(match.sql))")
            arguments += match.arguments
        }
        var outer = ""
        if let status = query.status {
            outer = "WHERE status = ?"
            arguments.append(status.lowercased())
        }
        let limit = query.limit > 0 ? "LIMIT \(query.limit)" : ""
        let rows = try Row.fetchAll(db, sql: """
            SELECT * FROM (
              SELECT dm.pk, dm.event_pk, dm.day, dm.known_day, dm.what,
                min(coalesce(CASE WHEN dm.met_day <= ? THEN dm.met_day END, 1e9),
                    coalesce(CASE WHEN dm.rejected_day <= ? THEN dm.rejected_day END, 1e9),
                    coalesce(CASE WHEN dm.answered_day <= ? THEN dm.answered_day END, 1e9)) AS first_answer,
                CASE WHEN dm.met_day <= ? THEN 'met' WHEN dm.rejected_day <= ? THEN 'rejected'
                     WHEN dm.answered_day <= ? THEN 'answered' ELSE 'open' END AS status
              FROM demands dm
              WHERE \(conditions.joined(separator: " AND "))
            ) \(outer) ORDER BY known_day DESC, pk DESC \(limit)
            """, arguments: StatementArguments(arguments))
        guard !rows.isEmpty else { return [] }
        let events: [Int64] = rows.map { $0["event_pk"] }
        let stored = try Self.storedEvents(try Row.fetchAll(db, sql: "SELECT * FROM events WHERE pk IN (\(marks(events.count)))",
                                                            arguments: StatementArguments(events)), db: db, allEvidence: false)
        let byEvent = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0) })
        let pks: [Int64] = rows.map { $0["pk"] }
        let links = try linkRows(sql: """
            WITH a AS (SELECT demand_pk, mention_pk, outcome, known_day,
                              row_number() OVER (PARTITION BY demand_pk ORDER BY known_day, mention_pk) AS n
                       FROM demand_answers WHERE demand_pk IN (\(marks(pks.count))) AND known_day <= ?)
            SELECT a.demand_pk AS item, a.outcome, m.event_pk, e.type, coalesce(m.date, e.date) AS date, d.id, m.evidence
            FROM a JOIN event_mentions m ON m.pk = a.mention_pk JOIN events e ON e.pk = m.event_pk
            JOIN documents d ON d.pk = m.doc_pk
            WHERE a.n <= \(Self.linksShown) ORDER BY a.known_day, m.pk
            """, pks: pks, asOf: asOf, db: db)
        return rows.map { row in
            let pk: Int64 = row["pk"]
            let event = byEvent[row["event_pk"]]
            return LedgerEntry(kind: .demand, id: row["event_pk"], status: row["status"],
                               actor: event?.sources.map(\.name).joined(separator: ", ") ?? "",
                               counterpart: event?.targets.map(\.name).joined(separator: ", "),
                               what: row["what"] ?? event?.evidence.first?.text ?? "", due: nil, dueStart: nil, dueEnd: nil,
                               stated: DayNumber.string(row["known_day"]), document: event?.evidence.first?.document ?? "",
                               resolved: (row["first_answer"] as Double?).flatMap { $0 < 1e9 ? DayNumber.string(Int($0)) : nil },
                               links: links[pk] ?? [])
        }
    }

    /// The most linked events listed per ledger entry (the earliest ones).
    static let linksShown = 5

    /// Loads ledger links grouped by the item they belong to.
    func linkRows(sql: String, pks: [Int64], asOf: Int, db: Database) throws -> [Int64: [LedgerLink]] {
        guard !pks.isEmpty else { return [:] }
        var links: [Int64: [LedgerLink]] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(pks + [Int64(asOf)])) {
            links[row["item"], default: []].append(LedgerLink(event: row["event_pk"], type: row["type"], date: row["date"],
                                                              document: row["id"], outcome: row["outcome"], evidence: row["evidence"]))
        }
        return links
    }
}
