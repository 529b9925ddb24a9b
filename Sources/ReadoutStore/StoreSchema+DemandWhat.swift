import GRDB

extension StoreSchema {
    /// What each demand asks, in the report's words (the readout's `Demand.what`). Demands stored before have none,
    /// and show their event's evidence.
    static func demandWhat(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE demands ADD COLUMN what TEXT")
    }
}
