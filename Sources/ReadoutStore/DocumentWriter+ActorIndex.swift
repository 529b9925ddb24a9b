import GRDB

/// An `actor_days` row's key: actor key, other key, day and quad class.
struct ActorDayKey: Hashable, Comparable {
    var actor: String
    var other: String
    var day: Int
    var quad: Int

    static func < (a: ActorDayKey, b: ActorDayKey) -> Bool {
        (a.actor, a.other, a.day, a.quad) < (b.actor, b.other, b.day, b.quad)
    }
}

/// Events, score sum and scored events added to one `actor_days` row in a transaction.
struct ActorDaySum {
    var events = 0
    var scoreSum = 0.0
    var scored = 0
}

/// An `event_actors` row waiting for the end of the transaction.
struct ActorEventRow: Comparable {
    var actor: String
    var other: String
    var day: Int
    var event: Int64

    static func < (a: ActorEventRow, b: ActorEventRow) -> Bool {
        (a.actor, a.other, a.day, a.event) < (b.actor, b.other, b.day, b.event)
    }
}

extension DocumentWriter {
    /// Files a new event under its actor keys (`event_actors`) and counts it in the per-day summary (`actor_days`).
    ///
    /// The rows are kept until the end of the transaction (`flushActorIndex()`): the per-day counts are summed in
    /// memory and both tables are written once, in key order. Nothing reads them while a batch is written.
    mutating func indexActors(event: Int64, day: Int, quad: Int?, score: Double?, sources: [String], targets: [String]) {
        for (actor, other) in ActorKeys.rows(sources: sources, targets: targets) {
            pendingActorEvents.append(ActorEventRow(actor: actor, other: other, day: day, event: event))
            let key = ActorDayKey(actor: actor, other: other, day: day, quad: quad ?? 0)
            pendingActorDays[key, default: ActorDaySum()].events += 1
            if let score {
                pendingActorDays[key]!.scoreSum += score
                pendingActorDays[key]!.scored += 1
            }
        }
    }

    /// Writes the actor index rows kept since the last call, in key order.
    mutating func flushActorIndex() throws {
        if !pendingActorEvents.isEmpty {
            let file = try db.cachedStatement(sql: "INSERT OR IGNORE INTO event_actors (actor, other, day, event_pk) VALUES (?, ?, ?, ?)")
            for row in pendingActorEvents.sorted() {
                try Self.run(file, db: db, row.actor, row.other, row.day, row.event)
            }
            pendingActorEvents = []
        }
        if !pendingActorDays.isEmpty {
            let count = try db.cachedStatement(sql: Self.countActorDay)
            for (key, sum) in pendingActorDays.sorted(by: { $0.key < $1.key }) {
                try Self.run(count, db: db, key.actor, key.other, key.day, key.quad, sum.events, sum.scoreSum, sum.scored)
            }
            pendingActorDays = [:]
        }
    }

    /// Removes an event that is about to be deleted from the actor index and the per-day summary.
    func unindexActors(event: Int64) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT day, quad, score, source_key, target_key FROM events WHERE pk = ?"),
                                         arguments: [event]) else { return }
        try Self.indexActors(db: db, event: event, day: row["day"], quad: row["quad"], score: row["score"],
                             rows: ActorKeys.rows(sourceKey: row["source_key"], targetKey: row["target_key"]), sign: -1)
    }

    /// Adds one to an `actor_days` row, or sums into it.
    static let countActorDay = """
        INSERT INTO actor_days (actor, other, day, quad, events, score_sum, scored) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (actor, other, day, quad) DO UPDATE SET
          events = events + excluded.events, score_sum = score_sum + excluded.score_sum, scored = scored + excluded.scored
        """

    /// Adds (`sign` 1) or removes (-1) an event's rows at once (migrations and deletes).
    static func indexActors(db: Database, event: Int64, day: Int, quad: Int?, score: Double?,
                            rows: [(actor: String, other: String)], sign: Int) throws {
        let file = try db.cachedStatement(sql: sign > 0
            ? "INSERT OR IGNORE INTO event_actors (actor, other, day, event_pk) VALUES (?, ?, ?, ?)"
            : "DELETE FROM event_actors WHERE actor = ? AND other = ? AND day = ? AND event_pk = ?")
        let count = try db.cachedStatement(sql: countActorDay)
        for (actor, other) in rows {
            file.setUncheckedArguments([actor, other, day, event])
            try file.execute()
            count.setUncheckedArguments([actor, other, day, quad ?? 0, sign, Double(sign) * (score ?? 0), score == nil ? 0 : sign])
            try count.execute()
        }
    }
}
