/// What kind of credit a unit is.
enum CreditType {
    /// Not a credit.
    case none
    /// A photo credit: `© Name, AGENCY`, `Photo: AFP`, `Photo by …`, `AP Photo/Name`.
    case photo
    /// Nothing but agency names: `(Reuters)`, `AFP`, `— AP`, `AFP/Getty Images`.
    case agency
    /// A sourcing line: `With Reuters, AP and local media`, `Reporting by …; Editing by …`,
    /// `… contributed to this report`.
    case sourcing
}

/// Recognises credits and sourcing lines from their first words and their agency names.
struct CreditRules {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>

    /// The word classes of token `index` (empty for non-words).
    @inline(__always)
    func classes(_ index: Int) -> Lexicon.WordClass {
        let token = tokens[index]
        guard token.kind == .word else { return [] }
        return Lexicon.classes(bytes, token.byteStart, token.byteEnd)
    }

    /// Whether token `index` is the word `word` (ASCII, compared case-insensitively).
    func isWord(_ index: Int, _ word: StaticString) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.byteEnd - token.byteStart == word.utf8CodeUnitCount else { return false }
        let expected = word.utf8Start
        for offset in 0..<word.utf8CodeUnitCount where bytes[token.byteStart + offset] | 0x20 != expected[offset] | 0x20 {
            return false
        }
        return true
    }

    /// Whether `(` at `open` starts a bracketed credit that closes the paragraph: `… in Geneva (Reuters)`,
    /// `(AP Photo/Evan Vucci)`, `(Photo: Reuters)`, `(Reporting by …; Editing by …)`.
    func isClosingAgencyGroup(_ open: Int, _ end: Int) -> Bool {
        guard end - open >= 3, end - open <= 40, tokens[end - 1].info.mark == .closeBracket else { return false }
        var words = 0
        for index in open + 1..<end - 1 {
            if tokens[index].info.mark == .closeBracket { return false }
            if tokens[index].kind == .word || tokens[index].kind == .number { words += 1 }
        }
        return creditType(open + 1, end - 1, words: words, isLast: true) != .none
    }

    /// Whether `start..<end` holds only agency names and photo words, with at least one agency name.
    func isAgencyOnly(_ start: Int, _ end: Int) -> Bool {
        guard start < end, end - start <= 10 else { return false }
        var agencies = 0
        for index in start..<end {
            switch tokens[index].kind {
            case .word:
                let wordClasses = classes(index)
                if wordClasses.contains(.agency) {
                    agencies += 1
                } else if !(wordClasses.contains(.creditLead) || isWord(index, "via") || isWord(index, "and")
                            || isWord(index, "file")) {
                    return false
                }
            case .punctuation:
                let mark = tokens[index].info.mark
                guard mark == .comma || mark == .dash || mark == .hyphen || mark == .openBracket || mark == .colon
                        || mark == .closeBracket || mark == .slash || mark == .period else { return false }
            case .symbol:
                guard tokens[index].info.mark == .slash || tokens[index].info.mark == .copyright else { return false }
            case .number:
                return false
            }
        }
        return agencies > 0
    }

    /// The credit type of the unit `start..<end`; `isLast` tells whether it closes its paragraph.
    func creditType(_ start: Int, _ end: Int, words: Int, isLast: Bool) -> CreditType {
        var first = start
        while first < end, tokens[first].info.mark == .openBracket || tokens[first].info.mark == .dash
                || tokens[first].info.mark == .hyphen || tokens[first].info.mark == .bullet {
            first += 1
        }
        guard first < end else { return .none }
        if tokens[first].info.mark == .copyright { return .photo }
        if first == start + 1, first + 1 < end, tokens[start].info.mark == .openBracket, isWord(first, "c"),
           tokens[first + 1].info.mark == .closeBracket {
            return .photo
        }
        guard tokens[first].kind == .word, tokens[first].info.has(TokenInfo.upper) || isWord(first, "dpa") else { return .none }
        let firstClasses = classes(first)
        let second = first + 1
        let colonOrBy = second < end && (tokens[second].info.mark == .colon || isWord(second, "by"))
        if firstClasses.contains(.creditLead), colonOrBy { return .photo }
        if isWord(first, "copyright") { return .sourcing }
        if second + 1 < end, isWord(first, "all"), isWord(second, "rights"), isWord(second + 1, "reserved") { return .sourcing }
        if isByline(first, end, words: words) { return .sourcing }
        if firstClasses.contains(.sourcingLead), words <= 40,
           colonOrBy || (second < end && isWord(second, "reporting")) {
            return .sourcing
        }
        if firstClasses.contains(.agency) {
            if second < end, isWord(second, "photo") || tokens[second].info.mark == .slash { return .photo }
            if isAgencyOnly(first, end) { return .agency }
        }
        if isLast, words <= 12, isWord(first, "with"), second < end,
           !classes(second).intersection([.agency, .mediaWord]).isEmpty {
            return .sourcing
        }
        if isLast, words <= 25, tokens[start].info.has(TokenInfo.paragraphBefore), contributedToReport(first, end) {
            return .sourcing
        }
        return .none
    }

    /// A paragraph of its own like `By Jane Doe and John Roe, Associated Press` (no final punctuation).
    private func isByline(_ first: Int, _ end: Int, words: Int) -> Bool {
        guard words <= 12, tokens[first].info.has(TokenInfo.paragraphBefore), isWord(first, "by"), first + 1 < end,
              tokens[first + 1].info.has(TokenInfo.upper), end < tokens.count ? tokens[end].info.has(TokenInfo.paragraphBefore) : true
        else { return false }
        var last = end - 1
        while last > first, tokens[last].info.mark.isCloser { last -= 1 }
        return !(tokens[last].info.mark.isTerminal || tokens[last].info.mark == .colon || tokens[last].info.mark == .comma)
    }

    /// Whether the unit says `… contributed to this report` or `… contributed reporting`.
    private func contributedToReport(_ start: Int, _ end: Int) -> Bool {
        var index = start
        while index + 1 < end {
            if isWord(index, "contributed"), isWord(index + 1, "to") || isWord(index + 1, "reporting") { return true }
            index += 1
        }
        return false
    }

    /// Whether the unit `start..<end` shows a photo position marker: `(L)`, `(left)`, `(2nd R)`, `(L-R)`, `(C)`.
    ///
    /// A bare `(R)` is not enough, since US reporting writes party labels that way.
    func hasPositionMarker(_ start: Int, _ end: Int) -> Bool {
        var index = start
        while index + 2 < end {
            defer { index += 1 }
            guard tokens[index].info.mark == .openBracket else { continue }
            var close = index + 1
            var strong = false
            var valid = true
            while close < end, close <= index + 4, tokens[close].info.mark != .closeBracket {
                let token = tokens[close]
                if token.kind == .word {
                    if classes(close).contains(.positionWord) {
                        if !isWord(close, "r") { strong = true }
                    } else if isWord(close, "l-r") || isWord(close, "r-l") {
                        strong = true
                    } else if !(isWord(close, "from") || isWord(close, "to")) {
                        valid = false
                    }
                } else if token.kind != .number {
                    valid = false
                }
                close += 1
            }
            if valid, strong, close < end, close > index + 1, tokens[close].info.mark == .closeBracket { return true }
        }
        return false
    }
}
