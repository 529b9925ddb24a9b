import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// A value bound straight into a prepared SQLite statement (`sqlite3_bind_*`), without GRDB's per-row
/// `StatementArguments`: the writer's hot inserts bind and step thousands of rows per batch.
protocol RawBindable {
    /// Binds the value to parameter `index` (1-based).
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32
}

/// SQLite copies the bound bytes before the call returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension Int: RawBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, Int64(self)) }
}

extension Int64: RawBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, self) }
}

extension Double: RawBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_double(statement, index, self) }
}

extension String: RawBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        var text = self
        return text.withUTF8 { bytes in
            sqlite3_bind_text(statement, index, UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
                .assumingMemoryBound(to: CChar.self), Int32(bytes.count), transient)
        }
    }
}

/// Bytes bound as a BLOB (a stored readout, compressed).
struct CompressedBlob: RawBindable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        bytes.withUnsafeBytes { raw in
            sqlite3_bind_blob(statement, index, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, Int32(raw.count), transient)
        }
    }
}

extension Optional: RawBindable where Wrapped: RawBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch self {
        case .some(let value): value.bind(to: statement, at: index)
        case .none: sqlite3_bind_null(statement, index)
        }
    }
}

extension DocumentWriter {
    /// Runs a cached statement with these values bound in order (`?`, or `?1`, `?2`… by position), stepping it
    /// directly; for statements that return no rows.
    func run<each Value: RawBindable>(_ sql: String, _ values: repeat each Value) throws {
        try Self.run(try db.cachedStatement(sql: sql), db: db, repeat each values)
    }

    /// Runs a prepared statement with these values bound in order.
    static func run<each Value: RawBindable>(_ statement: Statement, db: Database, _ values: repeat each Value) throws {
        let raw = statement.sqliteStatement
        sqlite3_reset(raw)
        var index: Int32 = 0
        var code = SQLITE_OK
        for value in repeat each values {
            index += 1
            if code == SQLITE_OK { code = value.bind(to: raw, at: index) }
        }
        if code == SQLITE_OK { code = sqlite3_step(raw) }
        sqlite3_reset(raw)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
    }
}
