import GRDB

extension DocumentWriter {
    /// Files a new event under its actor keys (`event_actors`) and counts it in the per-day summary (`actor_days`).
    func indexActors(event: Int64, day: Int, quad: Int?, score: Double?, sources: [String], targets: [String]) throws {
        try Self.indexActors(db: db, event: event, day: day, quad: quad, score: score,
                             rows: ActorKeys.rows(sources: sources, targets: targets), sign: 1)
    }

    /// Removes an event that is about to be deleted from the actor index and the per-day summary.
    func unindexActors(event: Int64) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT day, quad, score, source_key, target_key FROM events WHERE pk = ?"),
                                         arguments: [event]) else { return }
        try Self.indexActors(db: db, event: event, day: row["day"], quad: row["quad"], score: row["score"],
                             rows: ActorKeys.rows(sourceKey: row["source_key"], targetKey: row["target_key"]), sign: -1)
    }

    /// Adds (`sign` 1) or removes (-1) an event's rows.
    static func indexActors(db: Database, event: Int64, day: Int, quad: Int?, score: Double?,
                            rows: [(actor: String, other: String)], sign: Int) throws {
        let file = try db.cachedStatement(sql: sign > 0
            ? "INSERT OR IGNORE INTO event_actors (actor, other, day, event_pk) VALUES (?, ?, ?, ?)"
            : "DELETE FROM event_actors WHERE actor = ? AND other = ? AND day = ? AND event_pk = ?")
        let count = try db.cachedStatement(sql: """
            INSERT INTO actor_days (actor, other, day, quad, events, score_sum, scored) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (actor, other, day, quad) DO UPDATE SET
              events = events + excluded.events, score_sum = score_sum + excluded.score_sum, scored = scored + excluded.scored
            """)
        for (actor, other) in rows {
            file.setUncheckedArguments([actor, other, day, event])
            try file.execute()
            count.setUncheckedArguments([actor, other, day, quad ?? 0, sign, Double(sign) * (score ?? 0), score == nil ? 0 : sign])
            try count.execute()
        }
    }
}
