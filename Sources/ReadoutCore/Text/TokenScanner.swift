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

    var index = 0
    var scalar = 0
    var pending: UInt8 = TokenInfo.paragraphBefore | TokenInfo.lineBefore | TokenInfo.spaceBefore
    var lineBreaks = 0

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
    mutating func emit(_ kind: TokenKind, byteStart: Int, scalarStart: Int, mark: Mark = .none,
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

    // MARK: - UTF-8

    /// Decodes the scalar starting at `position` (the text is valid UTF-8).
    @inline(__always)
    func decode(at position: Int) -> (value: UInt32, length: Int) {
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
