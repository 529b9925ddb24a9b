/// What the segmenter needs to know about a token beyond its span and kind.
struct TokenInfo: Sendable {
    /// Layout and case bits (see the static masks).
    var flags: UInt8
    /// The segmentation role of a punctuation or symbol token.
    var mark: Mark
    /// For a word that carries an abbreviation's final period: what kind of abbreviation it is.
    var abbreviation: AbbreviationKind

    /// Whitespace separates the token from the previous one.
    static let spaceBefore: UInt8 = 1 << 0
    /// A line break separates the token from the previous one.
    static let lineBefore: UInt8 = 1 << 1
    /// A blank line (or the start of the text) separates the token from the previous one.
    static let paragraphBefore: UInt8 = 1 << 2
    /// The token starts with an uppercase letter.
    static let upper: UInt8 = 1 << 3
    /// The token starts with a lowercase letter.
    static let lower: UInt8 = 1 << 4

    /// Whether the token has all bits of `mask`.
    @inline(__always) func has(_ mask: UInt8) -> Bool { flags & mask != 0 }
}

/// The kind of abbreviation a word token with an attached period is.
enum AbbreviationKind: UInt8, Sendable {
    /// Not an abbreviation (or no attached period).
    case none
    /// A title before a name (`Mr.`, `Gen.`): never ends a sentence.
    case title
    /// An abbreviation that ends a sentence only before a typical sentence opener (`Jan.`, `U.S.`, `a.m.`).
    case ordinary
    /// A single capital initial (`J.`, `W.`): ends a sentence only before a typical sentence opener.
    case initial
    /// An abbreviation before a number (`No. 10`): never ends a sentence.
    case numeric
}
