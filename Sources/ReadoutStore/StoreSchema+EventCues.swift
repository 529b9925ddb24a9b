import GRDB

extension StoreSchema {
    /// The ledger's source index files events, not mentions: a report merged into an event another report gave adds
    /// no rows unless its evidence has a cue word the event's had not (`events.cues`, the cue words of all its
    /// mentions). On 100,000 replicated reports that is 214,000 rows instead of 1.5 million.
    static func eventCues(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE events ADD COLUMN cues INTEGER NOT NULL DEFAULT 0;
            DROP TABLE IF EXISTS source_cues;
            CREATE TABLE source_cues (
              code TEXT NOT NULL,
              cue TEXT NOT NULL,
              day INTEGER NOT NULL,
              event_pk INTEGER NOT NULL,
              PRIMARY KEY (code, cue, day, event_pk)
            ) WITHOUT ROWID;
            """)
        // Every event gets its cue words (`refile` files only asserted and reported ones), so that a mention merged
        // later files only new ones.
        for event in try Int64.fetchAll(db, sql: "SELECT pk FROM events ORDER BY pk") {
            try DocumentWriter.refile(event: event, db: db)
        }
    }
}
