import GRDB

/// The ledger's index of what actors did: for each asserted or reported event mention, one row per source actor code
/// and per cue it carries (the event's PLOVER type, and each action word its evidence contains). An expectation's
/// fulfilment search reads the rows of its actor and its action's cues in its window, not every event the actor
/// has in a year.
extension DocumentWriter {
    /// Files a stored mention under its source codes and cues.
    func fileSourceCues(mention: Int64, sourceCodes: [String], type: String, day: Int, cues: Int64) throws {
        let cueNames = [type] + ExpectedAction.words(in: cues)
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO source_cues (code, cue, day, mention_pk) VALUES (?, ?, ?, ?)")
        for code in sourceCodes {
            for cue in cueNames {
                try Self.run(statement, db: db, code, cue, day, mention)
            }
        }
    }

    /// Removes the rows of a document's mentions; call before the mentions go. The table is keyed for the search
    /// alone (one B-tree, no second index to keep), so each row's key is rebuilt from the mention as it was filed.
    func unfileSourceCues(document: Int64) throws {
        let delete = try db.cachedStatement(sql: "DELETE FROM source_cues WHERE code = ? AND cue = ? AND day = ? AND mention_pk = ?")
        try Self.forEachSourceCue(db: db, where: "m.doc_pk = ?", arguments: [document]) { code, cue, day, mention in
            try Self.run(delete, db: db, code, cue, day, mention)
        }
    }

    /// Calls `body` with each (code, cue, day, mention) row the stored mentions matching `condition` are filed under.
    static func forEachSourceCue(db: Database, where condition: String, arguments: [any DatabaseValueConvertible] = [],
                                 _ body: (String, String, Int, Int64) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT DISTINCT m.pk, p.code, p.type, p.day, m.cues FROM event_parties p JOIN event_mentions m ON m.event_pk = p.event_pk
            WHERE p.role = 'source' AND m.modality IN ('asserted', 'reported') AND \(condition)
            """, arguments: StatementArguments(arguments))
        while let row = try rows.next() {
            let mention: Int64 = row[0]
            let code: String = row[1]
            let day: Int = row[3]
            for cue in [row[2] as String] + ExpectedAction.words(in: row[4]) {
                try body(code, cue, day, mention)
            }
        }
    }

    /// Fills the index from the stored mentions (the migration that creates it).
    static func fileAllSourceCues(db: Database) throws {
        let statement = try db.makeStatement(sql: "INSERT OR IGNORE INTO source_cues (code, cue, day, mention_pk) VALUES (?, ?, ?, ?)")
        try forEachSourceCue(db: db, where: "1") { code, cue, day, mention in
            try run(statement, db: db, code, cue, day, mention)
        }
    }
}
