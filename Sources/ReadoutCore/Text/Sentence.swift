/// One text unit (sentence, heading, caption or credit) with its span and its tokens.
public struct Sentence: Sendable, Hashable {
    /// Start in Unicode scalars (inclusive).
    public var start: Int
    /// End in Unicode scalars (exclusive).
    public var end: Int
    /// What kind of unit this is.
    public var kind: SentenceKind
    /// The indices of this unit's tokens in `AnalyzedText.tokens`.
    public var tokens: Range<Int>
    /// The index of the paragraph (blank-line separated block) this unit belongs to.
    public var paragraph: Int

    /// Creates a text unit.
    public init(start: Int, end: Int, kind: SentenceKind, tokens: Range<Int>, paragraph: Int = 0) {
        self.start = start
        self.end = end
        self.kind = kind
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
