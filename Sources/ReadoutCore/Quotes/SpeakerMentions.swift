/// The entity mentions a speaker phrase may name, in `MentionIndex` order (start ascending, longer first, then entity
/// order), sorted as packed integers rather than with a comparison closure.
struct SpeakerMentions: Sendable {
    /// All mentions in `MentionIndex` order.
    let mentions: [MentionIndex.Entry]

    /// Indexes the mentions of `entities`.
    init(_ entities: [Entity]) {
        var all: [MentionIndex.Entry] = []
        for (i, entity) in entities.enumerated() {
            for mention in entity.mentions { all.append(MentionIndex.Entry(start: mention.start, end: mention.end, entity: i)) }
        }
        let limit = 1 << 24
        guard all.count < 1 << 16, all.allSatisfy({ $0.start >= 0 && $0.start < limit && $0.end >= 0 && $0.end < limit }) else {
            mentions = MentionIndex(entities).mentions
            return
        }
        // start (ascending) | end (descending) | position (ascending, so equal spans keep their order)
        var keys: [UInt64] = []
        keys.reserveCapacity(all.count)
        for (position, entry) in all.enumerated() {
            keys.append(UInt64(entry.start) << 40 | UInt64(limit - 1 - entry.end) << 16 | UInt64(position))
        }
        keys.sort()
        mentions = keys.map { all[Int($0 & 0xFFFF)] }
    }

    /// The mentions that lie wholly inside `start..<end`, in text order (as `MentionIndex.mentions(in:_:)`).
    func mentions(in start: Int, _ end: Int) -> [MentionIndex.Entry] {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].start < start { low = mid + 1 } else { high = mid }
        }
        var found: [MentionIndex.Entry] = []
        var k = low
        while k < mentions.count, mentions[k].start < end {
            if mentions[k].end <= end { found.append(mentions[k]) }
            k += 1
        }
        return found
    }

    /// The longest mention covering scalar offset `offset`, if any (as `MentionIndex.mention(covering:)`).
    func mention(covering offset: Int) -> MentionIndex.Entry? {
        var best: MentionIndex.Entry?
        for entry in mentions {
            if entry.start > offset { break }  // sorted by start: no later mention covers `offset`
            guard offset < entry.end else { continue }
            if best == nil || entry.end - entry.start > best!.end - best!.start { best = entry }
        }
        return best
    }
}
