/// A stretch of document text: half-open Unicode-scalar offsets and the text they cover.
public struct TextSpan: Sendable, Codable, Hashable {
    /// Start in Unicode scalars (inclusive).
    public var start: Int
    /// End in Unicode scalars (exclusive).
    public var end: Int
    /// The covered text.
    public var text: String

    /// Creates a text span.
    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
