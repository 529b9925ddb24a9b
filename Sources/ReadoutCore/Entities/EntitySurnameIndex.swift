import Synchronization

/// Knowledge-base people by the last word of their name and aliases, built once per knowledge base and shared.
///
/// Used for titled surnames the gazetteer leaves ambiguous ("President Bush"); the index is keyed by the
/// knowledge base's size and first and last ids, so a rebuilt or extended knowledge base gets its own index.
enum EntitySurnameIndex {
    private static let cache = Mutex<(key: String, index: [String: [Int]])?>(nil)

    /// Indexes of person entries in `kb` with a country, known under a name ending with `surname` (people without a
    /// country are left out: the only caller, the surname country guess, has no use for them).
    static func people(named surname: String, in kb: KnowledgeBase) -> [Int] {
        let key = "\(kb.entries.count):\(kb.entries.first?.id ?? ""):\(kb.entries.last?.id ?? "")"
        return cache.withLock { cached in
            if let c = cached, c.key == key { return c.index[surname] ?? [] }
            var index: [String: [Int]] = [:]
            index.reserveCapacity(kb.entries.count)
            var seen: [Substring] = []
            // Names and aliases read in place (no copy of each entry).
            let entries = kb.entries
            for i in entries.indices where entries[i].kind == .person && entries[i].country != nil {
                seen.removeAll(keepingCapacity: true)
                let aliases = entries[i].aliases
                for n in -1..<aliases.count {
                    let name = n < 0 ? entries[i].name : aliases[n]
                    guard let last = lastWord(of: name), !seen.contains(last) else { continue }
                    seen.append(last)
                    index[String(last), default: []].append(i)
                }
            }
            cached = (key, index)
            return index[surname] ?? []
        }
    }

    /// The last space-separated word of `name` (as `name.split(separator: " ").last`), found from the end.
    static func lastWord(of name: String) -> Substring? {
        let utf8 = name.utf8
        // Only ASCII names are cut by bytes: elsewhere a space may join a combining mark into one character.
        // The ASCII test reads the contiguous bytes when the string has them (native strings do).
        let ascii = utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 } }
            ?? utf8.allSatisfy { $0 < 0x80 }
        guard ascii else { return name.split(separator: " ").last }
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == 32 { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return nil }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != 32 { start = utf8.index(before: start) }
        return name[start..<end]
    }
}
