/// Which draft's mention starts or ends at a token, and token lookups by scalar offset.
extension EntityResolver {
    /// The draft whose mention starts at token `i`, if any (the first such draft).
    mutating func draftStarting(at i: Int) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        let d = mentionOwners().starting[i]
        return d >= 0 ? Int(d) : nil
    }

    /// The draft whose mention ends with token `i`, if any (the first such draft).
    mutating func draftEnding(at i: Int) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        let d = mentionOwners().ending[i]
        return d >= 0 ? Int(d) : nil
    }

    /// The first draft with a mention starting at, and ending with, each token: built on demand and dropped
    /// (`mentionOwnerIndex = nil`) whenever a mention is added, moved or removed.
    mutating func mentionOwners() -> (starting: [Int32], ending: [Int32]) {
        if let index = mentionOwnerIndex { return index }
        var starting = [Int32](repeating: -1, count: tokens.count)
        var ending = [Int32](repeating: -1, count: tokens.count)
        for d in drafts.indices {
            for m in drafts[d].mentions {
                if let s = tokenIndex(startingAt: m.start), starting[s] < 0 { starting[s] = Int32(d) }
                if let e = tokenIndex(endingAt: m.end), ending[e] < 0 { ending[e] = Int32(d) }
            }
        }
        mentionOwnerIndex = (starting, ending)
        return (starting, ending)
    }

    /// The index of the token ending at scalar offset `end`.
    func tokenIndex(endingAt end: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end < end { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && tokens[lo].end == end ? lo : nil
    }

    /// The index of the token starting at scalar offset `start`.
    func tokenIndex(startingAt start: Int) -> Int? {
        guard start >= 0, start < tokenByStart.count else { return nil }
        let t = tokenByStart[start]
        return t >= 0 ? Int(t) : nil
    }
}
