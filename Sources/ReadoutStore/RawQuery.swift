import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// The current row of a statement being stepped by `DocumentWriter.query`: columns read straight from SQLite
/// (`sqlite3_column_*`), without GRDB's `Row` (a copy of every value per row).
struct RawRow {
    let statement: OpaquePointer

    /// Whether column `index` (0-based) is NULL.
    func isNull(_ index: Int32) -> Bool { sqlite3_column_type(statement, index) == SQLITE_NULL }

    /// Column `index` as an integer (0 for NULL).
    func int(_ index: Int32) -> Int { Int(sqlite3_column_int64(statement, index)) }

    /// Column `index` as a 64-bit integer (0 for NULL).
    func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(statement, index) }

    /// Column `index` as an integer, nil for NULL.
    func optionalInt(_ index: Int32) -> Int? { isNull(index) ? nil : int(index) }

    /// Column `index` as text, nil for NULL.
    func text(_ index: Int32) -> String? {
        guard let bytes = sqlite3_column_text(statement, index) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}

extension DocumentWriter {
    /// Runs a cached query with these values bound in order, calling `body` with each row; `body` returns false to
    /// stop reading.
    func query<each Value: RawBindable>(_ sql: String, _ values: repeat each Value, rows body: (RawRow) throws -> Bool) throws {
        try query(statement: db.cachedStatement(sql: sql), repeat each values, rows: body)
    }

    /// Runs a prepared query with these values bound in order, calling `body` with each row; `body` returns false to
    /// stop reading.
    func query<each Value: RawBindable>(statement: Statement, _ values: repeat each Value, rows body: (RawRow) throws -> Bool) throws {
        let raw = statement.sqliteStatement
        sqlite3_reset(raw)
        defer { sqlite3_reset(raw) }
        var index: Int32 = 0
        var code = SQLITE_OK
        for value in repeat each values {
            index += 1
            if code == SQLITE_OK { code = value.bind(to: raw, at: index) }
        }
        if code == SQLITE_OK {
            let row = RawRow(statement: raw)
            while true {
                code = sqlite3_step(raw)
                guard code == SQLITE_ROW else { break }
                if try !body(row) {
                    code = SQLITE_DONE
                    break
                }
            }
        }
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
    }

    /// The first column of the first row of a cached query, as an integer; nil when there is no row or it is NULL.
    func queryInt<each Value: RawBindable>(_ sql: String, _ values: repeat each Value) throws -> Int? {
        var result: Int?
        try query(sql, repeat each values) { row in
            result = row.optionalInt(0)
            return false
        }
        return result
    }
}

/// The statements the writer runs for every event mention, prepared once per transaction and kept by slot, so that
/// running one does not hash its SQL text to find it in GRDB's statement cache.
enum HotStatement: Int, CaseIterable {
    case mergeCandidates, mergeUpdate, insertEvent, insertParty, insertMention

    /// Its SQL.
    var sql: String {
        switch self {
        case .mergeCandidates: """
            SELECT pk, location, day, cues FROM events
            WHERE type = ? AND source_key = ? AND target_key = ? AND modality = ? AND day BETWEEN ? AND ?
            """
        // Every mention of a document carries its publisher, so "is this article new to the event" is asked as
        // (event, publisher, document): one index (`event_mentions_event_facts`) answers both counts.
        case .mergeUpdate: """
            UPDATE events SET num_mentions = num_mentions + ?2,
              num_articles = num_articles + NOT EXISTS (SELECT 1 FROM event_mentions WHERE event_pk = ?1 AND publisher IS ?4 AND doc_pk = ?3),
              num_sources = num_sources + CASE WHEN ?4 IS NULL
                THEN NOT EXISTS (SELECT 1 FROM event_mentions WHERE event_pk = ?1 AND publisher IS NULL AND doc_pk = ?3)
                ELSE NOT EXISTS (SELECT 1 FROM event_mentions WHERE event_pk = ?1 AND publisher = ?4) END,
              location = coalesce(location, ?5), cues = cues | ?6
            WHERE pk = ?1
            """
        case .insertEvent: """
            INSERT INTO events (type, mode, cameo, quad, source_key, target_key, modality, date, start, "end", day, location, score,
              num_mentions, cues, num_articles, num_sources)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)
            """
        case .insertParty: """
            INSERT OR IGNORE INTO event_parties (event_pk, role, entity_pk, code, type, day, quad, score)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """
        case .insertMention: """
            INSERT INTO event_mentions (event_pk, doc_pk, local_id, publisher, doc_day, day, date, modality, claimant, mode,
              cameo, score, location, count, evidence_start, evidence_end, evidence, cues)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        }
    }
}

extension DocumentWriter {
    /// A hot statement, prepared on first use in the transaction.
    mutating func statement(_ hot: HotStatement) throws -> Statement {
        if let known = eventCache.statements[hot.rawValue] { return known }
        let prepared = try db.cachedStatement(sql: hot.sql)
        eventCache.statements[hot.rawValue] = prepared
        return prepared
    }
}
