import Foundation
import GRDB
import ReadoutCore

extension SQLiteReadoutStore {
    /// Quotations with their speakers, filtered, in date order.
    public func quotes(_ query: QuoteQuery) throws -> [StoredQuote] {
        try writer.read { db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let speaker = query.speaker {
                let match = try ActorMatch(speaker, db: db)
                var speakers = match.entities
                if !match.codes.isEmpty {
                    speakers += try Int64.fetchAll(db, sql: "SELECT pk FROM entities WHERE actor_code IN (\(marks(match.codes.count)))",
                                                   arguments: StatementArguments(match.codes))
                }
                // A speaker quoted often is checked per quote walking the days; a rare one is read from the speaker index.
                let quoted = speakers.isEmpty ? 0 : try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM (SELECT 1 FROM quotes WHERE speaker_pk IN (\(marks(speakers.count))) LIMIT \(Self.smallSetLimit))
                    """, arguments: StatementArguments(speakers)) ?? 0
                let often = quoted >= Self.smallSetLimit
                conditions.append(speakers.isEmpty ? "0" : "\(often ? "+" : "")q.speaker_pk IN (\(marks(speakers.count)))")
                arguments += speakers as [any DatabaseValueConvertible]
            }
            var from = "quotes q"
            var fromArguments: [any DatabaseValueConvertible] = []
            if let text = query.text {
                // A rare phrase drives the query from the full-text index; a common one is checked per quote in day order.
                let matches = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT \(Self.smallSetLimit))
                    """, arguments: [text]) ?? 0
                if matches < Self.smallSetLimit {
                    from = "(SELECT rowid AS pk FROM quotes_fts WHERE quotes_fts MATCH ?) s CROSS JOIN quotes q ON q.pk = s.pk"
                    fromArguments = [text]
                } else {
                    conditions.append("EXISTS (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid = q.pk)")
                    arguments.append(text)
                }
            }
            let days = DayNumber.range("q.day", from: query.from, to: query.to)
            conditions += days.conditions
            arguments += days.arguments as [any DatabaseValueConvertible]
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let limit = query.limit > 0 ? "LIMIT \(query.limit)" : ""
            let rows = try Row.fetchAll(db, sql: """
                SELECT q.*, d.id AS document, d.date AS date, n.name AS speaker, n.actor_code AS speaker_code
                FROM \(from) JOIN documents d ON d.pk = q.doc_pk LEFT JOIN entities n ON n.pk = q.speaker_pk
                \(whereClause) ORDER BY q.day, q.pk \(limit)
                """, arguments: StatementArguments(fromArguments + arguments))
            return rows.map { row in
                StoredQuote(document: row["document"], date: row["date"], speaker: row["speaker"], speakerCode: row["speaker_code"],
                            kind: row["kind"], cue: row["cue"], text: row["text"], start: row["start"], end: row["end"])
            }
        }
    }

    /// Entities with one identity across documents, most reported first.
    public func entities(_ query: EntityQuery) throws -> [StoredEntity] {
        try writer.read { db in
            var conditions = ["documents > 0"]
            var arguments: [any DatabaseValueConvertible] = []
            if let name = query.name {
                if ActorMatch.looksLikeCode(name) {
                    conditions.append("(actor_code >= ? AND actor_code < ? OR name LIKE '%' || ? || '%' OR kb_id = ?)")
                    arguments += [name, name + "\u{7F}", name, name]
                } else {
                    conditions.append("(name LIKE '%' || ? || '%' OR kb_id = ?)")
                    arguments += [name, name]
                }
            }
            if let kind = query.kind {
                conditions.append("kind = ?")
                arguments.append(kind.lowercased())
            }
            let limit = query.limit > 0 ? "LIMIT \(query.limit)" : ""
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM entities WHERE \(conditions.joined(separator: " AND ")) ORDER BY documents DESC, mentions DESC, pk \(limit)
                """, arguments: StatementArguments(arguments))
            return rows.map { row in
                StoredEntity(id: row["pk"], name: row["name"], kind: row["kind"], actorCode: row["actor_code"], country: row["country"],
                             sector: row["sector"], role: row["role"], kbID: row["kb_id"], documents: row["documents"],
                             mentions: row["mentions"], firstSeen: (row["first_day"] as Int?).map(DayNumber.string),
                             lastSeen: (row["last_day"] as Int?).map(DayNumber.string))
            }
        }
    }

    /// Per-day counts by quad class and mean score of the events an actor took part in.
    public func timeline(_ query: TimelineQuery) throws -> [TimelineDay] {
        try writer.read { db in
            if let summary = try Self.timelineSummary(query, db: db) { return summary }
            let match = try ActorMatch(query.actor, db: db).condition("a")
            var sql: String
            var arguments: [any DatabaseValueConvertible] = match.arguments
            if let with = query.with {
                let other = try ActorMatch(with, db: db).condition("b")
                sql = """
                    SELECT a.day, a.quad, count(DISTINCT a.event_pk) AS n, sum(a.score) AS total, count(a.score) AS scored
                    FROM event_parties a JOIN event_parties b ON b.event_pk = a.event_pk AND b.role != a.role
                    WHERE \(match.sql) AND \(other.sql)
                    """
                arguments += other.arguments
            } else {
                sql = """
                    SELECT a.day, a.quad, count(DISTINCT a.event_pk) AS n, sum(a.score) AS total, count(a.score) AS scored
                    FROM event_parties a WHERE \(match.sql)
                    """
            }
            let days = DayNumber.range("a.day", from: query.from, to: query.to)
            sql += days.conditions.map { " AND " + $0 }.joined()
            arguments += days.arguments as [any DatabaseValueConvertible]
            sql += " GROUP BY a.day, a.quad ORDER BY a.day"
            return try Self.timelineDays(Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments)))
        }
    }

    /// The timeline from the per-day summary (`actor_days`), when the actor and counterpart have one key each.
    static func timelineSummary(_ query: TimelineQuery, db: Database) throws -> [TimelineDay]? {
        guard let actor = try ActorKeys.key(for: query.actor, db: db) else { return nil }
        var other = ""
        if let with = query.with {
            guard let key = try ActorKeys.key(for: with, db: db) else { return nil }
            other = key
        }
        let ids = try ActorKeys.ids(actor: actor, other: other, db: db)
        // An actor alone from its per-day counts; a dyad (fewer events) summed from its index rows.
        var sql = ids.other == 0
            ? "SELECT day, quad, events AS n, score_sum AS total, scored FROM actor_days WHERE actor = ? AND events > 0"
            : """
              SELECT day, coalesce(quad, 0) AS q, count(*) AS n, sum(score) AS total, count(score) AS scored
              FROM event_actors WHERE actor = ? AND other = ?
              """
        var arguments: [any DatabaseValueConvertible] = ids.other == 0 ? [ids.actor] : [ids.actor, ids.other]
        let days = DayNumber.range("day", from: query.from, to: query.to)
        sql += days.conditions.map { " AND " + $0 }.joined()
        arguments += days.arguments as [any DatabaseValueConvertible]
        sql += ids.other == 0 ? " ORDER BY day, quad" : " GROUP BY day, q ORDER BY day, q"
        return try timelineDays(Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments)))
    }

    /// Folds rows of day, quad, event count, score total and scored count (in that order) into timeline days.
    static func timelineDays(_ rows: RowCursor) throws -> [TimelineDay] {
        var days: [TimelineDay] = []
        var sums: [(total: Double, scored: Int)] = []
        var lastDay: Int?
        while let row = try rows.next() {
            let dayNumber: Int = row[0]
            if lastDay != dayNumber {
                days.append(TimelineDay(day: DayNumber.string(dayNumber)))
                sums.append((0, 0))
                lastDay = dayNumber
            }
            let count: Int = row[2]
            switch row[1] as Int? {
            case 1: days[days.count - 1].verbalCooperation += count
            case 2: days[days.count - 1].materialCooperation += count
            case 3: days[days.count - 1].verbalConflict += count
            case 4: days[days.count - 1].materialConflict += count
            default: break
            }
            days[days.count - 1].total += count
            sums[sums.count - 1].total += (row[3] as Double?) ?? 0
            sums[sums.count - 1].scored += row[4] as Int
        }
        for index in days.indices where sums[index].scored > 0 {
            days[index].meanScore = sums[index].total / Double(sums[index].scored)
        }
        return days
    }

    /// The readout of one document, found by id, URL or unique id prefix.
    public func readout(document: String) throws -> DocumentReadout? {
        try writer.read { db in
            var row = try Row.fetchOne(db, sql: "SELECT readout, text FROM documents WHERE id = ?1 OR url = ?1 LIMIT 1", arguments: [document])
            if row == nil {
                let rows = try Row.fetchAll(db, sql: "SELECT readout, text FROM documents WHERE id >= ?1 AND id < ?1 || '\u{10FFFF}' LIMIT 2",
                                            arguments: [document])
                if rows.count == 1 { row = rows[0] }
            }
            guard let row else { return nil }
            return try Self.decodeReadout(row)
        }
    }

    /// Calls `body` with every stored readout, in storage order, a page at a time.
    public func forEachReadout(_ body: (DocumentReadout) throws -> Void) throws {
        var after: Int64 = 0
        while true {
            let page = try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT pk, readout, text FROM documents WHERE pk > ? ORDER BY pk LIMIT 500", arguments: [after])
            }
            guard let last = page.last else { return }
            for row in page { try body(try Self.decodeReadout(row)) }
            after = last["pk"]
        }
    }

    /// Decodes a stored readout and puts its text back.
    static func decodeReadout(_ row: Row) throws -> DocumentReadout {
        let json: Data
        switch (row["readout"] as DatabaseValue).storage {
        case .string(let text): json = Data(text.utf8)  // stored before readouts were compressed
        case .blob(let data):
            guard let bytes = data.withUnsafeBytes(Deflate.decompress) else {
                throw StoreError("a stored readout is damaged (not a zlib stream); re-ingest the document")
            }
            json = Data(bytes)
        default: throw StoreError("a stored readout is missing; re-ingest the document")
        }
        do {
            var readout = try JSONDecoder().decode(DocumentReadout.self, from: json)
            readout.document.text = row["text"]
            return readout
        } catch {
            throw StoreError("a stored readout cannot be decoded (\(error)); re-ingest the document")
        }
    }
}
