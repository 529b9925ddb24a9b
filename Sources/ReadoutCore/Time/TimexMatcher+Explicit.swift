/// Explicit calendar dates: "January 21, 2022", "21 January", "Jan. 21", "the 21st", years, decades, seasons.
extension TimexMatcher {
    /// Full month names, to tell abbreviations ("Sept") from names.
    static let monthNameLengths = [7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8]

    /// The month named at token `k`, when it reads as a month here, and the index after it (and its period).
    func monthName(at k: Int) -> (month: Int, next: Int)? {
        guard case .month(let m)? = word(k) else { return nil }
        let t = tokens[k]
        var next = k + 1
        let abbreviated = t.length < Self.monthNameLengths[m - 1]
        let dotted = isPunct(next, 0x2E) && !tokens[next].spaceBefore
        if abbreviated {
            guard t.capitalized, dotted || isDayNumber(next) else { return nil }
        }
        if dotted, abbreviated { next += 1 }
        if m == 5 || m == 3 {
            // "may" and "march" are also verbs: read them as months only with a date around them.
            guard t.capitalized else { return nil }
            let before = k > 0 ? tokens[k - 1].word : nil
            let cueBefore: Bool
            switch before {
            case .function(let f)?:
                cueBefore = Self.monthCues[Int(f.rawValue)]
            default: cueBefore = false
            }
            guard cueBefore || isDayNumber(next) || isYear(next) || isPunct(next, 0x2C) else { return nil }
        }
        return (m, next)
    }

    static let monthCues = TimexMatcher.mask([.in, .of, .since, .until, .by, .early, .late, .mid, .last, .this, .next,
                                              .during, .from, .through, .before, .after, .to, .end])
    static let yearCues = TimexMatcher.mask([.in, .since, .until, .by, .from, .through, .fiscal, .early, .late, .mid,
                                             .before, .after, .during, .end])

    /// True when token `k` is a day of month: 1–31, plain or with st/nd/rd/th.
    func isDayNumber(_ k: Int) -> Bool { dayNumber(k) != nil }

    /// The day of month at token `k` ("21", "21st").
    func dayNumber(_ k: Int) -> Int? {
        guard k >= 0, k < tokens.count, tokens[k].kind == .number, tokens[k].digits <= 2 else { return nil }
        let t = tokens[k]
        guard t.number >= 1, t.number <= 31 else { return nil }
        if t.hash != 0, !Self.ordinalSuffixes.contains(t.hash) { return nil }
        if k + 1 < tokens.count, tokens[k + 1].kind == .number, tokens[k + 1].joiner != 0 { return nil }
        if isPunct(k + 1, 0x25) { return nil }
        return t.number
    }

    static let ordinalSuffixes: Set<UInt64> = Set(["st", "nd", "rd", "th"].map(TimexLexicon.hash))

    /// True when token `k` is a four-digit year.
    func isYear(_ k: Int) -> Bool { yearNumber(k) != nil }

    /// The year at token `k`: a plain four-digit number between 1000 and 2999 that is not part of a figure.
    func yearNumber(_ k: Int) -> Int? {
        guard k >= 0, k < tokens.count, tokens[k].kind == .number, tokens[k].hash == 0, tokens[k].digits == 4 else { return nil }
        let y = tokens[k].number
        guard y >= 1000, y <= 2999, !isPartOfFigure(k) else { return nil }
        return y
    }

    /// The year of a bare year token, when it stands as a date (not "1500 soldiers").
    func standaloneYear(_ k: Int) -> Int? {
        guard let y = yearNumber(k) else { return nil }
        if k + 1 < tokens.count, tokens[k + 1].kind == .number, tokens[k + 1].joiner != 0 { return nil }
        // "2000 troops": a lower-case plural noun after the number makes it a count (but "fiscal 1989 sales").
        if k + 1 < tokens.count, tokens[k + 1].kind == .word, !tokens[k + 1].capitalized, tokens[k + 1].word == nil,
           tokens[k + 1].length > 3, lastByte(k + 1) == 115, !isFunction(k - 1, .fiscal) { return nil }
        // "Agenda 2063", "Vision 2030": a year right after a capitalised name is part of the name.
        if k > 0, tokens[k - 1].kind == .word, tokens[k - 1].word == nil, tokens[k - 1].capitalized, tokens[k].spaceBefore,
           !(k > 1 && tokens[k - 2].kind == .punct && tokens[k - 2].punct == 0x2E) {
            return nil
        }
        var cue = false
        if k > 0, case .function(let f)? = tokens[k - 1].word {
            cue = Self.yearCues[Int(f.rawValue)]
        }
        if !cue {
            guard y >= 1900, y <= dct.year + 30 else { return nil }
        }
        return y
    }

    /// The last byte of token `k`, lower-cased.
    func lastByte(_ k: Int) -> UInt8 { bytes[tokens[k].byteEnd - 1] | 0x20 }

    /// The month-day date a news text most likely means: the last occurrence in a past-tense clause ("the year
    /// ended Jan. 31"), the next one in a future clause ("will vote on June 1"), else the nearest, where a past
    /// occurrence wins unless the future one is much closer.
    func nearest(month: Int, day: Int, at i: Int? = nil, end: Int = 0) -> ISODay? {
        var past: ISODay?, future: ISODay?
        for y in [dct.year - 1, dct.year, dct.year + 1] {
            guard let d = ISODay(year: y, month: month, day: day) else { continue }
            if d <= dct { past = d } else if future == nil { future = d }
        }
        guard let p = past else { return future }
        guard let f = future else { return p }
        let back = dct.daysSinceEpoch - p.daysSinceEpoch, ahead = f.daysSinceEpoch - dct.daysSinceEpoch
        switch i.map({ tense(first: $0, end: end) }) ?? .unknown {
        case .future: return back <= 3 || ahead > 300 ? p : f
        case .past: return p
        case .unknown: return ahead * 2 < back ? f : p
        }
    }

    /// The month (with year) a bare month name means: the last one begun in a past-tense clause ("In January, the
    /// firm hired"), the next one in a future clause ("will launch in December"), else the nearest.
    func nearest(month: Int, at i: Int, end: Int) -> CalendarValue {
        let here = dct.year * 12 + dct.month - 1
        let thisYear = dct.year * 12 + month - 1
        let past = thisYear <= here ? thisYear : thisYear - 12
        let future = past == here ? here : past + 12
        let back = here - past, ahead = future - here
        let chosen: Int
        switch tense(first: i, end: end) {
        case .future: chosen = back == 0 ? past : future
        case .past: chosen = past
        case .unknown: chosen = ahead * 2 < back ? future : past
        }
        return .month(year: chosen / 12, month: chosen % 12 + 1)
    }

    /// A year written after a date: ", 2022", " 2022" or " '21".
    func trailingYear(at k: Int) -> (year: Int, next: Int)? {
        var j = k
        if isPunct(j, 0x2C) { j += 1 }
        if let y = yearNumber(j) { return (y, j + 1) }
        return nil
    }

    /// Explicit dates starting at token `i`.
    func explicitDate(at i: Int) -> TimexMatch? {
        var k = i
        var weekday: Int?
        // "Monday, Oct. 26" / "Thursday, April 6"
        if case .weekday(let w)? = word(k), tokens[k].capitalized {
            var j = k + 1
            if isPunct(j, 0x2E), tokens[k].length <= 4 { j += 1 }
            if isPunct(j, 0x2C) { j += 1 }
            if monthName(at: j) != nil || (dayNumber(j) != nil && monthName(at: j + 1) != nil) {
                weekday = w
                k = j
            }
        }
        if let (m, next) = monthName(at: k) {
            if let d = dayNumber(next) {
                if let (y, after) = trailingYear(at: next + 1), let day = ISODay(year: y, month: m, day: d) {
                    return .date(after, .day(day))
                }
                if let day = nearestWithWeekday(month: m, day: d, weekday: weekday, at: i, end: next + 1) {
                    return .date(next + 1, .day(day))
                }
            }
            if let y = yearNumber(next) {
                return .date(next + 1, .month(year: y, month: m))
            }
            if isFunction(next, .of), let y = yearNumber(next + 1) {
                return .date(next + 2, .month(year: y, month: m))
            }
            if isUnit(next + 1, .year), let shift = relativeShift(next) {
                return .date(next + 2, .month(year: dct.year + shift, month: m))
            }
            if weekday == nil { return .date(next, nearest(month: m, at: i, end: next)) }
            return nil
        }
        // "21 January 2022", "the 21st of January", "the 21st"
        var d0 = k
        if isFunction(k, .the), k + 1 < tokens.count, tokens[k + 1].hash != 0 { d0 = k + 1 }
        if weekday == nil || d0 == k, let d = dayNumber(d0), tokens[d0].spaceBefore || d0 == 0 {
            var j = d0 + 1
            if isFunction(j, .of) { j += 1 }
            if let (m, next) = monthName(at: j) {
                if let y = yearNumber(next), let day = ISODay(year: y, month: m, day: d) { return .date(next + 1, .day(day)) }
                if let day = nearestWithWeekday(month: m, day: d, weekday: weekday, at: i, end: next) { return .date(next, .day(day)) }
            }
            // "on the 21st," but not "the 11th hour" or "the 11th Circuit": only before punctuation or a function word.
            let after = d0 + 1
            let freeStanding = after >= tokens.count || tokens[after].kind == .punct
                || (tokens[after].word.map { if case .function = $0 { return true } else { return false } } ?? false)
            if d0 > k, weekday == nil, freeStanding, !isFunction(after, .of), let day = nearestDayOfMonth(d) {
                return .date(d0 + 1, .day(day))
            }
        }
        if weekday == nil, let m = centuryExpression(at: k) { return m }
        // "year-end", "year end", "year's end"
        if weekday == nil, isUnit(k, .year), !(unit(k)!.plural) {
            var j = k + 1
            if j < tokens.count, tokens[j].joiner == 0x27, isWord(j, "s") { j += 1 }
            if isFunction(j, .end) { return .date(j + 1, .year(dct.month <= 2 ? dct.year - 1 : dct.year)) }
        }
        return weekday == nil ? yearLike(at: k) : nil
    }

    /// The month-day nearest the document date, preferring the year in which it falls on `weekday` when given.
    func nearestWithWeekday(month: Int, day: Int, weekday: Int?, at i: Int, end: Int) -> ISODay? {
        if let weekday {
            for y in [dct.year, dct.year - 1, dct.year + 1] {
                if let d = ISODay(year: y, month: month, day: day), d.weekday == weekday { return d }
            }
        }
        return nearest(month: month, day: day, at: i, end: end)
    }

    /// The given day of month in the document's month or the one before or after, whichever is nearest.
    func nearestDayOfMonth(_ day: Int) -> ISODay? {
        var best: ISODay?
        var distance = Int.max
        for shift in [-1, 0, 1] {
            guard case .month(let y, let m) = CalendarValue.month(of: dct, plus: shift),
                  let d = ISODay(year: y, month: m, day: day) else { continue }
            let gap = abs(d.daysSinceEpoch - dct.daysSinceEpoch)
            if gap < distance { best = d; distance = gap }
        }
        return best
    }

    /// -1, 0 or 1 for "last", "this", "next" at token `k`.
    func relativeShift(_ k: Int) -> Int? {
        guard case .function(let f)? = word(k) else { return nil }
        switch f {
        case .last, .past, .previous: return -1
        case .this, .current: return 0
        case .next, .coming: return 1
        default: return nil
        }
    }

    /// True when token `k` is the given unit (singular or plural).
    func isUnit(_ k: Int, _ u: TimexUnit) -> Bool { unit(k)?.unit == u }

    /// Years, decades, "fiscal 1989", "the year 2000", "the 1980s", "the '80s", seasons with a year.
    func yearLike(at i: Int) -> TimexMatch? {
        var k = i
        if isFunction(k, .the) { k += 1 }
        if isFunction(k, .fiscal) { k += 1 }
        if isUnit(k, .year), !(unit(k)!.plural), let y = yearNumber(k + 1) { return .date(k + 2, .year(y)) }
        if case .season(let code)? = word(k) {
            if isFunction(k + 1, .of), let y = yearNumber(k + 2) { return .date(k + 3, .season(year: y, code: code.rawValue)) }
            if let y = yearNumber(k + 1) { return .date(k + 2, .season(year: y, code: code.rawValue)) }
            if i < k || isFunction(k - 1, .early) || isFunction(k - 1, .late) || isFunction(k - 1, .mid) {
                // "the summer", "the early summer": this year's.
                return .date(k + 1, .season(year: dct.year, code: code.rawValue))
            }
            return nil
        }
        // Decades: "1990s", "the '80s"
        if k < tokens.count, tokens[k].kind == .number, tokens[k].hash == Self.suffixS {
            let t = tokens[k]
            if t.digits == 4, t.number % 10 == 0 { return .date(k + 1, .decade(t.number / 10)) }
            if t.digits == 2, t.number % 10 == 0, k > 0, tokens[k].joiner == 0x27 || isPunct(k - 1, 0x27) {
                return .date(k + 1, .decade(190 + t.number / 10))
            }
        }
        if isPunct(k, 0x27), k + 1 < tokens.count, tokens[k + 1].kind == .number, tokens[k + 1].digits == 2,
           tokens[k + 1].hash == Self.suffixS, tokens[k + 1].number % 10 == 0 {
            return .date(k + 2, .decade(190 + tokens[k + 1].number / 10))
        }
        if k == i || (k == i + 1 && isFunction(i, .fiscal)), let y = standaloneYear(k) {
            return .date(k + 1, .year(y))
        }
        return nil
    }
}
