/// Scores predicted quotations against gold attributions (brat Source/Cue/Content spans).
public struct AttributionScorer: Sendable {
    /// One gold attribution: content pieces and source pieces as scalar ranges.
    public struct Gold: Sendable {
        /// Content pieces (half-open scalar ranges).
        public var content: [Range<Int>]
        /// Source pieces; empty when the attribution has no source.
        public var source: [Range<Int>]
        /// The content text contains a double quotation mark.
        public var direct: Bool

        /// Creates a gold attribution.
        public init(content: [Range<Int>], source: [Range<Int>], direct: Bool) {
            self.content = content
            self.source = source
            self.direct = direct
        }
    }

    /// Counts for one group (direct quotes or all attributions).
    public struct Tally: Sendable, Codable {
        /// Gold attributions.
        public var gold = 0
        /// Predicted attributions.
        public var predicted = 0
        /// Gold matched by overlap (at least half the gold span).
        public var goldMatchedOverlap = 0
        /// Predictions matched by overlap.
        public var predictedMatchedOverlap = 0
        /// Gold matched exactly (edges compared without spaces, quotation marks, punctuation or a leading `that`).
        public var goldMatchedExact = 0
        /// Predictions matched exactly.
        public var predictedMatchedExact = 0
        /// Overlap-matched gold whose speaker we got right.
        public var speakerCorrect = 0

        /// Creates an empty tally.
        public init() {}

        /// Adds another tally.
        public mutating func add(_ other: Tally) {
            gold += other.gold
            predicted += other.predicted
            goldMatchedOverlap += other.goldMatchedOverlap
            predictedMatchedOverlap += other.predictedMatchedOverlap
            goldMatchedExact += other.goldMatchedExact
            predictedMatchedExact += other.predictedMatchedExact
            speakerCorrect += other.speakerCorrect
        }

        /// Precision, recall and F1 by overlap.
        public var overlap: (p: Double, r: Double, f: Double) { prf(predictedMatchedOverlap, predicted, goldMatchedOverlap, gold) }
        /// Precision, recall and F1 by exact match.
        public var exact: (p: Double, r: Double, f: Double) { prf(predictedMatchedExact, predicted, goldMatchedExact, gold) }
        /// Speaker accuracy on overlap-matched gold.
        public var speakerAccuracy: Double { goldMatchedOverlap == 0 ? 0 : Double(speakerCorrect) / Double(goldMatchedOverlap) }

        private func prf(_ mp: Int, _ np: Int, _ mg: Int, _ ng: Int) -> (p: Double, r: Double, f: Double) {
            let p = np == 0 ? 0 : Double(mp) / Double(np)
            let r = ng == 0 ? 0 : Double(mg) / Double(ng)
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
        }
    }

    /// A prediction: the quotes sharing one cue merged into pieces, with speaker evidence.
    struct Prediction {
        var pieces: [Range<Int>]
        var speakerSpans: [Range<Int>]
        var direct: Bool
        var hasSpeaker: Bool
        var total: Int { pieces.reduce(0) { $0 + $1.count } }
    }

    /// Creates a scorer.
    public init() {}

    /// Scores one document: returns the direct-quote and all-attribution tallies, and the unmatched items (direct predictions only) for review.
    public func score(text: String, readout: DocumentReadout, gold: [Gold]) -> (direct: Tally, all: Tally, missed: [Gold], spurious: [Range<Int>], wrongSpeaker: [(content: Range<Int>, gold: Range<Int>?, ours: Range<Int>?)]) {
        let scalars = Array(text.unicodeScalars)
        let predictions = flatten(readout)
        var pairs: [(g: Int, p: Int, overlap: Int)] = []
        for (gi, g) in gold.enumerated() {
            let size = g.content.reduce(0) { $0 + $1.count }
            for (pi, p) in predictions.enumerated() {
                let o = Self.overlap(g.content, p.pieces)
                if o > 0, 2 * o >= size { pairs.append((gi, pi, o)) }
            }
        }
        pairs.sort { $0.overlap > $1.overlap }
        var goldMatch = [Int?](repeating: nil, count: gold.count)
        var predMatch = [Int?](repeating: nil, count: predictions.count)
        for pair in pairs where goldMatch[pair.g] == nil && predMatch[pair.p] == nil {
            goldMatch[pair.g] = pair.p
            predMatch[pair.p] = pair.g
        }
        var direct = Tally(), all = Tally()
        var wrong: [(content: Range<Int>, gold: Range<Int>?, ours: Range<Int>?)] = []
        for (gi, g) in gold.enumerated() {
            var item = Tally()
            item.gold = 1
            if let pi = goldMatch[gi] {
                let p = predictions[pi]
                item.goldMatchedOverlap = 1
                if edges(g.content, scalars) == edges(p.pieces, scalars) { item.goldMatchedExact = 1 }
                let right = g.source.isEmpty ? !p.hasSpeaker : p.speakerSpans.contains { s in g.source.contains { $0.overlaps(s) } }
                if right { item.speakerCorrect = 1 } else if g.direct { wrong.append((g.content[0], g.source.first, p.speakerSpans.first)) }
            }
            all.add(item)
            if g.direct { direct.add(item) }
        }
        for (pi, p) in predictions.enumerated() {
            var item = Tally()
            item.predicted = 1
            if let gi = predMatch[pi] {
                item.predictedMatchedOverlap = 1
                if edges(gold[gi].content, scalars) == edges(p.pieces, scalars) { item.predictedMatchedExact = 1 }
            }
            all.add(item)
            if p.direct { direct.add(item) }
        }
        let missed = gold.indices.filter { goldMatch[$0] == nil }.map { gold[$0] }
        let spurious = predictions.indices.filter { predMatch[$0] == nil && predictions[$0].direct }.map { predictions[$0].pieces.first ?? 0..<0 }
        return (direct, all, missed, spurious, wrong)
    }

    /// Quotes grouped by cue (pieces of one attribution), without those nested inside another (gold is one label per token).
    func flatten(_ readout: DocumentReadout) -> [Prediction] {
        var groups: [String: Int] = [:]
        var predictions: [Prediction] = []
        let mentionsByEntity = Dictionary(readout.entities.map { ($0.id, $0.mentions.map { $0.start..<$0.end }) }, uniquingKeysWith: { a, _ in a })
        for quote in readout.quotes {
            let range = quote.start..<quote.end
            let marked = quote.kind != .indirect || Self.hasMarks(quote.text)
            var speakers: [Range<Int>] = []
            if let s = quote.speakerSpan { speakers.append(s.start..<s.end) }
            if let id = quote.speaker, let mentions = mentionsByEntity[id] { speakers += mentions }
            let hasSpeaker = quote.speaker != nil || quote.speakerSpan != nil
            if let cue = quote.cueSpan, let g = groups["\(cue.start):\(cue.end)"] {
                predictions[g].pieces.append(range)
                predictions[g].direct = predictions[g].direct || marked
                continue
            }
            if let cue = quote.cueSpan { groups["\(cue.start):\(cue.end)"] = predictions.count }
            predictions.append(Prediction(pieces: [range], speakerSpans: speakers, direct: marked, hasSpeaker: hasSpeaker))
        }
        for i in predictions.indices { predictions[i].pieces = Self.union(predictions[i].pieces) }
        var keep: [Prediction] = []
        for (i, p) in predictions.enumerated() {
            let nested = predictions.indices.contains { j in
                j != i && p.pieces.allSatisfy { piece in predictions[j].pieces.contains { $0.lowerBound <= piece.lowerBound && piece.upperBound <= $0.upperBound } }
                    && (predictions[j].total > p.total || (predictions[j].total == p.total && j < i))
            }
            if !nested { keep.append(p) }
        }
        return keep
    }

    /// The double quotation marks that make an attribution a direct quote.
    static let marks: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\"", "\u{AB}", "\u{BB}", "\u{201E}"]

    /// True when `text` holds a double quotation mark (or a doubled apostrophe used as one).
    public static func hasMarks(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { marks.contains($0) } || text.contains("''")
    }

    /// Total overlap between two piece lists.
    static func overlap(_ a: [Range<Int>], _ b: [Range<Int>]) -> Int {
        var total = 0
        for x in a { for y in b { total += max(0, min(x.upperBound, y.upperBound) - max(x.lowerBound, y.lowerBound)) } }
        return total
    }

    /// Sorted, merged ranges.
    static func union(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// First and last scalar of the pieces after trimming spaces, marks, punctuation and a leading `that`.
    func edges(_ pieces: [Range<Int>], _ scalars: [Unicode.Scalar]) -> (Int, Int) {
        guard let first = pieces.map(\.lowerBound).min(), let last = pieces.map(\.upperBound).max() else { return (0, 0) }
        var a = min(first, scalars.count), b = min(last, scalars.count)
        func trim() {
            while a < b, Self.isEdgeNoise(scalars[a]) { a += 1 }
            while b > a, Self.isEdgeNoise(scalars[b - 1]) { b -= 1 }
        }
        trim()
        if b - a > 5, String(String.UnicodeScalarView(scalars[a..<(a + 5)])).lowercased() == "that " {
            a += 5
            trim()
        }
        return (a, b)
    }

    /// Spaces, quotation marks and punctuation ignored at the edges of a span.
    static func isEdgeNoise(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || marks.contains(s) || ".,;:!?'\u{2018}\u{2019}\u{2014}\u{2013}-".unicodeScalars.contains(s)
    }
}
