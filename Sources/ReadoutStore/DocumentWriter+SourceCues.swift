import GRDB

/// The ledger's index of what actors did: for each asserted or reported event mention, one row per source actor code
/// and per cue it carries (the event's PLOVER type, and each action word its evidence contains). An expectation's
/// fulfilment search reads the rows of its actor and its action's cues in its window, not every event the actor
/// has in a year.
extension DocumentWriter {
    /// Files a stored mention under its source codes and cues.
    func fileSourceCues(mention: Int64, sourceCodes: [String], type: String, day: Int, cues: Int64) throws {
        let cueNames = [type] + ExpectedAction.words(in: cues)
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO source_cues (mention_pk, code, cue, day) VALUES (?, ?, ?, ?)")
        for code in sourceCodes {
            for cue in cueNames {
                try Self.run(statement, db: db, mention, code, cue, day)
            }
        }
    }

    /// Removes the rows of a document's mentions; call before the mentions go.
    func unfileSourceCues(document: Int64) throws {
        try run("DELETE FROM source_cues WHERE mention_pk IN (SELECT pk FROM event_mentions WHERE doc_pk = ?)", document)
    }

    /// Fills the index from the stored mentions (the migration that creates it).
    static func fileAllSourceCues(db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT m.pk, p.code, p.type, p.day, m.cues FROM event_parties p JOIN event_mentions m ON m.event_pk = p.event_pk
            WHERE p.role = 'source' AND m.modality IN ('asserted', 'reported')
            """)
        let statement = try db.makeStatement(sql: "INSERT OR IGNORE INTO source_cues (mention_pk, code, cue, day) VALUES (?, ?, ?, ?)")
        while let row = try rows.next() {
            let mention: Int64 = row[0]
            let code: String = row[1]
            let day: Int = row[3]
            for cue in [row[2] as String] + ExpectedAction.words(in: row[4]) {
                try run(statement, db: db, mention, code, cue, day)
            }
        }
    }
}
