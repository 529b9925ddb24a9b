/// A sentence-like unit as it appears in the readout JSON.
public struct SentenceSpan: Sendable, Codable, Hashable {
    /// Start in Unicode scalars (inclusive).
    public var start: Int
    /// End in Unicode scalars (exclusive).
    public var end: Int
    /// sentence, heading, caption or credit.
    public var kind: SentenceKind

    /// Creates a sentence span.
    public init(start: Int, end: Int, kind: SentenceKind) {
        self.start = start
        self.end = end
        self.kind = kind
    }
}
