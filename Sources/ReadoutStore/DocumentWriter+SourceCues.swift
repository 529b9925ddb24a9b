import GRDB

/// The ledger's index of what actors did: each asserted or reported event is filed once per source actor code and
/// per cue its mentions carry (the event's PLOVER type, and each action word one of their evidences contains), on
/// the event's day. An expectation's fulfilment search reads the events of its actor and its action's cues in its
/// window, and then their mentions, not every event the actor has in a year. A mention merged into a filed event
/// adds rows only for cue words the event was not filed under yet (`events.cues`).
extension DocumentWriter {
    /// Files an event under its source codes and these cues.
    func fileSourceCues(event: Int64, sourceCodes: [String], cues: [String], day: Int) throws {
        guard !cues.isEmpty else { return }
        let statement = try db.cachedStatement(sql: Self.fileSQL)
        for code in sourceCodes {
            for cue in cues {
                try Self.run(statement, db: db, code, cue, day, event)
            }
        }
    }

    /// Takes an event's rows out of the index, rebuilt from the event as it was filed; call before its mentions change.
    func unfileSourceCues(event: Int64) throws {
        let delete = try db.cachedStatement(sql: "DELETE FROM source_cues WHERE code = ? AND cue = ? AND day = ? AND event_pk = ?")
        try Self.forEachSourceCue(db: db, event: event) { code, cue, day in
            try Self.run(delete, db: db, code, cue, day, event)
        }
    }

    /// Files a row of the index.
    static let fileSQL = "INSERT OR IGNORE INTO source_cues (code, cue, day, event_pk) VALUES (?, ?, ?, ?)"

    /// Recomputes an event's cue words from its mentions (`events.cues`) and files it under them: after some of its
    /// mentions went, or for the migration that fills the index.
    static func refile(event: Int64, db: Database) throws {
        var cues: Int64 = 0
        for mask in try Int64.fetchAll(db.cachedStatement(sql: "SELECT cues FROM event_mentions WHERE event_pk = ?"), arguments: [event]) {
            cues |= mask
        }
        try run(db.cachedStatement(sql: "UPDATE events SET cues = ? WHERE pk = ?"), db: db, cues, event)
        let insert = try db.cachedStatement(sql: fileSQL)
        try forEachSourceCue(db: db, event: event) { code, cue, day in
            try run(insert, db: db, code, cue, day, event)
        }
    }

    /// Calls `body` with each (code, cue, day) an event is filed under, as `events.cues` says: nothing for an event
    /// that is not asserted or reported.
    static func forEachSourceCue(db: Database, event: Int64, _ body: (String, String, Int) throws -> Void) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT type, day, cues, modality FROM events WHERE pk = ?"),
                                         arguments: [event]),
              PloverVocabulary.factualModalities.contains(row[3] as String) else { return }
        let day: Int = row[1]
        let cues = [row[0] as String] + ExpectedAction.words(in: row[2] as Int64)
        let codes = try String.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT code FROM event_parties WHERE event_pk = ? AND role = 'source'
            """), arguments: [event])
        for code in codes {
            for cue in cues { try body(code, cue, day) }
        }
    }
}
