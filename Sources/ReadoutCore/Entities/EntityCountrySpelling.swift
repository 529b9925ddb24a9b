import Synchronization

/// Misspelt one-word country names and demonyms ("Ethopia", "Quatar"): one letter added, dropped, changed or
/// swapped, first letter kept. Built once per knowledge base and shared.
enum EntityCountrySpelling {
    private static let cache = Mutex<(key: String, byFirst: [UInt8: [(word: [UInt8], entry: Int)]])?>(nil)

    /// The country entry whose one-word name or demonym is one edit away from `word` (at least 5 letters), if unique.
    static func country(near word: Substring, in kb: KnowledgeBase) -> Int? {
        let bytes = Array(word.utf8)
        guard bytes.count >= 5, let first = bytes.first else { return nil }
        let key = "\(kb.entries.count):\(kb.entries.first?.id ?? ""):\(kb.entries.last?.id ?? "")"
        let candidates: [(word: [UInt8], entry: Int)] = cache.withLock { cached in
            if let c = cached, c.key == key { return c.byFirst[first] ?? [] }
            var byFirst: [UInt8: [(word: [UInt8], entry: Int)]] = [:]
            for (i, entry) in kb.entries.enumerated() where entry.kind == .country {
                for name in [entry.name] + entry.aliases + entry.demonyms where !name.contains(" ") && name.utf8.count >= 5 {
                    let w = Array(name.utf8)
                    byFirst[w[0], default: []].append((w, i))
                }
            }
            cached = (key, byFirst)
            return byFirst[first] ?? []
        }
        var found: Int?
        for c in candidates where abs(c.word.count - bytes.count) <= 1 {
            if c.word == bytes { return nil }
            guard oneEdit(c.word, bytes) else { continue }
            if let f = found, f != c.entry { return nil }
            found = c.entry
        }
        return found
    }

    /// True when `a` and `b` differ by one insertion, deletion, substitution or swap of neighbours.
    static func oneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        if a.count == b.count {
            if a[(i + 1)...] == b[(i + 1)...] { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]
        }
        if a.count + 1 == b.count { return a[i...] == b[(i + 1)...] }
        if a.count == b.count + 1 { return a[(i + 1)...] == b[i...] }
        return false
    }
}
