/// Misspelt one-word country names and demonyms ("Ethopia", "Quatar"): one letter added, dropped, changed or
/// swapped, first letter kept. The table is built once per knowledge base, with the gazetteer.
enum EntityCountrySpelling {
    /// One-word country names and demonyms of at least 5 bytes (with their entry index), by first byte.
    typealias Table = [UInt8: [(word: [UInt8], entry: Int)]]

    /// The table of `kb`'s countries, in entry order.
    static func table(for kb: KnowledgeBase) -> Table {
        var byFirst: Table = [:]
        for i in kb.entries.indices where kb.entries[i].kind == .country {
            let entry = kb.entries[i]
            for name in [entry.name] + entry.aliases + entry.demonyms where !name.contains(" ") && name.utf8.count >= 5 {
                let w = Array(name.utf8)
                byFirst[w[0], default: []].append((w, i))
            }
        }
        return byFirst
    }

    /// The country entry whose one-word name or demonym is one edit away from `word` (at least 5 letters), if unique.
    static func country(near word: ArraySlice<UInt8>, in table: Table) -> Int? {
        let bytes = Array(word)
        guard bytes.count >= 5, let first = bytes.first else { return nil }
        var found: Int?
        for c in table[first] ?? [] where abs(c.word.count - bytes.count) <= 1 {
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
            if sameTail(a, i + 1, b, i + 1) { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && sameTail(a, i + 2, b, i + 2)
        }
        if a.count + 1 == b.count { return sameTail(a, i, b, i + 1) }
        if a.count == b.count + 1 { return sameTail(a, i + 1, b, i) }
        return false
    }

    /// True when `a` from `ai` and `b` from `bi` hold the same bytes (as `a[ai...] == b[bi...]`, byte by byte).
    @inline(__always) static func sameTail(_ a: [UInt8], _ ai: Int, _ b: [UInt8], _ bi: Int) -> Bool {
        guard a.count - ai == b.count - bi else { return false }
        var k = 0
        while ai + k < a.count {
            if a[ai + k] != b[bi + k] { return false }
            k += 1
        }
        return true
    }
}
