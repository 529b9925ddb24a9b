/// A byte-level tokenizer for the entity recogniser: words (with `U.S.`-style periods and inner hyphens and
/// apostrophes, the possessive `’s` split off), numbers and single punctuation marks, with shape flags and
/// sentence starts.
///
/// It does not depend on the text stage's tokens, so entities work with or without them; when the text
/// stage supplies sentences, their starts are used as sentence boundaries.
struct EntityTokenizer: Sendable {
    /// Abbreviations after which a period does not end a sentence.
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Capt", "Gov", "Sen", "Rep", "Prof", "Jr", "Sr",
        "No", "vs", "Inc", "Co", "Corp", "Ltd", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov",
        "Dec", "Adm", "Maj", "Rev", "Mt", "Ft", "Brig", "Cmdr", "Lt.-Gen", "Messrs",
    ]

    /// Classes of ASCII bytes: 0 space, 1 letter, 2 digit, 3 punctuation.
    static let asciiClasses: [UInt8] = (0..<128).map { (c: Int) -> UInt8 in
        if c == 32 || c == 9 || c == 10 || c == 13 || c == 12 || c == 11 { return 0 }
        if (c >= 65 && c <= 90) || (c >= 97 && c <= 122) { return 1 }
        if c >= 48 && c <= 57 { return 2 }
        return 3
    }

    /// Letters and digits inside a word, by byte: 1 ASCII upper-case letter, 2 ASCII lower-case letter, 4 ASCII
    /// digit, 0 anything else (spaces, punctuation and every byte of a multi-byte character).
    static let wordBytes: [UInt8] = (0..<256).map { (c: Int) -> UInt8 in
        if c >= 65 && c <= 90 { return 1 }
        if c >= 97 && c <= 122 { return 2 }
        if c >= 48 && c <= 57 { return 4 }
        return 0
    }

    /// Tokenizes `bytes`; `sentenceStarts` (scalar offsets, ascending) override the built-in sentence detection.
    static func tokenize(_ bytes: [UInt8], sentenceStarts: [Int]? = nil) -> [EntityToken] {
        bytes.withUnsafeBufferPointer { buffer in
            var tokens = scan(buffer)
            markSentences(&tokens, bytes: buffer, sentenceStarts: sentenceStarts)
            return tokens
        }
    }

    /// The tokens of `bytes` with their shape flags, before sentences are marked (no bounds checks: every
    /// index is tested against `n` first).
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [EntityToken] {
        wordBytes.withUnsafeBufferPointer { scan(bytes, wordBytes: $0) }
    }

    /// `scan(_:)` with the `wordBytes` table as a buffer (256 entries: a byte indexes it with no bounds check).
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, wordBytes: UnsafeBufferPointer<UInt8>) -> [EntityToken] {
        var tokens: [EntityToken] = []
        tokens.reserveCapacity(bytes.count / 3 + 16)
        let asciiClasses = EntityTokenizer.asciiClasses
        let n = bytes.count
        var i = 0
        var scalar = 0
        var newlineBefore = true
        @inline(__always) func isCont(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
        @inline(__always) func decode(_ at: Int) -> (UInt32, Int) {
            let b0 = bytes[at]
            if b0 < 0x80 { return (UInt32(b0), 1) }
            if b0 < 0xE0, at + 1 < n { return (UInt32(b0 & 0x1F) << 6 | UInt32(bytes[at + 1] & 0x3F), 2) }
            if b0 < 0xF0, at + 2 < n {
                return (UInt32(b0 & 0x0F) << 12 | UInt32(bytes[at + 1] & 0x3F) << 6 | UInt32(bytes[at + 2] & 0x3F), 3)
            }
            if at + 3 < n {
                return (UInt32(b0 & 0x07) << 18 | UInt32(bytes[at + 1] & 0x3F) << 12 | UInt32(bytes[at + 2] & 0x3F) << 6
                        | UInt32(bytes[at + 3] & 0x3F), 4)
            }
            return (0xFFFD, 1)
        }
        /// 0 space, 1 letter, 2 digit, 3 punctuation.
        @inline(__always) func classify(_ c: UInt32) -> Int {
            if c < 0x80 { return Int(asciiClasses[Int(c)]) }
            if c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000 { return 0 }
            if (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2010 && c <= 0x2BFF) || (c >= 0x3001 && c <= 0x303F) {
                return 3
            }
            if c >= 0x1F000 { return 3 }
            return 1
        }
        @inline(__always) func isUpper(_ c: UInt32) -> Bool {
            if c < 0x80 { return c >= 65 && c <= 90 }
            if c >= 0xC0 && c <= 0xDE { return c != 0xD7 }
            if c >= 0x100 && c <= 0x17F { return c & 1 == 0 }
            if c >= 0x391 && c <= 0x3A9 { return true }
            if c >= 0x400 && c <= 0x42F { return true }
            return false
        }
        while i < n {
            // Plain ASCII spaces are skipped without decoding.
            let b0 = bytes[i]
            if b0 < 0x80, asciiClasses[Int(b0)] == 0 {
                if b0 == 10 { newlineBefore = true }
                i += 1
                scalar += 1
                continue
            }
            let (c, len) = decode(i)
            let cls = classify(c)
            if cls == 0 {
                if c == 10 { newlineBefore = true }
                i += len
                scalar += 1
                continue
            }
            let startByte = i
            let startScalar = scalar
            var flags = EntityToken.Flags(rawValue: 0)
            if newlineBefore { flags.insert(.lineStart) }
            newlineBefore = false
            if cls == 3 {
                // Possessive 's / ’s after a word is its own token.
                if (c == 39 || c == 0x2019), i + len < n, bytes[i + len] == 115 || bytes[i + len] == 83,
                   !tokens.isEmpty, tokens[tokens.count - 1].byteEnd == i,
                   i + len + 1 >= n || classify(decode(i + len + 1).0) != 1 {
                    i += len + 1
                    scalar += 2
                    flags.insert(.word)
                    tokens.append(EntityToken(byteStart: startByte, byteEnd: i, start: startScalar, end: scalar, flags: flags))
                    continue
                }
                i += len
                scalar += 1
                flags.insert(.punctuation)
                tokens.append(EntityToken(byteStart: startByte, byteEnd: i, start: startScalar, end: scalar, flags: flags))
                continue
            }
            if cls == 1 {
                flags.insert(.word)
                if isUpper(c) { flags.insert(.capitalized) } else if c >= 97 && c <= 122 || c >= 0xDF { flags.insert(.lowercase) }
            } else {
                flags.insert(.number)
            }
            var upper = 0, lower = 0
            var hasPeriod = false
            var lastSegment = 0
            // Only tokens with a non-ASCII byte need their scalars counted one by one.
            var ascii = len == 1
            var j = i
            while j < n {
                // ASCII letters and digits: no decoding, one table read.
                let b = bytes[j]
                let w = wordBytes[Int(b)]
                if w != 0 {
                    upper &+= Int(w & 1)
                    lower &+= Int((w >> 1) & 1)
                    lastSegment &+= 1
                    j &+= 1
                    continue
                }
                if b >= 0x80 { ascii = false }
                let (d, dl) = decode(j)
                let k = classify(d)
                if k == 1 || k == 2 {
                    if d < 0x80 {
                        if d >= 65 && d <= 90 { upper += 1 } else if d >= 97 && d <= 122 { lower += 1 }
                    } else if isUpper(d) { upper += 1 } else { lower += 1 }
                    lastSegment += 1
                    j += dl
                    continue
                }
                if k == 0 { break }
                // Inner punctuation: hyphen, period, apostrophe, ampersand, comma/period in numbers.
                let nextIndex = j + dl
                guard nextIndex < n else { break }
                let (e, _) = decode(nextIndex)
                let nk = classify(e)
                if d == 45 || d == 38 || d == 0x2011 {
                    if nk == 1 || nk == 2 { j = nextIndex; lastSegment = 0; continue }
                    break
                }
                if d == 46 {
                    if nk == 1, flags.contains(.word), lastSegment <= 2 || hasPeriod {
                        hasPeriod = true
                        j = nextIndex
                        lastSegment = 0
                        continue
                    }
                    if nk == 2, flags.contains(.number) { j = nextIndex; continue }
                    break
                }
                if d == 44, flags.contains(.number), nk == 2 { j = nextIndex; continue }
                if d == 39 || d == 0x2019 {
                    // Possessive: stop before it.
                    if e == 115 || e == 83 {
                        let after = nextIndex + 1
                        if after >= n || classify(decode(after).0) != 1 { break }
                    }
                    if nk == 1 { j = nextIndex; lastSegment = 0; continue }
                    break
                }
                break
            }
            // "U.S." keeps its final period; so does an initial ("P. Simmons").
            if hasPeriod, lastSegment == 1, j < n, bytes[j] == 46 { j += 1 }
            if !hasPeriod, j == i + 1, c >= 65, c <= 90, j + 1 < n, bytes[j] == 46, bytes[j + 1] == 32 || bytes[j + 1] == 10 {
                j += 1
                flags.insert(.initial)
            }
            // Scalars in [i, j).
            var count = j - i
            if !ascii {
                count = 0
                var p = i
                while p < j { if !isCont(bytes[p]) { count += 1 }; p += 1 }
            }
            i = j
            scalar += count
            if flags.contains(.word), upper >= 2, lower == 0 { flags.insert(.allCaps) }
            tokens.append(EntityToken(byteStart: startByte, byteEnd: i, start: startScalar, end: scalar, flags: flags))
        }
        return tokens
    }

    /// True for an em dash, an en dash or `--`.
    private static func isDash(_ token: EntityToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = token.byteStart
        switch token.byteEnd - s {
        case 3: return bytes[s] == 0xE2 && bytes[s + 1] == 0x80 && (bytes[s + 2] == 0x94 || bytes[s + 2] == 0x93)
        case 2: return bytes[s] == 45 && bytes[s + 1] == 45
        default: return false
        }
    }

    /// True when a word has no lowercase ASCII letter (a dateline word like `WASHINGTON`).
    private static func isUppercase(_ token: EntityToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for k in token.byteStart..<token.byteEnd where bytes[k] >= 97 && bytes[k] <= 122 { return false }
        return true
    }

    /// Assigns sentence indices and sentence-start flags.
    private static func markSentences(_ tokens: inout [EntityToken], bytes: UnsafeBufferPointer<UInt8>, sentenceStarts: [Int]?) {
        // Over the token buffer itself: no uniqueness or bounds checks per token.
        tokens.withUnsafeMutableBufferPointer { tokens in
            var sentence: Int32 = 0
            var pendingStart = true
            var datelineSoFar = true
            var nextBoundary = 0
            for t in tokens.indices {
                var boundary = false
                if let starts = sentenceStarts {
                    while nextBoundary < starts.count, starts[nextBoundary] <= tokens[t].start {
                        if t > 0 { boundary = true }
                        nextBoundary += 1
                    }
                } else if t > 0 {
                    let prev = tokens[t - 1]
                    if tokens[t].has(.lineStart) {
                        boundary = true
                    } else if prev.has(.punctuation), prev.byteEnd - prev.byteStart == 1 {
                        let b = bytes[prev.byteStart]
                        if b == 33 || b == 63 { boundary = true }
                        if b == 46 {
                            boundary = true
                            if t >= 2, tokens[t - 2].byteEnd == prev.byteStart, tokens[t - 2].has(.word) {
                                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[t - 2].byteStart..<tokens[t - 2].byteEnd]), as: UTF8.self)
                                if abbreviations.contains(word) { boundary = false }
                            }
                        }
                    }
                }
                if boundary {
                    sentence += 1
                    pendingStart = true
                    datelineSoFar = true
                }
                tokens[t].sentence = sentence
                // A dateline ("WASHINGTON —", "KYIV, Ukraine —") ends at its dash: the next word starts the sentence.
                if datelineSoFar, t > 0, !pendingStart, isDash(tokens[t], bytes) { pendingStart = true; datelineSoFar = false }
                if datelineSoFar, tokens[t].has(.word), !pendingStart, !isUppercase(tokens[t], bytes) { datelineSoFar = false }
                if pendingStart, tokens[t].has(.word) || tokens[t].has(.number) {
                    tokens[t].flags.insert(.sentenceStart)
                    pendingStart = false
                    if !isUppercase(tokens[t], bytes) { datelineSoFar = false }
                }
            }
        }
    }
}
