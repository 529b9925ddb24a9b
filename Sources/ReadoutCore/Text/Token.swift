/// What kind of characters a token is made of.
public enum TokenKind: String, Sendable, Hashable, Codable {
    /// Letters, possibly with inner apostrophes, hyphens or periods (`Russia’s`, `U.S.`, `pro-Russian`).
    case word
    /// Digits, possibly with separators and decimals (`100,000`, `2.5`).
    case number
    /// Punctuation (`.`, `,`, `“`, `(…)`, `—`).
    case punctuation
    /// Anything else (`$`, `%`, `©`, emoji).
    case symbol
}

/// One token with its span as Unicode-scalar offsets and as UTF-8 byte offsets into the document text.
public struct Token: Sendable, Hashable {
    /// Start of the token, in Unicode scalars (inclusive).
    public var start: Int
    /// End of the token, in Unicode scalars (exclusive).
    public var end: Int
    /// Start of the token, in UTF-8 bytes (inclusive).
    public var byteStart: Int
    /// End of the token, in UTF-8 bytes (exclusive).
    public var byteEnd: Int
    /// The token's character class.
    public var kind: TokenKind
    /// Layout, case and punctuation facts the segmenter keeps with the token (fits in the padding).
    var info = TokenInfo(flags: 0, mark: .none, abbreviation: .none)

    /// Creates a token from its scalar and byte spans.
    public init(start: Int, end: Int, byteStart: Int, byteEnd: Int, kind: TokenKind) {
        self.start = start
        self.end = end
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.kind = kind
    }

    /// Tokens are equal when their spans and kinds are.
    public static func == (lhs: Token, rhs: Token) -> Bool {
        lhs.start == rhs.start && lhs.end == rhs.end && lhs.byteStart == rhs.byteStart && lhs.byteEnd == rhs.byteEnd
            && lhs.kind == rhs.kind
    }

    /// Hashes the spans and kind.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(byteStart)
        hasher.combine(end)
        hasher.combine(kind)
    }
}
