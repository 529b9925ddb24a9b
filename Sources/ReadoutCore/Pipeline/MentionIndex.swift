/// Finds which entity a stretch of text mentions, for stages that run after the entity stage.
public struct MentionIndex: Sendable {
    /// One mention with the index of its entity in the readout's entity list.
    public struct Entry: Sendable, Hashable {
        /// Start in Unicode scalars (inclusive).
        public var start: Int
        /// End in Unicode scalars (exclusive).
        public var end: Int
        /// Index into `DocumentReadout.entities`.
        public var entity: Int
    }

    /// All mentions sorted by start offset.
    public let mentions: [Entry]

    /// Indexes the mentions of `entities`.
    public init(_ entities: [Entity]) {
        var all: [Entry] = []
        for (i, entity) in entities.enumerated() {
            for mention in entity.mentions { all.append(Entry(start: mention.start, end: mention.end, entity: i)) }
        }
        mentions = all.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
    }

    /// The mentions that lie wholly inside `start..<end`, in text order.
    public func mentions(in start: Int, _ end: Int) -> ArraySlice<Entry> {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].start < start { low = mid + 1 } else { high = mid }
        }
        var stop = low
        while stop < mentions.count, mentions[stop].start < end { stop += 1 }
        return mentions[low..<stop].filter { $0.end <= end }[...]
    }

    /// The longest mention covering scalar offset `offset`, if any.
    public func mention(covering offset: Int) -> Entry? {
        var best: Entry?
        for entry in mentions where entry.start <= offset && offset < entry.end {
            if best == nil || entry.end - entry.start > best!.end - best!.start { best = entry }
        }
        return best
    }
}
