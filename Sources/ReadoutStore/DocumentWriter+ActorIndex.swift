import GRDB

/// An `actor_days` row's key: actor key id, day and quad class.
struct ActorDayKey: Hashable, Comparable {
    var actor: Int64
    var day: Int
    var quad: Int

    static func < (a: ActorDayKey, b: ActorDayKey) -> Bool {
        (a.actor, a.day, a.quad) < (b.actor, b.day, b.quad)
    }

    /// One hashed word for the three fields (equality still compares each).
    func hash(into hasher: inout Hasher) {
        hasher.combine(Int(truncatingIfNeeded: actor) &* 0x1_0000_0000 &+ day &* 8 &+ quad)
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
    var actor: Int64
    var other: Int64
    var day: Int
    var event: Int64
    var quad: Int?
    var score: Double?

    static func < (a: ActorEventRow, b: ActorEventRow) -> Bool {
        (a.actor, a.other, a.day, a.event) < (b.actor, b.other, b.day, b.event)
    }
}

/// The actor index rows of the events created in a transaction, kept until its end, with the actor key ids
/// (`actor_keys`) looked up or created in it.
///
/// An event is filed under each key of its parties alone (`other` 0) and under each (source key, target key)
/// pair once, the smaller id first: a dyad asked either way round reads the same rows. Only the keys alone are
/// counted per day (`actor_days`); a dyad's timeline sums its `event_actors` rows, which carry quad class and score.
struct ActorIndexBuffer {
    /// Key ids by key text (`RUSGOV`, `RUS*`).
    private var keyIDs: [String: Int64] = [:]
    /// The sorted, distinct key ids of one side of an event, by its merge key (comma-separated party codes).
    private var sideIDs: [String: [Int64]] = [:]
    /// Rows to insert into `event_actors`.
    private var events: [ActorEventRow] = []
    /// Per-day counts to add to `actor_days`.
    private var days: [ActorDayKey: ActorDaySum] = [:]

    /// Whether nothing waits to be written.
    var isEmpty: Bool { events.isEmpty && days.isEmpty }

    /// The id of an actor key, created when `create` is set and it has none yet.
    mutating func keyID(_ key: String, db: Database, create: Bool) throws -> Int64? {
        if let id = keyIDs[key] { return id }
        var id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT pk FROM actor_keys WHERE key = ?"), arguments: [key])
        if id == nil, create {
            try DocumentWriter.run(db.cachedStatement(sql: "INSERT INTO actor_keys (key) VALUES (?)"), db: db, key)
            id = db.lastInsertedRowID
        }
        if let id { keyIDs[key] = id }
        return id
    }

    /// The key ids of one side of an event (its merge key), sorted and distinct; keys without an id are left out
    /// unless `create` is set.
    mutating func side(_ mergeKey: String, db: Database, create: Bool) throws -> [Int64] {
        if create, let known = sideIDs[mergeKey] { return known }
        var ids: [Int64] = []
        if !mergeKey.isEmpty {
            let codes = mergeKey.split(separator: ",").map(String.init)
            for key in ActorKeys.keys(codes) {
                if let id = try keyID(key, db: db, create: create) { ids.append(id) }
            }
        }
        ids.sort()
        if create { sideIDs[mergeKey] = ids }
        return ids
    }

    /// The (actor, other) id rows of an event with these sides' key ids: each key alone, each source-target pair once.
    static func rows(sources: [Int64], targets: [Int64]) -> [(actor: Int64, other: Int64)] {
        var rows: [(actor: Int64, other: Int64)] = []
        rows.reserveCapacity(sources.count + targets.count + sources.count * targets.count)
        func add(_ actor: Int64, _ other: Int64) {
            if !rows.contains(where: { $0.actor == actor && $0.other == other }) { rows.append((actor, other)) }
        }
        for id in sources { add(id, 0) }
        for id in targets { add(id, 0) }
        for a in sources {
            for b in targets { add(min(a, b), max(a, b)) }
        }
        return rows
    }

    /// Files a new event under its keys and counts it per day.
    mutating func add(event: Int64, day: Int, quad: Int?, score: Double?, sourceKey: String, targetKey: String, db: Database) throws {
        let sources = try side(sourceKey, db: db, create: true)
        let targets = try side(targetKey, db: db, create: true)
        // The rows of `rows(sources:targets:)`, without building them: duplicates can only come from keys on both sides.
        let shared = sources.contains { targets.contains($0) }
        for id in sources { file(event: event, day: day, quad: quad, score: score, actor: id, other: 0) }
        for id in targets where !shared || !sources.contains(id) {
            file(event: event, day: day, quad: quad, score: score, actor: id, other: 0)
        }
        if !shared {
            for a in sources {
                for b in targets { events.append(ActorEventRow(actor: min(a, b), other: max(a, b), day: day, event: event, quad: quad, score: score)) }
            }
        } else {
            for (actor, other) in Self.rows(sources: sources, targets: targets) where other != 0 {
                events.append(ActorEventRow(actor: actor, other: other, day: day, event: event, quad: quad, score: score))
            }
        }
    }

    /// Files an event under a key alone, and counts it for that day.
    private mutating func file(event: Int64, day: Int, quad: Int?, score: Double?, actor: Int64, other: Int64) {
        events.append(ActorEventRow(actor: actor, other: other, day: day, event: event, quad: quad, score: score))
        let key = ActorDayKey(actor: actor, day: day, quad: quad ?? 0)
        var sum = days[key] ?? ActorDaySum()
        sum.events += 1
        if let score {
            sum.scoreSum += score
            sum.scored += 1
        }
        days[key] = sum
    }

    /// Writes the rows kept since the last call, in key order.
    mutating func flush(db: Database) throws {
        if !events.isEmpty {
            let file = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO event_actors (actor, other, day, event_pk, quad, score) VALUES (?, ?, ?, ?, ?, ?)
                """)
            events.sort()
            for row in events {
                try DocumentWriter.run(file, db: db, row.actor, row.other, row.day, row.event, row.quad, row.score)
            }
            events.removeAll(keepingCapacity: true)
        }
        if !days.isEmpty {
            let count = try db.cachedStatement(sql: Self.countActorDay)
            for (key, sum) in days.sorted(by: { $0.key < $1.key }) {
                try DocumentWriter.run(count, db: db, key.actor, key.day, key.quad, sum.events, sum.scoreSum, sum.scored)
            }
            days.removeAll(keepingCapacity: true)
        }
    }

    /// Adds to an `actor_days` row, or sums into it.
    static let countActorDay = """
        INSERT INTO actor_days (actor, day, quad, events, score_sum, scored) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (actor, day, quad) DO UPDATE SET
          events = events + excluded.events, score_sum = score_sum + excluded.score_sum, scored = scored + excluded.scored
        """

    /// Removes a stored event (about to be deleted) from the index and the per-day counts; call after `flush`.
    mutating func remove(event: Int64, db: Database) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT day, quad, score, source_key, target_key FROM events WHERE pk = ?"),
                                         arguments: [event]) else { return }
        let day: Int = row["day"]
        let quad: Int? = row["quad"]
        let score: Double? = row["score"]
        let sources = try side(row["source_key"], db: db, create: false)
        let targets = try side(row["target_key"], db: db, create: false)
        let unfile = try db.cachedStatement(sql: "DELETE FROM event_actors WHERE actor = ? AND other = ? AND day = ? AND event_pk = ?")
        let count = try db.cachedStatement(sql: Self.countActorDay)
        for (actor, other) in Self.rows(sources: sources, targets: targets) {
            try DocumentWriter.run(unfile, db: db, actor, other, day, event)
            if other == 0 {
                try DocumentWriter.run(count, db: db, actor, day, quad ?? 0, -1, -(score ?? 0), score == nil ? 0 : -1)
            }
        }
    }
}

extension DocumentWriter {
    /// Files a new event under its actor keys (`event_actors`) and counts it in the per-day summary (`actor_days`).
    ///
    /// The rows are kept until the end of the transaction (`flushActorIndex()`): the per-day counts are summed in
    /// memory and both tables are written once, in key order. Nothing reads them while a batch is written.
    mutating func indexActors(event: Int64, day: Int, quad: Int?, score: Double?, sourceKey: String, targetKey: String) throws {
        try actorIndex.add(event: event, day: day, quad: quad, score: score, sourceKey: sourceKey, targetKey: targetKey, db: db)
    }

    /// Writes the actor index rows kept since the last call, in key order, and forgets the ledger look-ups of the
    /// event path: it runs at the end of the transaction and before every delete (`delete(document:)`).
    mutating func flushActorIndex() throws {
        try actorIndex.flush(db: db)
        eventCache.forgetLedger()
    }

    /// Removes an event that is about to be deleted from the actor index and the per-day summary.
    mutating func unindexActors(event: Int64) throws {
        try actorIndex.flush(db: db)
        try actorIndex.remove(event: event, db: db)
    }

    /// Adds one to a `v4-actor-index` `actor_days` row, or sums into it (that migration's schema).
    static let countActorDay = """
        INSERT INTO actor_days (actor, other, day, quad, events, score_sum, scored) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (actor, other, day, quad) DO UPDATE SET
          events = events + excluded.events, score_sum = score_sum + excluded.score_sum, scored = scored + excluded.scored
        """

    /// Adds (`sign` 1) or removes (-1) an event's rows at once, in the `v4-actor-index` schema (that migration only).
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
