import Foundation
import GRDB
import ReadoutCore

/// The embedded store: one SQLite file (WAL mode), or an in-memory database for tests.
public final class SQLiteReadoutStore: ReadoutStore {
    /// The database connection(s).
    let writer: any DatabaseWriter
    /// Entities already stored, by identity key.
    let entityCache = EntityCache()

    /// Opens (creating and migrating when needed) the store at `path`.
    ///
    /// `readOnly` opens one read-only connection, for questions: it writes nothing, so it neither sets up nor
    /// checkpoints the WAL (each a disk sync) and never waits for an ingest. A store that needs migrating is
    /// opened for writing once first.
    public init(path: String, readOnly: Bool = false) throws {
        do {
            if readOnly, FileManager.default.fileExists(atPath: path) {
                var configuration = Self.configuration
                configuration.readonly = true
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                if try queue.read(StoreSchema.migrator.hasCompletedMigrations) {
                    writer = queue
                    return
                }
                try queue.close()
            }
            writer = try DatabasePool(path: path, configuration: Self.configuration)
            try StoreSchema.migrator.migrate(writer)
        } catch let error as DatabaseError {
            throw StoreError("cannot open the store at \(path): \(error.message ?? error.description)")
        }
    }

    /// Connection settings.
    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // WAL (set by the pool) with NORMAL sync is still crash-safe: a commit is atomic, a kill loses at most
            // the last transactions. A larger page cache keeps the indexes the writer probes in memory;
            // the WAL is checkpointed into the database every 64 MB instead of every 4 MB.
            try db.execute(sql: """
                PRAGMA cache_size = -\(cacheKiB);
                PRAGMA temp_store = MEMORY;
                PRAGMA wal_autocheckpoint = 16384;
                """)
        }
        configuration.busyMode = .timeout(10)
        return configuration
    }

    /// Opens an empty in-memory store (for tests and one-off runs).
    public init() throws {
        writer = try DatabaseQueue()
        try StoreSchema.migrator.migrate(writer)
    }

    /// The content hashes already stored for these document ids.
    public func storedHashes(forIDs ids: [String]) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        return try writer.read { db in
            var result: [String: String] = [:]
            for chunk in stride(from: 0, to: ids.count, by: 500) {
                let slice = Array(ids[chunk..<min(chunk + 500, ids.count)])
                let marks = Array(repeating: "?", count: slice.count).joined(separator: ",")
                let rows = try Row.fetchAll(db, sql: "SELECT id, sha256 FROM documents WHERE id IN (\(marks))",
                                            arguments: StatementArguments(slice))
                for row in rows { result[row["id"]] = row["sha256"] }
            }
            return result
        }
    }

    /// Page cache per connection, in KiB.
    static let cacheKiB = 131_072

    /// Stores prepared readouts in one transaction.
    public func write(_ readouts: [PreparedReadout]) throws -> WriteReport {
        let cache = entityCache
        let (report, learnt) = try writer.write { db in
            var writer = try DocumentWriter(db: db, entities: cache)
            for readout in readouts {
                try writer.store(readout)
            }
            try writer.finish()
            return (writer.report, writer.learntEntities)
        }
        cache.merge(learnt)
        return report
    }

    /// The rows of one table (for tests and checks).
    func rowCount(_ table: String) throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    /// Row counts of the main tables.
    public func statistics() throws -> StoreStatistics {
        try writer.read { db in
            var stats = StoreStatistics()
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            stats.documents = try count("documents")
            stats.entities = try Int.fetchOne(db, sql: "SELECT count(*) FROM entities WHERE documents > 0") ?? 0
            stats.events = try count("events")
            stats.eventMentions = try count("event_mentions")
            stats.quotes = try count("quotes")
            stats.expectations = try count("expectations")
            stats.demands = try count("demands")
            return stats
        }
    }
}
