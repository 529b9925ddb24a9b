/// A recognised time expression as token range, type and value, before it becomes a `Timex`.
struct TimexMatch: Sendable {
    /// One past the last token of the expression.
    var end: Int
    /// DATE, TIME, DURATION or SET.
    var type: TimexType
    /// The TIMEX3 value.
    var value: String
    /// The calendar date the expression names, which later anaphors ("that day") point back to.
    var anchor: CalendarValue?

    /// A DATE or TIME match that also becomes the reference for later anaphors.
    static func date(_ end: Int, _ value: CalendarValue) -> TimexMatch {
        TimexMatch(end: end, type: value.type, value: value.value, anchor: value)
    }
}

/// The time grammar: walks the tokens left to right, takes the longest expression starting at each token,
/// and resolves it against the document date and the last date the text spoke of.
struct TimexMatcher {
    let tokens: [TimexToken]
    let bytes: [UInt8]
    /// The document date.
    let dct: ISODay
    /// The last absolute date the text spoke of (starts as the document date).
    var reference: CalendarValue
    /// True once the text has named a date of its own (so anaphors do not fall back on the document date).
    var referenceFromText = false
    /// Token index where the reference was named.
    var referenceToken = -1_000_000
    /// The last quarter the text named and where ("a year earlier" in results reports shifts it).
    var lastQuarter: (value: CalendarValue, token: Int)?

    init(bytes: [UInt8], date: ISODay) {
        self.bytes = bytes
        self.tokens = TimexTokenizer.tokenize(bytes)
        self.dct = date
        self.reference = .day(date)
    }

    /// All time expressions in text order.
    mutating func run() -> [(first: Int, match: TimexMatch)] {
        var found: [(first: Int, match: TimexMatch)] = []
        var i = 0
        let count = tokens.count
        while i < count {
            guard canStart(i) else { i += 1; continue }
            if let match = best(at: i) {
                if looksLikeTitle(i, match.end) { i = match.end; continue }
                found.append((i, match))
                if let anchor = match.anchor {
                    reference = anchor
                    referenceFromText = true
                    referenceToken = i
                    // A results report compares with the quarter it reports on, not one forecast ahead.
                    if case .quarter(let y, let q) = anchor, y * 4 + q - 1 <= dct.year * 4 + (dct.month - 1) / 3 {
                        lastQuarter = (anchor, i)
                    }
                }
                i = match.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// The longest expression starting at token `i`.
    func best(at i: Int) -> TimexMatch? {
        var best: TimexMatch?
        func consider(_ m: TimexMatch?) {
            guard let m, m.end > i else { return }
            if best == nil || m.end > best!.end { best = m }
        }
        consider(explicitDate(at: i))
        consider(numericDate(at: i))
        consider(relative(at: i))
        consider(weekdayExpression(at: i))
        consider(clockTime(at: i))
        consider(duration(at: i))
        consider(setExpression(at: i))
        consider(vague(at: i))
        consider(spokenDate(at: i))
        consider(holidayExpression(at: i))
        consider(partOfDayFirst(at: i))
        let p = modifierPrefix(at: i)
        if p > i {
            // "early next year", "late November", "the end of 1990": the modifier joins the span, the value stays.
            if let m = explicitDate(at: p) ?? relative(at: p) ?? weekdayExpression(at: p) ?? numericDate(at: p),
               m.end > p, m.type == .date || m.type == .time {
                consider(m)
            }
        }
        return best
    }

    /// True when tokens `first..<end` are the name of a show or film rather than a time ("This Week", "60 Minutes",
    /// "High Noon"): a unit capitalised after a number or a relative word, or "Noon" after a capitalised word.
    func looksLikeTitle(_ first: Int, _ end: Int) -> Bool {
        if end - first >= 2, tokens[first].kind == .number || isFunction(first, .this) || isFunction(first, .last)
            || isFunction(first, .next) || isFunction(first, .past) || isFunction(first, .coming) {
            for k in (first + 1)..<end where unit(k) != nil && tokens[k].capitalized { return true }
        }
        if isFunction(first, .noon) || isFunction(first, .midnight) || isFunction(first, .today) || isFunction(first, .tonight),
           first > 0, tokens[first - 1].kind == .word,
           tokens[first].capitalized && tokens[first - 1].capitalized && tokens[first - 1].word == nil || isWord(first - 1, "high") {
            // "High Noon", "USA Today", "VOA Today"
            return true
        }
        // "quarter-to-quarter", "year-to-year", "day-to-day": a manner, not a time.
        if end + 1 < tokens.count, tokens[end].joiner == 0x2D, isFunction(end, .to), tokens[end + 1].joiner == 0x2D,
           unit(end + 1) != nil {
            return true
        }
        return false
    }

    // MARK: - Token access

    @inline(__always) func word(_ k: Int) -> TimexWord? { k < tokens.count ? tokens[k].word : nil }

    @inline(__always) func isFunction(_ k: Int, _ f: TimexFunction) -> Bool {
        guard k >= 0, k < tokens.count, case .function(let g)? = tokens[k].word else { return false }
        return g == f
    }

    @inline(__always) func isPunct(_ k: Int, _ byte: UInt8) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .punct && tokens[k].punct == byte
    }

    @inline(__always) func isNumber(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].kind == .number }

    /// True when token `k` is a bare number (no letters after the digits) not glued to a previous token.
    @inline(__always) func isPlainNumber(_ k: Int) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .number && tokens[k].hash == 0
    }

    /// The unit of a unit word at `k`.
    func unit(_ k: Int) -> (unit: TimexUnit, plural: Bool)? {
        if case .unit(let u, let p)? = word(k) { return (u, p) }
        return nil
    }

    /// True when token `k` is a number glued to what follows it as part of a larger figure ("100,000", "3.5").
    func isPartOfFigure(_ k: Int) -> Bool {
        if k + 1 < tokens.count, tokens[k + 1].kind == .number, tokens[k + 1].joiner == 0x2C || tokens[k + 1].joiner == 0x2E {
            return true
        }
        if tokens[k].joiner == 0x2C || tokens[k].joiner == 0x2E, k > 0, tokens[k - 1].kind == .number { return true }
        if k > 0, tokens[k - 1].kind == .punct, tokens[k - 1].punct == 0x24, !tokens[k].spaceBefore { return true }
        if k > 0, tokens[k - 1].kind == .word, tokens[k].joiner == 0, !tokens[k].spaceBefore { return true }
        if k + 1 < tokens.count, tokens[k + 1].kind == .punct, tokens[k + 1].punct == 0x25 { return true }
        return false
    }

    /// The lower-cased word hash of token `k` compared with a literal word.
    @inline(__always)
    func isWord(_ k: Int, _ literal: StaticString) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word else { return false }
        var h = TimexLexicon.seed
        let p = literal.utf8Start
        for j in 0..<literal.utf8CodeUnitCount { h = TimexLexicon.mix(h, p[j]) }
        return tokens[k].hash == h
    }

    /// Function words that form a time expression on their own ("today", "now", "daily", "noon").
    static let selfContained: [Bool] = TimexMatcher.mask([
        .today, .yesterday, .tomorrow, .tonight, .now, .currently, .recently, .soon, .nowadays, .lately, .formerly,
        .daily, .weekly, .monthly, .yearly, .annually, .hourly, .nightly, .noon, .midnight, .christmas,
        .thanksgiving, .easter, .newYear, .election, .independence, .current,
    ])

    /// A lookup table over function-word raw values.
    static func mask(_ functions: [TimexFunction]) -> [Bool] {
        var m = [Bool](repeating: false, count: 256)
        for f in functions { m[Int(f.rawValue)] = true }
        return m
    }

    /// True when token `i` can open a time expression: numbers, calendar words, self-contained words, and other
    /// function words only when a calendar word or number follows.
    @inline(__always)
    func canStart(_ i: Int) -> Bool {
        let t = tokens[i]
        switch t.kind {
        case .number: return true
        case .punct: return t.punct == 0x27 && i + 1 < tokens.count && tokens[i + 1].kind == .number
        case .word:
            guard let w = t.word else { return false }
            guard case .function(let f) = w else { return true }
            if Self.selfContained[Int(f.rawValue)] { return true }
            guard i + 1 < tokens.count else { return false }
            let next = tokens[i + 1]
            if next.word == nil, next.kind == .word, f == .a || f == .an, i + 2 < tokens.count, case .unit? = tokens[i + 2].word {
                // "an additional year", "a further week"; and "for a while"
                return true
            }
            if f == .a, next.kind == .word, next.hash == Self.hashWhile { return true }
            return next.word != nil || next.kind == .number || (next.kind == .punct && next.punct == 0x27)
        }
    }

    static let hashWhile = TimexLexicon.hash("while")
    static let suffixS = TimexLexicon.hash("s")
    static let suffixAm = TimexLexicon.hash("am")
    static let suffixPm = TimexLexicon.hash("pm")
}
