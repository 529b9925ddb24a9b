/// A token as the entity recogniser sees it: spans, shape flags and its ids in the name automaton's vocabulary.
struct EntityToken: Sendable {
    /// Start in UTF-8 bytes (inclusive).
    var byteStart: Int
    /// End in UTF-8 bytes (exclusive).
    var byteEnd: Int
    /// Start in Unicode scalars (inclusive).
    var start: Int
    /// End in Unicode scalars (exclusive).
    var end: Int
    /// Shape and position flags (`EntityToken.Flags`).
    var flags: Flags
    /// Vocabulary id of the exact text, or -1 when the vocabulary does not know it.
    var id: Int32 = -1
    /// Vocabulary id of an alternative casing (lower-cased at a sentence start, title-cased in an
    /// all-capitals headline), or -1.
    var altID: Int32 = -1
    /// Vocabulary id of the word with its first letter lower-cased (capitalised words only), or -1.
    var lowerID: Int32 = -1
    /// Index of the sentence the token belongs to.
    var sentence: Int32 = 0

    /// Shape and position of a token.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// Starts with an upper-case letter.
        static let capitalized = Flags(rawValue: 1)
        /// Two or more letters, all upper case.
        static let allCaps = Flags(rawValue: 2)
        /// Made of letters (a word).
        static let word = Flags(rawValue: 4)
        /// Digits.
        static let number = Flags(rawValue: 8)
        /// Punctuation or symbol.
        static let punctuation = Flags(rawValue: 16)
        /// First word of a sentence (after opening quotes or brackets).
        static let sentenceStart = Flags(rawValue: 32)
        /// In a unit written in capitals (a headline).
        static let shouted = Flags(rawValue: 64)
        /// Preceded by a line break.
        static let lineStart = Flags(rawValue: 128)
        /// Starts with a lower-case letter.
        static let lowercase = Flags(rawValue: 256)
        /// A capital letter with a period: an initial ("P.").
        static let initial = Flags(rawValue: 512)
        /// Some phrase of the name automaton starts with this token.
        static let phraseStart = Flags(rawValue: 1024)
    }

    /// True when the flag is set.
    @inline(__always) func has(_ flag: Flags) -> Bool { flags.contains(flag) }
}
