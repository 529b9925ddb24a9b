/// Words: letters with inner apostrophes, hyphens and abbreviation periods.
extension TokenScanner {
    mutating func scanWord(caseFlag: UInt8) {
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
    func abbreviationKind(_ start: Int, _ periodIndex: Int, upper: Bool) -> AbbreviationKind {
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
    func shortSegmentFollows(_ position: Int) -> Bool {
        var run = 0
        while position + run < bytes.count, run < 3, isASCIILetter(bytes[position + run]) { run += 1 }
        return run > 0 && run <= 2 && position + run < bytes.count && bytes[position + run] == 0x2E
    }

    func digitAfterSpaces(_ position: Int) -> Bool {
        var position = position
        while position < bytes.count, bytes[position] == 0x20 { position += 1 }
        return position < bytes.count && bytes[position] >= 0x30 && bytes[position] <= 0x39
    }

    @inline(__always)
    func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Whether a letter starts at `position`.
    func letterFollows(_ position: Int) -> Bool {
        guard position < bytes.count else { return false }
        let byte = bytes[position]
        if byte < 0x80 { return isASCIILetter(byte) }
        let cls = ScalarClass.of(decode(at: position).value)
        return cls == .upper || cls == .lower
    }

    func letterOrDigitFollows(_ position: Int) -> Bool {
        guard position < bytes.count else { return false }
        let byte = bytes[position]
        return (byte >= 0x30 && byte <= 0x39) || letterFollows(position)
    }
}
