/// Finds the clusters a new mention may join without comparing it with every cluster of a long document.
///
/// Below `threshold` clusters the merger scans them all (as cheap as an index for a short report); from then on
/// clusters are posted under their type, modality and each party or party country, and a mention is compared only
/// with the clusters that share one of these with it (every compatible cluster does).
struct EventMergeIndex {
    /// Clusters before the index is built.
    static let threshold = 48

    private var postings: [String: [Int]] = [:]
    private var lastByType: [String: Int] = [:]

    /// Indexes the clusters so far, given each cluster's head.
    init(heads: [EventMention], keys: (EventMention) -> [String]) {
        for (i, head) in heads.enumerated() { add(i, head: head, keys: keys(head)) }
    }

    /// Posts cluster `i` (new, or with a head that gained parties) under `keys`; the latest cluster of its type is tracked too.
    mutating func add(_ i: Int, head: EventMention, keys: [String]) {
        lastByType[head.sense.type] = max(i, lastByType[head.sense.type] ?? -1)
        let bucket = EventMergeIndex.bucket(head)
        // A cluster posted twice under a key is harmless: `candidates` drops repeats.
        for key in Set(keys) { postings[bucket + key, default: []].append(i) }
    }

    /// The latest cluster whose head has `type`.
    func last(ofType type: String) -> Int? {
        lastByType[type]
    }

    /// The clusters that share a bucket and a key with `m`, ascending.
    func candidates(for m: EventMention, keys: [String]) -> [Int] {
        let bucket = EventMergeIndex.bucket(m)
        var result: [Int] = []
        for key in keys { if let list = postings[bucket + key] { result.append(contentsOf: list) } }
        result.sort()
        var unique: [Int] = []
        for i in result where unique.last != i { unique.append(i) }
        return unique
    }

    /// What a compatible cluster's head must share with a mention: type, modality and derivation.
    private static func bucket(_ m: EventMention) -> String {
        m.sense.type + "|" + m.modality.rawValue + (m.derived ? "|d|" : "|a|")
    }
}
