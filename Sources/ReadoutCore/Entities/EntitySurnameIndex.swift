import Synchronization

/// Knowledge-base people by the last word of their name and aliases, built once per knowledge base and shared.
///
/// Used for titled surnames the gazetteer leaves ambiguous ("President Bush"); the index is keyed by the
/// knowledge base's size and first and last ids, so a rebuilt or extended knowledge base gets its own index.
enum EntitySurnameIndex {
    private static let cache = Mutex<(key: String, index: [String: [Int]])?>(nil)

    /// Indexes of person entries in `kb` known under a name ending with `surname`.
    static func people(named surname: String, in kb: KnowledgeBase) -> [Int] {
        let key = "\(kb.entries.count):\(kb.entries.first?.id ?? ""):\(kb.entries.last?.id ?? "")"
        return cache.withLock { cached in
            if let c = cached, c.key == key { return c.index[surname] ?? [] }
            var index: [String: [Int]] = [:]
            for (i, entry) in kb.entries.enumerated() where entry.kind == .person {
                var seen = Set<Substring>()
                for name in [entry.name] + entry.aliases {
                    guard let last = name.split(separator: " ").last, seen.insert(last).inserted else { continue }
                    index[String(last), default: []].append(i)
                }
            }
            cached = (key, index)
            return index[surname] ?? []
        }
    }
}
