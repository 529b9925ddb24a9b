#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// For each byte: the case-folded byte when it is an ASCII letter or digit (what a word's key hashes), else 0.
    static let wordFold: [UInt8] = (0..<256).map { byte in
        let b = UInt8(byte)
        if b >= 0x41 && b <= 0x5A { return b | 0x20 }
        if b >= 0x61 && b <= 0x7A || b >= 0x30 && b <= 0x39 { return b }
        return 0
    }

    /// Lexes `bytes` into tokens.
    static func lex(_ bytes: [UInt8]) -> [ProseToken] {
        bytes.withUnsafeBufferPointer { buffer in
            wordFold.withUnsafeBufferPointer { fold in lex(buffer: buffer, fold: fold) }
        }
    }

    /// Lexes a byte buffer into tokens; `fold` is `wordFold`.
    static func lex(buffer b: UnsafeBufferPointer<UInt8>, fold: UnsafeBufferPointer<UInt8>) -> [ProseToken] {
        guard let base = b.baseAddress else { return [] }
        let n = b.count
        var tokens: [ProseToken] = []
        tokens.reserveCapacity(n / 5 + 8)
        let lexicon = TokenLexicon.table
        let singleNewlineBreaks = !hasBlankLine(b)
        var i = 0
        var scalar = 0
        var paragraph: Int32 = 0
        var space = true
        var newlines = 0
        var seenToken = false
        var lastWordEnd = -1  // byte end of the previous token when it is a word (for the possessive clitic)
        while i < n {
            let c = base[i]
            // Whitespace.
            if c == 0x20 || c < 0x20 && (c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C) {
                if c == 0x0A { newlines &+= 1 }
                space = true
                i &+= 1
                scalar &+= 1
                continue
            }
            if c >= 0x80, let length = wideSpace(b, i) {
                if length == 4 { newlines &+= 1 }
                space = true
                i &+= min(length, 3)
                scalar &+= 1
                continue
            }
            if newlines > 0 {
                if seenToken && (newlines >= 2 || singleNewlineBreaks) { paragraph &+= 1 }
                newlines = 0
            }
            let startByte = i
            let startScalar = scalar
            var kind = ProseTokenKind.punct
            var shape = QuoteShape.straight
            var capitalized = false
            var key = ProseHash.basis
            var flags: UInt8 = 0
            if c < 0x80 ? (c | 0x20) &- 0x61 < 26 : isLetterStart(b, i) {
                kind = .word
                capitalized = c < 0x80 ? c < 0x61 : isUpperStart(b, i)
                let word = scanWord(b, fold: fold, from: i)
                key = word.key
                i = word.end
                scalar &+= word.scalars
                flags = lexicon[key] ?? 0
            } else if c &- 0x30 < 10 {
                kind = .number
                while i < n {
                    let d = base[i]
                    if d &- 0x30 < 10 || (d == 0x2C || d == 0x2E) && i + 1 < n && base[i + 1] &- 0x30 < 10 {
                        key = (key ^ UInt64(d)) &* ProseHash.prime
                        i &+= 1
                        scalar &+= 1
                        continue
                    }
                    break
                }
            } else if let (len, markShape) = quoteMark(b, i) {
                kind = .quote
                shape = markShape
                scalar &+= c < 0x80 ? len : 1  // '' is two scalars, “ is one
                i &+= len
                key = ProseHash.key(b, startByte, i)
            } else if lastWordEnd == i, let len = clitic(b, i) {
                kind = .possessive
                i &+= len
                scalar &+= 2
                key = ProseHash.key(b, startByte, i)
            } else {
                i &+= min(scalarLength(c), n - i)
                scalar &+= 1
                key = ProseHash.key(b, startByte, i)
            }
            tokens.append(ProseToken(kind: kind, byteStart: Int32(truncatingIfNeeded: startByte), byteEnd: Int32(truncatingIfNeeded: i),
                                     start: Int32(truncatingIfNeeded: startScalar), end: Int32(truncatingIfNeeded: scalar), key: key,
                                     paragraph: paragraph, sentence: 0, capitalized: capitalized, spaceBefore: space, spaceAfter: false,
                                     shape: shape, firstByte: c, lexicon: flags))
            lastWordEnd = kind == .word ? i : -1
            space = false
            seenToken = true
        }
        let abbreviations = self.abbreviations
        let ellipsisKey = self.ellipsisKey
        tokens.withUnsafeMutableBufferPointer { t in
            // Whitespace after a token is whitespace before the next one (or the end of the text).
            for k in t.indices { t[k].spaceAfter = k + 1 == t.count || t[k + 1].spaceBefore }
            assignSentences(t, abbreviations: abbreviations, ellipsisKey: ellipsisKey)
        }
        return tokens
    }

    /// A word as scanned: its key, where it ends in bytes and how many scalars it has.
    struct ScannedWord {
        /// `ProseHash.key` of the word's bytes.
        var key: UInt64
        /// The byte offset after the word.
        var end: Int
        /// The number of Unicode scalars in the word.
        var scalars: Int
    }

    /// Scans the word that starts at byte `start` (a letter); `fold` is `wordFold`.
    ///
    /// A word is letters and digits with inner hyphens, inner apostrophes (but not a possessive `'s`) and the periods
    /// of single-letter segments (`U.S.`, `e.g.`). The key is computed on the way.
    @inline(__always) static func scanWord(_ b: UnsafeBufferPointer<UInt8>, fold: UnsafeBufferPointer<UInt8>, from start: Int) -> ScannedWord {
        let base = b.baseAddress!
        let folds = fold.baseAddress!
        let n = b.count
        let prime = ProseHash.prime
        var key = ProseHash.basis
        var i = start
        var scalars = 0
        var segment = 0
        var sawPeriod = false
        while i < n {
            // ASCII letters and digits, the common case: a pointer loop with one table load per byte.
            let runStart = i
            var p = base + i
            let stop = base + n
            while p < stop {
                let folded = folds[Int(p.pointee)]
                if folded == 0 { break }
                key = (key ^ UInt64(folded)) &* prime
                p += 1
            }
            i = p - base
            scalars &+= i &- runStart
            segment &+= i &- runStart
            guard i < n else { break }
            let d = base[i]
            if d >= 0x80, isLetterStart(b, i) {
                let end = min(i + scalarLength(d), n)
                while i < end {
                    key = (key ^ UInt64(base[i])) &* prime
                    i &+= 1
                }
                scalars &+= 1
                segment &+= 1
                continue
            }
            if d == 0x2D, i + 1 < n, isWordByte(b, i + 1) {  // inner hyphen
                key = (key ^ 0x2D) &* prime
                i &+= 1; scalars &+= 1; segment = 0
                continue
            }
            if d == 0x2E, segment == 1 {  // U.S. / e.g.
                if i + 1 < n, isLetterStart(b, i + 1) {
                    key = (key ^ 0x2E) &* prime
                    i &+= 1; scalars &+= 1; segment = 0; sawPeriod = true
                    continue
                }
                if sawPeriod {
                    key = (key ^ 0x2E) &* prime
                    i &+= 1; scalars &+= 1
                }
                break
            }
            let apostrophe = d == 0x27 ? 1 : (d == 0xE2 && i + 2 < n && base[i + 1] == 0x80 && base[i + 2] == 0x99 ? 3 : 0)
            if apostrophe > 0, i + apostrophe < n, isLetterStart(b, i + apostrophe) {
                let next = i + apostrophe
                let isClitic = (base[next] == 0x73 || base[next] == 0x53) && (next + 1 >= n || !isWordByte(b, next + 1))
                if isClitic { break }
                key = (key ^ 0x27) &* prime  // `’` folds to `'`
                i = next; scalars &+= 1; segment = 0
                continue
            }
            break
        }
        return ScannedWord(key: key, end: i, scalars: scalars)
    }

    /// The byte length of a non-ASCII space at `i` (no-break space, the spaces and zero-width marks of U+2000–U+200B,
    /// U+202F), or 4 for the line and paragraph separators U+2028/U+2029 (three bytes that count as a line break).
    @inline(__always) static func wideSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let c = b[i]
        if c == 0xC2 { return i + 1 < b.count && b[i + 1] == 0xA0 ? 2 : nil }
        guard c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 else { return nil }
        let third = b[i + 2]
        if third == 0xA8 || third == 0xA9 { return 4 }
        return third <= 0x8B || third == 0xAF ? 3 : nil
    }

    /// Numbers sentences: a new one after a terminator followed by a capitalised start, and at each paragraph.
    static func assignSentences(_ tokens: UnsafeMutableBufferPointer<ProseToken>, abbreviations: KeySet, ellipsisKey: UInt64) {
        let count = tokens.count
        var sentence: Int32 = 0
        var i = 0
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

    /// True when the text has at least one blank line (two line breaks with only spaces, tabs or CRs between them).
    static func hasBlankLine(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return false }
        let n = b.count
        var previous = -1
        var i = 0
        while i < n, let found = memchr(base + i, 0x0A, n - i) {
            let k = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if previous >= 0 {
                var j = previous + 1
                while j < k, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0D { j += 1 }
                if j == k { return true }
            }
            previous = k
            i = k + 1
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

    /// The byte length of a possessive `'s`/`’s` at `i`, right after a word that ends at `i`, if there is one.
    @inline(__always) static func clitic(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let len = b[i] == 0x27 ? 1 : (b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x99 ? 3 : 0)
        guard len > 0, i + len < b.count, b[i + len] == 0x73 || b[i + len] == 0x53 else { return nil }
        if i + len + 1 < b.count, isWordByte(b, i + len + 1) { return nil }
        return len + 1
    }
}
