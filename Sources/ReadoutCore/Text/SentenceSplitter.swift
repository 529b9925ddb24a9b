/// Splits a text into tokens and sentence-like units (sentences, headings, captions, credits).
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Tokenises and segments `text`.
    public func analyze(_ text: String) -> AnalyzedText {
        // Placeholder until the Text stage lands: the whole text as one unit, no tokens.
        let bytes = Array(text.utf8)
        let scalarCount = text.unicodeScalars.count
        return AnalyzedText(text: text, bytes: bytes, tokens: [], sentences: [Sentence(start: 0, end: scalarCount, kind: .sentence, tokens: 0..<0)])
    }
}
