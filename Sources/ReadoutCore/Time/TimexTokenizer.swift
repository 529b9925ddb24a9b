/// One token of the time grammar's own fast scan over UTF-8 bytes (a small trivial value, cheap to copy).
struct TimexToken: Sendable {
    /// What the token is.
    enum Kind: UInt8, Sendable { case word, number, punct }

    /// Lower-cased FNV hash of the token bytes (words), or of the suffix letters (numbers: "st" in "21st").
    var hash: UInt64
    /// The value of a number token.
    var number: Int
    private var start32: Int32, end32: Int32, scalarStart32: Int32, scalarEnd32: Int32
    private var length16: UInt16
    /// The lexicon meaning of a word, if any.
    var word: TimexWord?
    var kind: Kind
    /// Digits in a number token.
    private var digits8: UInt8
    /// The punctuation byte of a punct token (0x27 for any apostrophe, 0x2D for any dash).
    var punct: UInt8
    /// The byte that joins this token to the previous one without space (`-`, `/`, `:`, `.`, `,`, `'`), or 0.
    var joiner: UInt8
    /// True when whitespace (or the start of text) comes before the token.
    var spaceBefore: Bool
    /// True when the first letter is upper case.
    var capitalized: Bool

    /// Byte range start in the document's UTF-8.
    var byteStart: Int { Int(start32) }
    /// Byte range end.
    var byteEnd: Int { Int(end32) }
    /// Unicode-scalar range start in the document text.
    var scalarStart: Int { Int(scalarStart32) }
    /// Unicode-scalar range end.
    var scalarEnd: Int { Int(scalarEnd32) }
    /// Digits in a number token.
    var digits: Int { Int(digits8) }
    /// Letters in a word token.
    var length: Int { Int(length16) }

    init(kind: Kind, byteStart: Int, byteEnd: Int, scalarStart: Int, scalarEnd: Int, word: TimexWord?, hash: UInt64,
         number: Int, digits: Int, punct: UInt8, joiner: UInt8, spaceBefore: Bool, capitalized: Bool, length: Int) {
        self.kind = kind
        self.start32 = Int32(truncatingIfNeeded: byteStart)
        self.end32 = Int32(truncatingIfNeeded: byteEnd)
        self.scalarStart32 = Int32(truncatingIfNeeded: scalarStart)
        self.scalarEnd32 = Int32(truncatingIfNeeded: scalarEnd)
        self.word = word
        self.hash = hash
        self.number = number
        self.digits8 = UInt8(clamping: digits)
        self.punct = punct
        self.joiner = joiner
        self.spaceBefore = spaceBefore
        self.capitalized = capitalized
        self.length16 = UInt16(clamping: length)
    }
}

/// Splits text into words, numbers and punctuation for the time grammar.
///
/// Joiners: a `-`, `/`, `:`, `.`, `,` or apostrophe between two letters or digits does not become a token;
/// the next token records it in `joiner`, so "third-quarter" reads as "third quarter" and "2022-01-21" as
/// three numbers joined by `-`. Single-letter abbreviations with dots ("a.m.", "U.S.") stay one word.
enum TimexTokenizer {
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }

    /// Tokenises `bytes`.
    static func tokenize(_ bytes: [UInt8]) -> [TimexToken] {
        var tokens: [TimexToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        let slotKeys = TimexLexicon.slotKeys, slotWords = TimexLexicon.slotWords, mask = TimexLexicon.slotMask
        slotKeys.withUnsafeBufferPointer { keys in
        slotWords.withUnsafeBufferPointer { words in
        bytes.withUnsafeBufferPointer { buffer in
            @inline(__always) func lookup(_ hash: UInt64) -> TimexWord? {
                var slot = Int(truncatingIfNeeded: hash >> 20) & mask
                while true {
                    let key = keys[slot]
                    if key == hash { return words[slot] }
                    if key == 0 { return nil }
                    slot = (slot + 1) & mask
                }
            }
            let n = buffer.count
            var i = 0
            var scalar = 0
            var space = true
            var pendingJoiner: UInt8 = 0
            while i < n {
                let b = buffer[i]
                if b == 32 || b == 10 || b == 9 || b == 13 {
                    i += 1; scalar += 1; space = true; pendingJoiner = 0
                    continue
                }
                if b >= 0x80 {
                    // Multi-byte scalar: classify a few punctuation marks, treat the rest as letters of a word.
                    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                    var code: UInt32 = 0
                    if length == 2, i + 1 < n { code = (UInt32(b & 0x1F) << 6) | UInt32(buffer[i + 1] & 0x3F) }
                    if length == 3, i + 2 < n {
                        code = (UInt32(b & 0x0F) << 12) | (UInt32(buffer[i + 1] & 0x3F) << 6) | UInt32(buffer[i + 2] & 0x3F)
                    }
                    if code == 0xA0 || code == 0x2009 || code == 0x202F || code == 0x200B {
                        i += length; scalar += 1; space = true; pendingJoiner = 0
                        continue
                    }
                    var mark: UInt8 = 0
                    switch code {
                    case 0x2018, 0x2019: mark = 0x27
                    case 0x201C, 0x201D, 0xAB, 0xBB: mark = 0x22
                    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: mark = 0x2D
                    case 0x2026: mark = 0x2E
                    default: mark = 0
                    }
                    if mark != 0 {
                        let prevAlnum = i > 0 && isAlnum(buffer[i - 1])
                        let nextAlnum = i + length < n && isAlnum(buffer[i + length])
                        if (mark == 0x27 || (mark == 0x2D && code <= 0x2011)) && prevAlnum && nextAlnum && !space {
                            pendingJoiner = mark
                        } else {
                            tokens.append(TimexToken(kind: .punct, byteStart: i, byteEnd: i + length, scalarStart: scalar,
                                                     scalarEnd: scalar + 1, word: nil, hash: 0, number: 0, digits: 0,
                                                     punct: mark, joiner: pendingJoiner, spaceBefore: space,
                                                     capitalized: false, length: 0))
                            pendingJoiner = 0
                        }
                        i += length; scalar += 1; space = false
                        continue
                    }
                }
                if isDigit(b) {
                    let start = i, scalarStart = scalar
                    var value = 0, digits = 0
                    while i < n, isDigit(buffer[i]) {
                        if digits < 18 { value = value * 10 + Int(buffer[i] - 48) }
                        digits += 1; i += 1
                    }
                    var suffix: UInt64 = 0
                    if i < n, isLetter(buffer[i]) {
                        var h = TimexLexicon.seed
                        while i < n, isAlnum(buffer[i]) { h = TimexLexicon.mix(h, buffer[i]); i += 1 }
                        suffix = h
                    }
                    scalar += i - start
                    tokens.append(TimexToken(kind: .number, byteStart: start, byteEnd: i, scalarStart: scalarStart,
                                             scalarEnd: scalar, word: nil, hash: suffix, number: value, digits: digits,
                                             punct: 0, joiner: pendingJoiner, spaceBefore: space, capitalized: false,
                                             length: 0))
                    space = false; pendingJoiner = 0
                    continue
                }
                if isLetter(b) || b >= 0x80 {
                    let start = i, scalarStart = scalar
                    var h = TimexLexicon.seed
                    var segment = 0
                    var dotted = false
                    var scalars = 0
                    while i < n {
                        let c = buffer[i]
                        if isAlnum(c) {
                            h = TimexLexicon.mix(h, c); i += 1; scalars += 1; segment += 1
                        } else if c >= 0x80 {
                            if c == 0xE2, i + 2 < n, buffer[i + 1] == 0x80 || buffer[i + 1] == 0x88 { break }
                            if c == 0xC2, i + 1 < n, buffer[i + 1] == 0xA0 || buffer[i + 1] == 0xAB || buffer[i + 1] == 0xBB { break }
                            h = TimexLexicon.mix(h, c); i += 1; segment += 1
                            if c & 0xC0 != 0x80 { scalars += 1 }
                        } else if c == 46, segment == 1, i + 1 < n, isLetter(buffer[i + 1]),
                                  i + 2 >= n || !isLetter(buffer[i + 2]) {
                            h = TimexLexicon.mix(h, c); i += 1; scalars += 1; segment = 0; dotted = true
                        } else if c == 46, dotted, segment == 1 {
                            h = TimexLexicon.mix(h, c); i += 1; scalars += 1; segment = 0
                            break
                        } else {
                            break
                        }
                    }
                    if i == start {
                        // A symbol that is neither letter nor known punctuation: skip the whole scalar.
                        i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                        scalar += 1; space = false; pendingJoiner = 0
                        continue
                    }
                    scalar += scalars
                    tokens.append(TimexToken(kind: .word, byteStart: start, byteEnd: i, scalarStart: scalarStart,
                                             scalarEnd: scalar, word: lookup(h), hash: h, number: 0,
                                             digits: 0, punct: 0, joiner: pendingJoiner, spaceBefore: space,
                                             capitalized: b >= 65 && b <= 90, length: scalars))
                    space = false; pendingJoiner = 0
                    continue
                }
                // ASCII punctuation.
                let joinable = b == 45 || b == 47 || b == 58 || b == 46 || b == 44 || b == 39
                if joinable, !space, i > 0, isAlnum(buffer[i - 1]), i + 1 < n, isAlnum(buffer[i + 1]) {
                    pendingJoiner = b
                    i += 1; scalar += 1
                    continue
                }
                if b & 0xC0 != 0x80 {
                    tokens.append(TimexToken(kind: .punct, byteStart: i, byteEnd: i + 1, scalarStart: scalar,
                                             scalarEnd: scalar + 1, word: nil, hash: 0, number: 0, digits: 0, punct: b,
                                             joiner: pendingJoiner, spaceBefore: space, capitalized: false, length: 0))
                    scalar += 1
                }
                i += 1; space = false; pendingJoiner = 0
            }
        }
        }
        }
        return tokens
    }
}
