/// What a prose token is made of, as the quote and figure stages see it.
enum ProseTokenKind: UInt8, Sendable {
    /// Letters with inner apostrophes, hyphens or abbreviation periods.
    case word
    /// Digits with inner separators (`100,000`, `2.5`).
    case number
    /// A double quotation mark: `“ ” " « » „`.
    case quote
    /// The possessive clitic split off a word (`’s`, `'s`, or a bare `’` after a plural).
    case possessive
    /// Any other punctuation or symbol.
    case punct
}

/// How a quotation mark is shaped: which way it faces when written correctly.
enum QuoteShape: UInt8, Sendable {
    case opening, closing, straight
}

/// One token of prose with byte and Unicode-scalar spans and a case-folded hash for lexicon lookups.
struct ProseToken: Sendable {
    /// The token kind.
    var kind: ProseTokenKind
    /// Start in UTF-8 bytes.
    var byteStart: Int32
    /// End in UTF-8 bytes.
    var byteEnd: Int32
    /// Start in Unicode scalars.
    var start: Int32
    /// End in Unicode scalars.
    var end: Int32
    /// FNV-1a hash of the lower-cased bytes (for words), or of the bytes (for punctuation).
    var key: UInt64
    /// The paragraph index.
    var paragraph: Int32
    /// The sentence index (counted by the lexer's own boundary rules).
    var sentence: Int32
    /// The first scalar is an upper-case letter.
    var capitalized: Bool
    /// Whitespace (or the start of the text) comes right before the token.
    var spaceBefore: Bool
    /// Whitespace (or the end of the text) comes right after the token.
    var spaceAfter: Bool
    /// For quote marks: the shape as written.
    var shape: QuoteShape
    /// The first byte of the token (cheap punctuation tests).
    var firstByte: UInt8
    /// For words: the `TokenLexicon` flags of the key.
    var lexicon: UInt8 = 0
}

/// Case-folded FNV-1a hashing shared by the lexer and the lexicons.
enum ProseHash {
    /// The FNV-1a offset basis.
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The FNV-1a prime.
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Hash of `bytes[range]`, with ASCII letters folded to lower case and `’` folded to `'`.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash = basis
        var i = start
        while i < end {
            var b = bytes[i]
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                b = 0x27
                i += 2
            } else if b >= 0x41 && b <= 0x5A {
                b |= 0x20
            }
            hash = (hash ^ UInt64(b)) &* prime
            i += 1
        }
        return hash
    }

    /// Hash of a lexicon string (lower-cased the same way).
    static func key(_ string: String) -> UInt64 {
        var copy = Array(string.utf8)
        return copy.withUnsafeMutableBufferPointer { buffer in
            key(UnsafeBufferPointer(buffer), 0, buffer.count)
        }
    }
}
