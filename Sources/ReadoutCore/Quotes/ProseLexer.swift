/// Splits UTF-8 prose into `ProseToken`s with paragraph and sentence indices, in one pass over the bytes.
///
/// The quote and figure stages use it so they work whether or not the shared tokenizer has run.
struct ProseLexer: Sendable {
    /// Words after which a period does not end a sentence.
    static let abbreviations = KeySet([
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr", "prof", "capt", "sgt",
        "maj", "adm", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
        "mt", "gens", "reps", "sens", "cmdr", "brig", "supt", "insp", "fr", "rev", "hon", "messrs", "u.s", "approx",
    ].map { ProseHash.key($0) })

    /// Lexes `bytes` into tokens.
    static func lex(_ bytes: [UInt8]) -> [ProseToken] {
        bytes.withUnsafeBufferPointer { lex(buffer: $0) }
    }

    /// Lexes a byte buffer into tokens.
    static func lex(buffer b: UnsafeBufferPointer<UInt8>) -> [ProseToken] {
        let n = b.count
        var tokens: [ProseToken] = []
        tokens.reserveCapacity(n / 5 + 8)
        let singleNewlineBreaks = !hasBlankLine(b)
        var i = 0
        var scalar = 0
        var paragraph: Int32 = 0
        var space = true
        var newlines = 0
        var seenToken = false
        while i < n {
            let c = b[i]
            // Whitespace.
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                if c == 0x0A { newlines += 1 }
                space = true
                i += 1
                scalar += 1
                continue
            }
            if c == 0xC2, i + 1 < n, b[i + 1] == 0xA0 {
                space = true
                i += 2
                scalar += 1
                continue
            }
            if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] <= 0x8B || b[i + 2] == 0xAF || b[i + 2] == 0xA8 || b[i + 2] == 0xA9 {
                if b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { newlines += 1 }
                space = true
                i += 3
                scalar += 1
                continue
            }
            if newlines > 0 {
                if seenToken && (newlines >= 2 || singleNewlineBreaks) { paragraph += 1 }
                newlines = 0
            }
            if space, !tokens.isEmpty { tokens[tokens.count - 1].spaceAfter = true }
            let startByte = i
            let startScalar = scalar
            var kind = ProseTokenKind.punct
            var shape = QuoteShape.straight
            var capitalized = false
            if isLetterStart(b, i) {
                kind = .word
                capitalized = isUpperStart(b, i)
                var segment = 0
                var sawPeriod = false
                while i < n {
                    let d = b[i]
                    if isLetterStart(b, i) || (d >= 0x30 && d <= 0x39) {
                        let len = scalarLength(d)
                        i += len
                        scalar += 1
                        segment += 1
                        continue
                    }
                    if d == 0x2D, i + 1 < n, isWordByte(b, i + 1) {  // inner hyphen
                        i += 1; scalar += 1; segment = 0
                        continue
                    }
                    if d == 0x2E, segment == 1 {  // U.S. / e.g.
                        if i + 1 < n, isLetterStart(b, i + 1) {
                            i += 1; scalar += 1; segment = 0; sawPeriod = true
                            continue
                        }
                        if sawPeriod { i += 1; scalar += 1 }
                        break
                    }
                    let apostrophe = d == 0x27 ? 1 : (d == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x99 ? 3 : 0)
                    if apostrophe > 0, i + apostrophe < n, isLetterStart(b, i + apostrophe) {
                        let next = i + apostrophe
                        let isClitic = (b[next] == 0x73 || b[next] == 0x53) && (next + 1 >= n || !isWordByte(b, next + 1))
                        if isClitic { break }
                        i = next; scalar += 1; segment = 0
                        continue
                    }
                    break
                }
            } else if c >= 0x30 && c <= 0x39 {
                kind = .number
                while i < n {
                    let d = b[i]
                    if d >= 0x30 && d <= 0x39 { i += 1; scalar += 1; continue }
                    if (d == 0x2C || d == 0x2E), i + 1 < n, b[i + 1] >= 0x30 && b[i + 1] <= 0x39 { i += 1; scalar += 1; continue }
                    break
                }
            } else if let (len, markShape) = quoteMark(b, i) {
                kind = .quote
                shape = markShape
                scalar += c < 0x80 ? len : 1  // '' is two scalars, “ is one
                i += len
            } else if let len = clitic(b, i, after: tokens.last) {
                kind = .possessive
                i += len
                scalar += 2
            } else {
                let len = scalarLength(c)
                i += min(len, n - i)
                scalar += 1
            }
            let end = i
            let key = ProseHash.key(b, startByte, end)
            tokens.append(ProseToken(kind: kind, byteStart: Int32(startByte), byteEnd: Int32(end), start: Int32(startScalar),
                                     end: Int32(scalar), key: key, paragraph: paragraph, sentence: 0, capitalized: capitalized,
                                     spaceBefore: space, spaceAfter: false, shape: shape, firstByte: c))
            space = false
            seenToken = true
        }
        if !tokens.isEmpty { tokens[tokens.count - 1].spaceAfter = true }
        assignSentences(&tokens)
        return tokens
    }

    /// Numbers sentences: a new one after a terminator followed by a capitalised start, and at each paragraph.
    static func assignSentences(_ tokens: inout [ProseToken]) {
        var sentence: Int32 = 0
        var i = 0
        let count = tokens.count
        while i < count {
            if i > 0, tokens[i].paragraph != tokens[i - 1].paragraph { sentence += 1 }
            tokens[i].sentence = sentence
            let t = tokens[i]
            let isTerminator = t.kind == .punct && (t.firstByte == 0x2E || t.firstByte == 0x21 || t.firstByte == 0x3F
                || t.key == ellipsisKey)
            if isTerminator {
                if t.firstByte == 0x2E, i > 0, !t.spaceBefore {
                    let previous = tokens[i - 1]
                    if previous.kind == .word && (abbreviations.contains(previous.key)
                        || (previous.byteEnd - previous.byteStart == 1 && previous.capitalized)) {
                        i += 1
                        continue
                    }
                }
                // Attach closing marks and brackets that follow without a space.
                var j = i + 1
                while j < count, !tokens[j].spaceBefore, tokens[j].paragraph == t.paragraph,
                      (tokens[j].kind == .quote && tokens[j].shape != .opening) || tokens[j].firstByte == 0x29 {
                    tokens[j].sentence = sentence
                    j += 1
                }
                if j < count, tokens[j].spaceBefore, tokens[j].paragraph == t.paragraph, startsSentence(tokens[j]) {
                    sentence += 1
                }
                i = j
                continue
            }
            i += 1
        }
    }

    /// The key of `…`.
    static let ellipsisKey = ProseHash.key("…")

    /// True when a token can begin a sentence.
    static func startsSentence(_ t: ProseToken) -> Bool {
        t.capitalized || t.kind == .quote || t.kind == .number || t.firstByte == 0x28
    }

    /// True when the text has at least one blank line.
    static func hasBlankLine(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var lastNewline = -10
        var onlySpace = false
        for i in 0..<b.count {
            let c = b[i]
            if c == 0x0A {
                if onlySpace && lastNewline >= 0 { return true }
                lastNewline = i
                onlySpace = true
            } else if c != 0x20 && c != 0x09 && c != 0x0D {
                onlySpace = false
            }
        }
        return false
    }

    /// The byte length of the scalar starting with `lead`.
    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// True when the scalar at `i` is a letter (ASCII letter or a non-punctuation non-ASCII scalar).
    @inline(__always) static func isLetterStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        if c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF { return false }
        if c == 0xC3, i + 1 < b.count, b[i + 1] == 0x97 || b[i + 1] == 0xB7 { return false }
        return c >= 0xC3
    }

    /// True when the scalar at `i` is a letter or digit.
    @inline(__always) static func isWordByte(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        (b[i] >= 0x30 && b[i] <= 0x39) || isLetterStart(b, i)
    }

    /// True when the scalar at `i` is an upper-case letter (ASCII, Latin-1, Greek or Cyrillic capitals).
    @inline(__always) static func isUpperStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return c >= 0x41 && c <= 0x5A }
        guard i + 1 < b.count else { return false }
        let d = b[i + 1]
        if c == 0xC3 { return d >= 0x80 && d <= 0x9E }
        if c == 0xD0 { return d >= 0x80 && d <= 0xAF }
        if c == 0xC4 || c == 0xC5 { return d % 2 == 0 }
        return false
    }

    /// The length and shape of a double quotation mark at `i`, if there is one.
    @inline(__always) static func quoteMark(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, QuoteShape)? {
        let c = b[i]
        if c == 0x22 { return (1, .straight) }
        if c == 0x27 || c == 0x60, i + 1 < b.count, b[i + 1] == c { return (2, c == 0x60 ? .opening : .straight) }  // '' and ``
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 {
            switch b[i + 2] {
            case 0x9C, 0x9E: return (3, .opening)
            case 0x9D: return (3, .closing)
            default: return nil
            }
        }
        if c == 0xC2, i + 1 < b.count {
            if b[i + 1] == 0xAB { return (2, .opening) }
            if b[i + 1] == 0xBB { return (2, .closing) }
        }
        return nil
    }

    /// The byte length of a possessive `'s`/`’s` right after a word, if one starts at `i`.
    @inline(__always) static func clitic(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, after previous: ProseToken?) -> Int? {
        guard let previous, previous.kind == .word, previous.byteEnd == Int32(i) else { return nil }
        let len = b[i] == 0x27 ? 1 : (b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x99 ? 3 : 0)
        guard len > 0, i + len < b.count, b[i + len] == 0x73 || b[i + len] == 0x53 else { return nil }
        if i + len + 1 < b.count, isWordByte(b, i + len + 1) { return nil }
        return len + 1
    }
}
