/// Pass two of segmentation: walks the tokens paragraph by paragraph and decides where units end.
///
/// A unit ends after `.`, `?`, `!` (and any closing quotes or brackets stuck to them) when the next token
/// can begin a sentence: a capitalised word, a number, a symbol, a dash or bullet, or an opening quote or
/// bracket before one. An abbreviation's period ends a unit only before a typical sentence opener
/// (`the U.S. The …`); a title (`Gen.`, `Mr.`) or `No.` never does. An ellipsis (`...`, `…`) inside a
/// quotation or written `(…)` is an elision, not an end; outside quotations it ends a unit before a
/// capitalised word. `?”` and `!”` followed by an attribution (`Trump asked.`) do not end the unit.
/// Quote balance is tracked per paragraph and forgives misused marks: a `“` inside an open quotation closes
/// it, a `”` in opening position (after a space, before a word) opens one. A photo credit (`©`, `Photo:`,
/// a closing `(Reuters)`) always starts a unit of its own, and so does a short line that is clearly a
/// heading inside a paragraph (see `isHeadingLine`). Paragraph ends always end a unit.
struct BoundaryFinder {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    /// Whether to look for heading lines (only when some paragraph has an inner line break).
    let checkLines: Bool
    /// The units found, in text order.
    private(set) var units: [UnitDraft] = []

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, checkLines: Bool) {
        self.bytes = bytes
        self.tokens = tokens
        self.checkLines = checkLines
        units.reserveCapacity(tokens.count / 20 + 4)
    }

    /// Finds the units of every paragraph.
    mutating func run() {
        let count = tokens.count
        var start = 0
        var paragraph = 0
        while start < count {
            var end = start + 1
            while end < count, !tokens[end].info.has(TokenInfo.paragraphBefore) { end += 1 }
            segment(start, end, paragraph: paragraph)
            paragraph += 1
            start = end
        }
    }

    // MARK: - One paragraph

    private mutating func segment(_ start: Int, _ end: Int, paragraph: Int) {
        var double = false
        var single = false
        var unitStart = start
        var lineStart = start
        var index = start
        while index < end {
            let info = tokens[index].info
            if index > start, info.has(TokenInfo.lineBefore) {
                if checkLines, unitStart == lineStart, isHeadingLine(lineStart, index, end) {
                    units.append(UnitDraft(start: unitStart, end: index, paragraph: paragraph, isHeadingLine: true))
                    unitStart = index
                }
                lineStart = index
            }
            if index > unitStart, info.has(TokenInfo.upper) || info.mark == .copyright || info.mark == .openBracket,
               index > unitStart + 1 || !tokens[unitStart].info.mark.isOpener, startsCredit(index, end) {
                units.append(UnitDraft(start: unitStart, end: index, paragraph: paragraph))
                unitStart = index
            }
            // A final mark, or a word that can end a sentence with its own period ("Inc.", "U.S.").
            var mayEnd = false
            switch info.mark {
            case .openDouble:
                double.toggle()
            case .closeDouble, .straightDouble:
                double = double ? false : opensQuote(index, end)
            case .openSingle:
                single = true
            case .closeSingle:
                single = false
            case .straightSingle:
                single = single ? false : opensQuote(index, end)
            case .period, .question, .exclamation, .ellipsis:
                mayEnd = true
            default:
                mayEnd = info.abbreviation != .none
            }
            if mayEnd {
                let (last, ends) = sentenceEnd(at: index, unitStart, end, double: &double, single: &single)
                if ends {
                    units.append(UnitDraft(start: unitStart, end: last + 1, paragraph: paragraph))
                    unitStart = last + 1
                }
                index = last + 1
                continue
            }
            index += 1
        }
        if unitStart < end { units.append(UnitDraft(start: unitStart, end: end, paragraph: paragraph)) }
    }

    /// Whether the quote mark at `index` stands where a quotation opens: after a space, before a word.
    private func opensQuote(_ index: Int, _ end: Int) -> Bool {
        let info = tokens[index].info
        guard info.has(TokenInfo.spaceBefore) || (index > 0 && (tokens[index - 1].info.mark == .openBracket || tokens[index - 1].info.mark == .dash)) else {
            return false
        }
        return index + 1 < end && !tokens[index + 1].info.has(TokenInfo.spaceBefore) && tokens[index + 1].kind != .punctuation
    }

    // MARK: - Sentence ends

    /// The last token of the terminal (or abbreviation) at `index` with the closing quotes, brackets and marks
    /// stuck to it, and whether the unit ends there. The caller goes on after `last` either way, so a long run
    /// of marks is absorbed once.
    private func sentenceEnd(at index: Int, _ unitStart: Int, _ end: Int, double: inout Bool,
                             single: inout Bool) -> (last: Int, ends: Bool) {
        let info = tokens[index].info
        let mark = info.mark
        // `1. First item`: a list number is not a sentence of its own.
        if mark == .period, index == unitStart + 1, tokens[unitStart].kind == .number { return (index, false) }
        if mark == .ellipsis, index > 0, tokens[index - 1].info.mark == .openBracket,
           index + 1 < end, tokens[index + 1].info.mark == .closeBracket {
            return (index, false)
        }
        var last = index
        var closedQuote = false
        while last + 1 < end {
            let next = tokens[last + 1].info
            if next.has(TokenInfo.spaceBefore) { break }
            let nextMark = next.mark
            if nextMark == .closeDouble || nextMark == .straightDouble {
                double = false
                closedQuote = true
            } else if nextMark == .closeSingle || nextMark == .straightSingle {
                single = false
                closedQuote = true
            } else if !(nextMark.isTerminal || nextMark == .closeBracket) {
                break
            }
            last += 1
        }
        let next = last + 1
        guard next < end else { return (last, false) }
        if !closedQuote {
            switch info.abbreviation {
            case .title, .numeric: return (last, false)
            case .initial, .ordinary: return (last, startsAfterAbbreviation(next, end))
            case .none: break
            }
            if mark == .ellipsis {
                if double || single { return (last, false) }
                return (last, tokens[next].info.has(TokenInfo.upper) && !isAttribution(next, end))
            }
        }
        let nextInfo = tokens[next].info
        if nextInfo.has(TokenInfo.upper) {
            if closedQuote, mark != .period, isAttribution(next, end) { return (last, false) }
            return (last, true)
        }
        if nextInfo.has(TokenInfo.lower) { return (last, false) }
        switch tokens[next].kind {
        case .number, .symbol: return (last, true)
        case .word: return (last, false)
        case .punctuation: break
        }
        let nextMark = nextInfo.mark
        if nextMark == .dash || nextMark == .bullet || nextMark == .hyphen { return (last, true) }
        if nextMark.isOpener, next + 1 < end {
            let after = tokens[next + 1].info
            if after.has(TokenInfo.upper) || tokens[next + 1].kind == .number || after.mark.isOpener { return (last, true) }
        }
        return (last, false)
    }

    /// After an abbreviation: does the token at `index` clearly begin a new sentence?
    private func startsAfterAbbreviation(_ index: Int, _ end: Int) -> Bool {
        let info = tokens[index].info
        let token = tokens[index]
        if token.kind == .word {
            guard info.has(TokenInfo.upper), info.abbreviation == .none else { return false }
            return Lexicon.classes(bytes, token.byteStart, token.byteEnd).contains(.sentenceStarter)
        }
        if info.mark == .openDouble || info.mark == .straightDouble, index + 1 < end {
            return tokens[index + 1].info.has(TokenInfo.upper)
        }
        return false
    }

    /// Whether the tokens at `index` are an attribution after a quotation: up to four capitalised words, then a speech verb.
    private func isAttribution(_ index: Int, _ end: Int) -> Bool {
        var position = index
        var names = 0
        while position < end, names <= 4 {
            let token = tokens[position]
            guard token.kind == .word else { return false }
            let classes = Lexicon.classes(bytes, token.byteStart, token.byteEnd)
            if classes.contains(.speechVerb) { return names > 0 }
            guard tokens[position].info.has(TokenInfo.upper) else { return false }
            names += 1
            position += 1
        }
        return false
    }

    // MARK: - Credits and heading lines

    /// Whether a photo credit starts at `index` inside a unit: `©`, `Photo:`/`Photo by`, or a closing `(Reuters)`.
    private func startsCredit(_ index: Int, _ end: Int) -> Bool {
        let info = tokens[index].info
        switch info.mark {
        case .copyright:
            return info.has(TokenInfo.spaceBefore)
        case .openBracket:
            return CreditRules(bytes: bytes, tokens: tokens).isClosingAgencyGroup(index, end)
        case .none:
            guard info.has(TokenInfo.upper), index + 1 < end else { return false }
            let nextInfo = tokens[index + 1].info
            if nextInfo.mark != .colon {
                guard nextInfo.has(TokenInfo.lower) else { return false }
                let next = tokens[index + 1]
                guard next.byteEnd - next.byteStart == 2, bytes[next.byteStart] == 0x62, bytes[next.byteStart + 1] == 0x79
                else { return false }
            }
            let token = tokens[index]
            guard token.kind == .word else { return false }
            return Lexicon.classes(bytes, token.byteStart, token.byteEnd).contains(.creditLead)
        default:
            return false
        }
    }

    /// Whether the line `start..<lineEnd` is clearly a heading: a short line of its own that starts like a
    /// title, does not end like a broken sentence (no final punctuation, comma, hyphen or function word), is
    /// followed by a line that starts like a sentence, and is much shorter than that line (so hard-wrapped
    /// text is never cut).
    private func isHeadingLine(_ start: Int, _ lineEnd: Int, _ end: Int) -> Bool {
        let first = tokens[start].info
        guard first.has(TokenInfo.upper) || tokens[start].kind == .number || first.mark.isOpener else { return false }
        var words = 0
        for position in start..<lineEnd where tokens[position].kind == .word || tokens[position].kind == .number {
            words += 1
        }
        guard words >= 1, words <= 12 else { return false }
        let last = tokens[lineEnd - 1].info
        switch last.mark {
        case .none:
            if last.abbreviation != .none { return false }
            let token = tokens[lineEnd - 1]
            if last.has(TokenInfo.lower),
               Lexicon.classes(bytes, token.byteStart, token.byteEnd).contains(.functionWord) { return false }
        case .closeDouble, .closeSingle, .closeBracket, .straightDouble, .straightSingle:
            if lineEnd - 2 >= start, tokens[lineEnd - 2].info.mark.isTerminal { return false }
        default:
            return false
        }
        let next = tokens[lineEnd].info
        guard next.has(TokenInfo.upper) || tokens[lineEnd].kind == .number || next.mark.isOpener
                || next.mark == .bullet else { return false }
        var nextLineEnd = lineEnd + 1
        while nextLineEnd < end, !tokens[nextLineEnd].info.has(TokenInfo.lineBefore) { nextLineEnd += 1 }
        let lineLength = tokens[lineEnd - 1].end - tokens[start].start
        let nextLength = tokens[nextLineEnd - 1].end - tokens[lineEnd].start
        return lineLength * 5 <= nextLength * 3
    }
}
