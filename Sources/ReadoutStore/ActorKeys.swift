import GRDB

/// The keys under which an event is filed in `event_actors` and counted in `actor_days`: each party code
/// (`RUSGOV`) and each party's country (`RUS*`), alone (`other` empty) and paired with each key on the other side.
enum ActorKeys {
    /// A party's keys: its code, and its country root with a star when it has one (`RUSGOV` → `RUSGOV`, `RUS*`).
    static func keys(_ codes: [String]) -> Set<String> {
        var keys = Set(codes)
        for code in codes {
            let root = EntityIdentity.countryRoot(code)
            if root.utf8.count == 3, root.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) { keys.insert(root + "*") }
        }
        return keys
    }

    /// The (actor, other) rows of an event with these source and target codes: every key alone, and every
    /// source key with every target key, both ways round.
    static func rows(sources: [String], targets: [String]) -> [(actor: String, other: String)] {
        let s = keys(sources)
        let t = keys(targets)
        var pairs = Set<String>()
        var rows: [(actor: String, other: String)] = []
        func add(_ actor: String, _ other: String) {
            if pairs.insert(actor + "\u{1}" + other).inserted { rows.append((actor, other)) }
        }
        for key in s.union(t).sorted() { add(key, "") }
        for a in s.sorted() {
            for b in t.sorted() {
                add(a, b)
                add(b, a)
            }
        }
        return rows
    }

    /// The rows of an event from its stored merge keys (comma-separated party codes).
    static func rows(sourceKey: String, targetKey: String) -> [(actor: String, other: String)] {
        rows(sources: sourceKey.split(separator: ",").map(String.init), targets: targetKey.split(separator: ",").map(String.init))
    }

    /// The `event_actors` key ids of an actor key alone (`other` empty: 0) or of a dyad (the smaller id first); -1 for
    /// a key no event was filed under (it matches no row).
    static func ids(actor: String, other: String, db: Database) throws -> (actor: Int64, other: Int64) {
        func id(_ key: String) throws -> Int64 {
            try Int64.fetchOne(db, sql: "SELECT pk FROM actor_keys WHERE key = ?", arguments: [key]) ?? -1
        }
        let a = try id(actor)
        guard !other.isEmpty else { return (a, 0) }
        let b = try id(other)
        return (min(a, b), max(a, b))
    }

    /// The one key that answers for an actor as a user names it, when there is one: a three-letter country code
    /// (`RUS` → `RUS*`, every code of that country), or an actor code no other stored code extends (`USAGOV`).
    /// Names, knowledge-base ids and codes that prefix several stored codes have none (asked on `event_parties`).
    static func key(for text: String, db: Database) throws -> String? {
        guard ActorMatch.looksLikeCode(text) else { return nil }
        let match = try ActorMatch(text, db: db)
        guard match.entities.isEmpty else { return nil }
        if text.utf8.count == 3, text.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) { return text + "*" }
        return match.codes == [text] ? text : nil
    }
}
