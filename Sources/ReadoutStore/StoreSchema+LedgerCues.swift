import GRDB

extension StoreSchema {
    /// Each event mention's cue mask (`ExpectedAction.cueMask`: the action words its evidence contains), for the
    /// ledger's index of source actors by cue (`source_cues`, made by `v11-event-cues`), so that an expectation's
    /// fulfilment search reads only the reports that may fulfil it, not a year of its actor's events.
    /// For actions without cue words, an index of an event's mentions with every column that search tests; it
    /// replaces the (event, document) index, whose columns lead it. Each expectation's action as a cue-and-type mask,
    /// in the index a new event's look-up reads, so that only expectations it may fulfil are read.
    static func ledgerCues(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE event_mentions ADD COLUMN cues INTEGER NOT NULL DEFAULT 0;
            """)
        let rows = try Row.fetchCursor(db, sql: "SELECT pk, evidence FROM event_mentions")
        let update = try db.makeStatement(sql: "UPDATE event_mentions SET cues = ? WHERE pk = ?")
        while let row = try rows.next() {
            let mask = ExpectedAction.cueMask(evidence: row["evidence"])
            guard mask != 0 else { continue }
            try update.execute(arguments: [mask, row["pk"] as Int64])
        }
        try db.execute(sql: """
            CREATE INDEX event_mentions_event_facts ON event_mentions(event_pk, doc_pk, modality, day, doc_day, cues);
            DROP INDEX event_mentions_event_doc;
            ALTER TABLE expectations ADD COLUMN action_cues INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE expectations ADD COLUMN action_open INTEGER NOT NULL DEFAULT 0;
            DROP INDEX expectations_open;
            CREATE INDEX expectations_open ON expectations(actor_code, due_start_day, due_end_day, stated_day, fulfilled_day, doc_pk,
              action_cues, action_open);
            """)
        // The source index itself is made by `v11-event-cues` (stores migrated before it have one by mention).
        let expectations = try Row.fetchAll(db, sql: "SELECT pk, action FROM expectations")
        let mark = try db.makeStatement(sql: "UPDATE expectations SET action_cues = ?, action_open = ? WHERE pk = ?")
        for row in expectations {
            let action = ExpectedAction(action: row["action"])
            try mark.execute(arguments: [action.cueAndTypeMask, action.searchesEvidence, row["pk"] as Int64])
        }
    }
}
