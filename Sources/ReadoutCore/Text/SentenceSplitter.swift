/// Splits a text into tokens and sentence-like units (sentences, headings, captions, credits).
///
/// Three passes, none of them over `Character`s: `TokenScanner` reads the UTF-8 bytes once and yields
/// tokens with half-open Unicode-scalar and byte spans; `BoundaryFinder` walks the tokens and decides
/// where units end (abbreviations, initials, quotes, ellipses, heading lines, credits); `UnitClassifier`
/// gives each unit its kind. Paragraphs are separated by blank lines; a single line break is whitespace
/// unless the line is clearly a heading.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Tokenises and segments `text`.
    public func analyze(_ text: String) -> AnalyzedText {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = TokenScanner(bytes: buffer)
            scanner.scan()
            tokens = scanner.tokens
            let checkLines = scanner.hasInnerLineBreak
            tokens.withUnsafeBufferPointer { tokenBuffer in
                var finder = BoundaryFinder(bytes: buffer, tokens: tokenBuffer, checkLines: checkLines)
                finder.run()
                sentences = UnitClassifier(bytes: buffer, tokens: tokenBuffer).classify(finder.units)
            }
        }
        return AnalyzedText(text: text, bytes: bytes, tokens: tokens, sentences: sentences)
    }
}
