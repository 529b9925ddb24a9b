/// Pass one of segmentation: one forward scan over UTF-8 bytes that yields tokens with scalar and byte spans.
///
/// Words are letters with inner apostrophes (`Russia’s`, `don't`), inner hyphens (`pro-Russian`,
/// `COVID-19`) and inner periods of short segments (`U.S.`, `a.m.`, `Ph.D.`); a known abbreviation
/// (`Gen.`, `Jan.`), a single capital initial (`J.`) or a dotted abbreviation keeps its final period.
/// Numbers are digits with thousands separators (`100,000`), decimals (`2.5`), clock times (`10:30`)
/// and ordinal or decade suffixes (`21st`, `1990s`). Every punctuation mark is its own token except runs
/// of periods (`...`) and of hyphens (`--`); symbols (`$`, `%`, `©`, emoji with their modifiers) are one
/// token each.
struct TokenScanner {
    /// The document bytes (valid UTF-8).
    let bytes: UnsafeBufferPointer<UInt8>
    /// The tokens found so far.
    private(set) var tokens: [Token] = []
    /// Whether some paragraph contains a single line break (a possible heading line).
    private(set) var hasInnerLineBreak = false

    private var index = 0
    private var scalar = 0
    private var pending: UInt8 = TokenInfo.paragraphBefore | TokenInfo.lineBefore | TokenInfo.spaceBefore
    private var lineBreaks = 0

    /// Creates a scanner over `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // About one token per 5 bytes of news text; very large texts grow the array as they go.
        tokens.reserveCapacity(min(bytes.count / 4 + 8, 1 << 20))
    }

    /// Scans the whole text.
    ///
    /// Spaces and plain ASCII words (ended by whitespace or punctuation other than `'`, `-`, `.`) take an
    /// inline fast path on local copies of the scan state; everything else goes through the helpers below.
    mutating func scan() {
        let end = bytes.count
        guard let base = bytes.baseAddress else { return }
        var index = self.index
        var scalar = self.scalar
        var pending = self.pending
        var lineBreaks = self.lineBreaks
        while index < end {
            let byte = base[index]
            if byte == 0x20 {
                index += 1
                scalar += 1
                pending |= TokenInfo.spaceBefore
                continue
            }
            if (byte | 0x20) &- 0x61 < 26 {
                var position = index + 1
                while position < end, (base[position] | 0x20) &- 0x61 < 26 { position += 1 }
                let next: UInt8 = position < end ? base[position] : 0x20
                if next < 0x80, next != 0x27, next != 0x2D, next != 0x2E, next &- 0x30 >= 10 {
                    let length = position - index
                    if pending & (TokenInfo.lineBefore | TokenInfo.paragraphBefore) == TokenInfo.lineBefore, !tokens.isEmpty {
                        hasInnerLineBreak = true
                    }
                    var token = Token(start: scalar, end: scalar + length, byteStart: index, byteEnd: position, kind: .word)
                    token.info = TokenInfo(flags: pending | (byte < 0x61 ? TokenInfo.upper : TokenInfo.lower),
                                           mark: .none, abbreviation: .none)
                    tokens.append(token)
                    pending = 0
                    lineBreaks = 0
                    index = position
                    scalar += length
                    continue
                }
            }
            self.index = index
            self.scalar = scalar
            self.pending = pending
            self.lineBreaks = lineBreaks
            if byte < 0x80 {
                scanASCII(byte)
            } else {
                let (value, length) = decode(at: index)
                scanScalar(value, length: length)
            }
            index = self.index
            scalar = self.scalar
            pending = self.pending
            lineBreaks = self.lineBreaks
        }
        self.index = index
        self.scalar = scalar
        self.pending = pending
        self.lineBreaks = lineBreaks
    }

    // MARK: - Dispatch

    private mutating func scanASCII(_ byte: UInt8) {
        switch byte {
        case 0x61...0x7A: scanWord(caseFlag: TokenInfo.lower)
        case 0x41...0x5A: scanWord(caseFlag: TokenInfo.upper)
        case 0x30...0x39: scanNumber()
        case 0x20, 0x09: skipSpace(length: 1)
        case 0x0A, 0x0B, 0x0C: lineBreak(length: 1)
        case 0x0D:
            if index + 1 < bytes.count, bytes[index + 1] == 0x0A { skipSpace(length: 1) } else { lineBreak(length: 1) }
        case 0x00...0x1F, 0x7F: skipSpace(length: 1)
        case 0x2E: scanRun(of: 0x2E, single: .period, run: .ellipsis)
        case 0x2D: scanRun(of: 0x2D, single: pending & TokenInfo.lineBefore != 0 ? .bullet : .hyphen, run: .dash)
        case 0x2C: emitMark(.comma)
        case 0x3B: emitMark(.semicolon)
        case 0x3A: emitMark(.colon)
        case 0x3F: emitMark(.question)
        case 0x21: emitMark(.exclamation)
        case 0x28, 0x5B, 0x7B: emitMark(.openBracket)
        case 0x29, 0x5D, 0x7D: emitMark(.closeBracket)
        case 0x22: emitMark(.straightDouble)
        case 0x27:
            // `''` is a double quote in wire and TeX-style text.
            if index + 1 < bytes.count, bytes[index + 1] == 0x27 { emitPair(.straightDouble) } else { emitMark(.straightSingle) }
        case 0x60:
            if index + 1 < bytes.count, bytes[index + 1] == 0x60 { emitPair(.openDouble) } else { emitMark(.openSingle) }
        case 0x2F: scanSymbol(length: 1, mark: .slash)
        case 0x2A: scanSymbol(length: 1, mark: pending & TokenInfo.lineBefore != 0 ? .bullet : .other)
        default: scanSymbol(length: 1, mark: .other)
        }
    }

    private mutating func scanScalar(_ value: UInt32, length: Int) {
        switch ScalarClass.of(value) {
        case .space: skipSpace(length: length)
        case .newline: lineBreak(length: length)
        case .paragraphSeparator:
            lineBreaks = 2
            pending |= TokenInfo.spaceBefore | TokenInfo.lineBefore | TokenInfo.paragraphBefore
            index += length
            scalar += 1
        case .upper: scanWord(caseFlag: TokenInfo.upper)
        case .lower, .digit: scanWord(caseFlag: TokenInfo.lower)
        case .ignorable:
            index += length
            scalar += 1
        case .combining, .extender:
            if pending == 0, !tokens.isEmpty {
                index += length
                scalar += 1
                tokens[tokens.count - 1].byteEnd = index
                tokens[tokens.count - 1].end = scalar
            } else {
                scanSymbol(length: length, mark: .other)
            }
        case .punctuation:
            let byteStart = index, scalarStart = scalar
            index += length
            scalar += 1
            emit(.punctuation, byteStart: byteStart, scalarStart: scalarStart, mark: ScalarClass.mark(value))
        case .symbol:
            scanSymbol(length: length, mark: ScalarClass.mark(value), regional: ScalarClass.isRegionalIndicator(value))
        }
    }

    // MARK: - Whitespace

    @inline(__always)
    private mutating func skipSpace(length: Int) {
        index += length
        scalar += 1
        pending |= TokenInfo.spaceBefore
    }

    private mutating func lineBreak(length: Int) {
        index += length
        scalar += 1
        lineBreaks += 1
        pending |= TokenInfo.spaceBefore | TokenInfo.lineBefore
        if lineBreaks >= 2 { pending |= TokenInfo.paragraphBefore }
    }

    // MARK: - Tokens

    @inline(__always)
    private mutating func emit(_ kind: TokenKind, byteStart: Int, scalarStart: Int, mark: Mark = .none,
                               abbreviation: AbbreviationKind = .none, caseFlag: UInt8 = 0) {
        if pending & (TokenInfo.lineBefore | TokenInfo.paragraphBefore) == TokenInfo.lineBefore, !tokens.isEmpty {
            hasInnerLineBreak = true
        }
        var token = Token(start: scalarStart, end: scalar, byteStart: byteStart, byteEnd: index, kind: kind)
        token.info = TokenInfo(flags: pending | caseFlag, mark: mark, abbreviation: abbreviation)
        tokens.append(token)
        pending = 0
        lineBreaks = 0
    }

    private mutating func emitMark(_ mark: Mark) {
        let byteStart = index, scalarStart = scalar
        index += 1
        scalar += 1
        emit(.punctuation, byteStart: byteStart, scalarStart: scalarStart, mark: mark)
    }

    /// Two ASCII marks that make one quote (`` ` ` `` or `''`).
    private mutating func emitPair(_ mark: Mark) {
        let byteStart = index, scalarStart = scalar
        index += 2
        scalar += 2
        emit(.punctuation, byteStart: byteStart, scalarStart: scalarStart, mark: mark)
    }

    /// A run of one ASCII mark: `.` or `...`, `-` or `--`.
    private mutating func scanRun(of byte: UInt8, single: Mark, run: Mark) {
        let byteStart = index, scalarStart = scalar
        repeat {
            index += 1
            scalar += 1
        } while index < bytes.count && bytes[index] == byte
        emit(.punctuation, byteStart: byteStart, scalarStart: scalarStart, mark: index - byteStart > 1 ? run : single)
    }

    /// One symbol with any variation selectors, skin tones, keycaps and zero-width-joined parts.
    private mutating func scanSymbol(length: Int, mark: Mark, regional: Bool = false) {
        let byteStart = index, scalarStart = scalar
        index += length
        scalar += 1
        var joinNext = false
        var pairRegional = regional
        while index < bytes.count, bytes[index] >= 0x80 {
            let (value, length) = decode(at: index)
            let cls = ScalarClass.of(value)
            if joinNext, cls == .symbol {
                joinNext = false
            } else if pairRegional, ScalarClass.isRegionalIndicator(value) {
                pairRegional = false
            } else if cls == .extender || cls == .combining {
                joinNext = value == 0x200D
            } else {
                break
            }
            index += length
            scalar += 1
        }
        emit(.symbol, byteStart: byteStart, scalarStart: scalarStart, mark: mark)
    }

    // MARK: - Numbers

    private mutating func scanNumber() {
        let byteStart = index, scalarStart = scalar
        let end = bytes.count
        skipDigits()
        var usedClock = false
        while index < end {
            let byte = bytes[index]
            if byte == 0x2C, digitRun(from: index + 1) == 3 {
                index += 4
                scalar += 4
            } else if byte == 0x2E, digitRun(from: index + 1) > 0 {
                index += 1
                scalar += 1
                skipDigits()
            } else if byte == 0x3A, !usedClock, index - byteStart <= 2, digitRun(from: index + 1) == 2 {
                usedClock = true
                index += 3
                scalar += 3
            } else {
                break
            }
        }
        scanNumberSuffix()
        emit(.number, byteStart: byteStart, scalarStart: scalarStart)
    }

    /// `21st`, `2nd`, `3rd`, `4th`, `1990s`, `1990's`, `1990’s`.
    private mutating func scanNumberSuffix() {
        let end = bytes.count
        guard index < end else { return }
        let first = bytes[index]
        if first == 0x27 || first == 0xE2 {
            let apostrophe = first == 0x27 ? 1 : (index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 ? 3 : 0)
            if apostrophe > 0, index + apostrophe < end, bytes[index + apostrophe] == 0x73, !letterFollows(index + apostrophe + 1) {
                index += apostrophe + 1
                scalar += 2
            }
            return
        }
        var run = 0
        while index + run < end, bytes[index + run] >= 0x61, bytes[index + run] <= 0x7A, run < 3 { run += 1 }
        guard run > 0, run <= 2, !letterFollows(index + run) else { return }
        let a = bytes[index], b: UInt8 = run == 2 ? bytes[index + 1] : 0
        let isSuffix = (run == 1 && a == 0x73)
            || (run == 2 && ((a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)))
        if isSuffix {
            index += run
            scalar += run
        }
    }

    @inline(__always)
    private mutating func skipDigits() {
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            index += 1
            scalar += 1
        }
    }

    /// How many ASCII digits start at `position` (counting at most 4).
    @inline(__always)
    private func digitRun(from position: Int) -> Int {
        var run = 0
        while position + run < bytes.count, run < 4, bytes[position + run] >= 0x30, bytes[position + run] <= 0x39 { run += 1 }
        return run
    }

    // MARK: - Words

    private mutating func scanWord(caseFlag: UInt8) {
        let byteStart = index, scalarStart = scalar
        let end = bytes.count
        var segment = 0
        var plain = true
        var dottable = true
        var dotted = false
        var abbreviation = AbbreviationKind.none
        scanning: while index < end {
            // Fast path: a run of ASCII letters, counted in a local.
            var position = index
            while position < end, (bytes[position] | 0x20) &- 0x61 < 26 { position += 1 }
            if position > index {
                segment += position - index
                scalar += position - index
                index = position
                if index == end { break scanning }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                switch byte {
                case 0x30...0x39:
                    index += 1
                    scalar += 1
                    segment += 1
                    plain = false
                    dottable = false
                    continue scanning
                case 0x27:
                    guard letterFollows(index + 1) else { break scanning }
                    dottable = false
                case 0x2D:
                    guard letterOrDigitFollows(index + 1) else { break scanning }
                case 0x2E:
                    if dottable, segment <= 2, shortSegmentFollows(index + 1) {
                        dotted = true
                        segment = 0
                        index += 1
                        scalar += 1
                        continue scanning
                    }
                    let kind = dotted ? (segment <= 2 ? AbbreviationKind.ordinary : .none)
                        : (plain ? abbreviationKind(byteStart, index, upper: caseFlag == TokenInfo.upper) : .none)
                    guard kind != .none else { break scanning }
                    index += 1
                    scalar += 1
                    if index + 1 < end, bytes[index] == 0x2D, letterOrDigitFollows(index + 1) {
                        // `U.S.-led`: the hyphen is consumed below and the word goes on.
                        plain = false
                        dottable = false
                        dotted = false
                        break
                    }
                    abbreviation = kind
                    break scanning
                default:
                    break scanning
                }
                // An inner apostrophe or hyphen.
                index += 1
                scalar += 1
                segment = 0
                plain = false
                continue scanning
            }
            let (value, length) = decode(at: index)
            switch value {
            case 0x2019, 0x2BC:
                guard letterFollows(index + length) else { break scanning }
                segment = 0
            case 0x2010, 0x2011:
                guard letterOrDigitFollows(index + length) else { break scanning }
                segment = 0
            case 0xAD:
                break
            default:
                let cls = ScalarClass.of(value)
                guard cls == .upper || cls == .lower || cls == .combining else { break scanning }
                segment += 1
            }
            index += length
            scalar += 1
            plain = false
            dottable = false
        }
        emit(.word, byteStart: byteStart, scalarStart: scalarStart, abbreviation: abbreviation, caseFlag: caseFlag)
    }

    /// What kind of abbreviation the plain word `bytes[start..<periodIndex]` is, when a period follows it.
    private func abbreviationKind(_ start: Int, _ periodIndex: Int, upper: Bool) -> AbbreviationKind {
        let length = periodIndex - start
        if length == 1, upper { return .initial }
        let classes = Lexicon.classes(bytes, start, periodIndex)
        if classes.isEmpty { return .none }
        if classes.contains(.numericAbbreviation), digitAfterSpaces(periodIndex + 1) { return .numeric }
        if classes.contains(.titleAbbreviation), upper { return .title }
        if classes.contains(.ordinaryAbbreviation), upper || classes.contains(.lowercaseAbbreviation) { return .ordinary }
        return .none
    }

    /// Whether 1–2 ASCII letters and then a period start at `position` (the `S.` of `U.S.`).
    private func shortSegmentFollows(_ position: Int) -> Bool {
        var run = 0
        while position + run < bytes.count, run < 3, isASCIILetter(bytes[position + run]) { run += 1 }
        return run > 0 && run <= 2 && position + run < bytes.count && bytes[position + run] == 0x2E
    }

    private func digitAfterSpaces(_ position: Int) -> Bool {
        var position = position
        while position < bytes.count, bytes[position] == 0x20 { position += 1 }
        return position < bytes.count && bytes[position] >= 0x30 && bytes[position] <= 0x39
    }

    @inline(__always)
    private func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Whether a letter starts at `position`.
    private func letterFollows(_ position: Int) -> Bool {
        guard position < bytes.count else { return false }
        let byte = bytes[position]
        if byte < 0x80 { return isASCIILetter(byte) }
        let cls = ScalarClass.of(decode(at: position).value)
        return cls == .upper || cls == .lower
    }

    private func letterOrDigitFollows(_ position: Int) -> Bool {
        guard position < bytes.count else { return false }
        let byte = bytes[position]
        return (byte >= 0x30 && byte <= 0x39) || letterFollows(position)
    }

    // MARK: - UTF-8

    /// Decodes the scalar starting at `position` (the text is valid UTF-8).
    @inline(__always)
    private func decode(at position: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[position])
        if b0 < 0xE0 {
            return ((b0 & 0x1F) << 6 | UInt32(bytes[position + 1]) & 0x3F, 2)
        }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | (UInt32(bytes[position + 1]) & 0x3F) << 6 | UInt32(bytes[position + 2]) & 0x3F, 3)
        }
        return ((b0 & 0x07) << 18 | (UInt32(bytes[position + 1]) & 0x3F) << 12
            | (UInt32(bytes[position + 2]) & 0x3F) << 6 | UInt32(bytes[position + 3]) & 0x3F, 4)
    }
}
