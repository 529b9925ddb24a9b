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
        let statement = try db.cachedStatement(sql: sql)
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
