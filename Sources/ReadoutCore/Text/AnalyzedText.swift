/// A document text split into tokens and sentences, with fast access to token strings.
///
/// Every later stage (entities, time, quotes, figures, events) reads this value.
public struct AnalyzedText: Sendable {
    /// The document text.
    public let text: String
    /// The text as UTF-8 bytes.
    public let bytes: [UInt8]
    /// All tokens in text order.
    public var tokens: [Token]
    /// All text units in text order.
    public var sentences: [Sentence]
    /// The quote and figure stages' own lexing of `bytes`, made once on first use.
    let proseCache = ProseCache()

    /// Creates an analysed text from its parts.
    public init(text: String, bytes: [UInt8], tokens: [Token], sentences: [Sentence]) {
        self.text = text
        self.bytes = bytes
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The text of token `index`.
    public func string(_ index: Int) -> String {
        let token = tokens[index]
        return String(decoding: bytes[token.byteStart..<token.byteEnd], as: UTF8.self)
    }

    /// The text between two UTF-8 byte offsets.
    public func string(bytes range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The text covered by the tokens in `range` (from the first token's start to the last token's end).
    public func string(tokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return string(bytes: tokens[first].byteStart..<tokens[last].byteEnd)
    }
}
