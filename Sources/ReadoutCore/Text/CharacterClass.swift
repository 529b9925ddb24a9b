/// The tokenizer's view of one Unicode scalar.
enum CharacterClass: UInt8 {
    /// Horizontal whitespace (space, tab, no-break space, thin spaces, BOM).
    case space
    /// A line break (LF, CR, NEL, U+2028).
    case newline
    /// A paragraph separator (U+2029): ends the paragraph like a blank line.
    case paragraphSeparator
    /// An uppercase letter.
    case upper
    /// A lowercase or caseless letter.
    case lower
    /// An ASCII digit.
    case digit
    /// A combining mark: continues the preceding token.
    case combining
    /// A variation selector, zero-width joiner or emoji modifier: continues the preceding symbol.
    case extender
    /// An invisible character that is skipped (soft hyphen).
    case ignorable
    /// A punctuation mark (see `Mark`).
    case punctuation
    /// Anything else: currency, math, ©, emoji.
    case symbol
}

/// The role of a punctuation or symbol token in segmentation.
enum Mark: UInt8, Sendable {
    case none = 0
    case period, question, exclamation, ellipsis
    case comma, semicolon, colon
    case openBracket, closeBracket
    case openDouble, closeDouble, straightDouble
    case openSingle, closeSingle, straightSingle
    case dash, hyphen, bullet, slash, copyright, other

    /// `.`, `?`, `!` or an ellipsis.
    var isTerminal: Bool { self == .period || self == .question || self == .exclamation || self == .ellipsis }

    /// A closing quote or bracket that may follow a sentence's final mark.
    var isCloser: Bool {
        self == .closeDouble || self == .closeSingle || self == .closeBracket
            || self == .straightDouble || self == .straightSingle
    }

    /// An opening quote or bracket that may start a sentence.
    var isOpener: Bool {
        self == .openDouble || self == .openSingle || self == .openBracket
            || self == .straightDouble || self == .straightSingle
    }
}

/// Classification of non-ASCII scalars (ASCII is classified inline by the scanner).
enum ScalarClass {
    /// The class of a scalar at or above U+0080.
    static func of(_ v: UInt32) -> CharacterClass {
        switch v {
        case 0x85, 0x2028: return .newline
        case 0x2029: return .paragraphSeparator
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0xAD: return .ignorable
        case 0x200C, 0x200D, 0x20E3, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return .extender
        case 0x300...0x36F, 0x483...0x489, 0x591...0x5BD, 0x610...0x61A, 0x64B...0x65F,
             0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return .combining
        case 0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF: return .punctuation
        case 0xC0...0xDE where v != 0xD7: return .upper
        case 0xAA, 0xB5, 0xBA: return .lower
        case 0xDF...0xFF where v != 0xF7: return .lower
        case 0x100...0x24F: return latinExtendedIsUpper(v) ? .upper : .lower
        case 0x250...0x2FF: return .lower
        case 0x37E, 0x387: return .punctuation
        case 0x386, 0x388...0x38F, 0x391...0x3AB: return .upper
        case 0x370...0x3FF: return .lower
        case 0x400...0x42F: return .upper
        case 0x430...0x481, 0x48A...0x52F: return (v >= 0x460 && v & 1 == 0) ? .upper : .lower
        case 0x589, 0x5BE, 0x5C0, 0x5C3, 0x5F3, 0x5F4, 0x60C, 0x61B, 0x61F, 0x6D4, 0x964, 0x965: return .punctuation
        case 0x530...0x1FFF: return (v >= 0x1E00 && v <= 0x1EFF && v & 1 == 0) ? .upper : .lower
        case 0x2010...0x2027, 0x2030...0x205E, 0x2E00...0x2E7F: return .punctuation
        case 0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301F, 0xFF01, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F:
            return .punctuation
        case 0x2C00...0x2DFF, 0x3040...0x9FFF, 0xA000...0xD7FF, 0xF900...0xFAFF, 0xFB00...0xFDFF, 0xFE70...0xFEFC,
             0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF66...0xFFDC, 0x10000...0x1EFFF, 0x20000...0x3FFFF:
            return .lower
        default: return .symbol
        }
    }

    /// Latin Extended-A/B: most pairs put the uppercase letter first.
    private static func latinExtendedIsUpper(_ v: UInt32) -> Bool {
        switch v {
        case 0x100...0x137, 0x14A...0x177: return v & 1 == 0
        case 0x139...0x148, 0x179...0x17E: return v & 1 == 1
        case 0x178: return true
        case 0x180...0x24F: return v & 1 == 0
        default: return false
        }
    }

    /// The segmentation role of a non-ASCII punctuation or symbol scalar.
    static func mark(_ v: UInt32) -> Mark {
        switch v {
        case 0x2018, 0x201A, 0x201B, 0x2039: return .openSingle
        case 0x2019, 0x203A: return .closeSingle
        case 0x201C, 0x201E, 0x201F, 0xAB: return .openDouble
        case 0x201D, 0xBB: return .closeDouble
        case 0x2010, 0x2011: return .hyphen
        case 0x2012...0x2015, 0x2E3A, 0x2E3B: return .dash
        case 0x2026: return .ellipsis
        case 0x2022, 0x2023, 0x2043, 0xB7: return .bullet
        case 0x3002, 0xFF0E, 0x6D4, 0x964, 0x589: return .period
        case 0xFF1F, 0x61F, 0x37E, 0x2047, 0x2048: return .question
        case 0xFF01, 0x203C, 0x2049: return .exclamation
        case 0x3001, 0xFF0C, 0x60C: return .comma
        case 0xFF1B, 0x61B, 0x387: return .semicolon
        case 0xFF1A: return .colon
        case 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A: return .openBracket
        case 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301B: return .closeBracket
        case 0x2044, 0x2215: return .slash
        case 0xA9: return .copyright
        default: return .other
        }
    }

    /// Whether `v` is a regional-indicator letter (two of them make a flag).
    static func isRegionalIndicator(_ v: UInt32) -> Bool { v >= 0x1F1E6 && v <= 0x1F1FF }
}
