/// Quarters, halves and weekdays.
extension TimexMatcher {
    /// "first"…"fourth" (or "1st"…"4th") followed by "quarter", with the index after "quarter".
    func ordinalQuarter(at k: Int) -> (quarter: Int, next: Int)? {
        var q: Int?
        if case .ordinal(let n)? = word(k) { q = n }
        if isWord(k, "second") { q = 2 }
        if k < tokens.count, tokens[k].kind == .number, Self.ordinalSuffixes.contains(tokens[k].hash) { q = tokens[k].number }
        guard let q, (1...4).contains(q) else { return nil }
        var j = k + 1
        if isFunction(j, .fiscal) { j += 1 }
        guard isUnit(j, .quarter), !(unit(j)!.plural) else { return nil }
        return (q, j + 1)
    }

    /// "Q1"…"Q4" as one word.
    func quarterToken(_ k: Int) -> Int? {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word, tokens[k].length == 2, tokens[k].word == nil else { return nil }
        let b0 = bytes[tokens[k].byteStart] | 0x20, b1 = bytes[tokens[k].byteStart + 1]
        guard b0 == 113, b1 >= 49, b1 <= 52, tokens[k].capitalized else { return nil }
        return Int(b1 - 48)
    }

    /// The year of quarter `q` named without a year: this year's, or last year's when it lies well ahead.
    func quarterYear(_ q: Int) -> Int {
        let current = (dct.month - 1) / 3 + 1
        return q - current >= 2 ? dct.year - 1 : dct.year
    }

    /// "the third quarter", "third-quarter", "the fiscal first quarter", "the quarter", "the latest quarter",
    /// "the second quarter of 1989", "the first half", "the first nine months" (a duration).
    func quarterExpression(at i: Int) -> TimexMatch? {
        var k = i
        if isFunction(k, .the) { k += 1 }
        let article = k > i
        if isFunction(k, .fiscal) { k += 1 }
        if let (q, next) = ordinalQuarter(at: k) {
            // "the third-quarter loss": the adjective is marked without its article (but "the fiscal second-quarter").
            if article, k == i + 1, tokens[next - 1].joiner == 0x2D { return nil }
            if isFunction(next, .of), let y = yearNumber(next + 1) { return .date(next + 2, .quarter(year: y, quarter: q)) }
            if let y = yearNumber(next) { return .date(next + 1, .quarter(year: y, quarter: q)) }
            return .date(next, .quarter(year: quarterYear(q), quarter: q))
        }
        // "the 1988 third quarter", "the 1988 quarter", "the 1989 period"
        if k > i, let y = yearNumber(k) {
            if let (q, next) = ordinalQuarter(at: k + 1) { return .date(next, .quarter(year: y, quarter: q)) }
            if isUnit(k + 1, .quarter) && !(unit(k + 1)!.plural) || isFunction(k + 1, .periodWord) {
                return TimexMatch(end: k + 2, type: .date, value: CalendarValue.quarter(year: y, quarter: currentReportQuarter()).value,
                                  anchor: nil)
            }
        }
        // "the first half (of 1989)", "the second half"
        if (isWord(k, "first") || isWord(k, "second") || isFunction(k, .last)) && isFunction(k + 1, .half), k > i {
            let h = isWord(k, "first") ? 1 : 2
            if isFunction(k + 2, .of), let y = yearNumber(k + 3) { return .date(k + 4, .half(year: y, half: h)) }
            let year = isFunction(k + 2, .of) && isFunction(k + 3, .the) ? nil : dct.year
            if let year { return .date(k + 2, .half(year: year, half: h)) }
        }
        guard k > i else { return nil }
        // "the quarter", "the latest quarter", "the most recent quarter", "the current quarter", "the period"
        var j = k
        var current = false
        if isFunction(j, .latest) || isFunction(j, .recent) { j += 1 }
        if isFunction(j, .current) { current = true; j += 1 }
        if isFunction(j, .fiscal) { j += 1 }
        if isUnit(j, .quarter), !(unit(j)!.plural) {
            if current { return .date(j + 1, CalendarValue.quarter(of: dct, plus: 0)) }
            if case .quarter = reference, referenceFromText { return .date(j + 1, reference) }
            return .date(j + 1, CalendarValue.quarter(of: dct, plus: -1))
        }
        if j > k, isFunction(j, .periodWord) {
            // "the latest period": the quarter the text spoke of, else the one before the document date's.
            if case .quarter = reference, referenceFromText { return .date(j + 1, reference) }
            if isFunction(k, .latest) { return .date(j + 1, CalendarValue.quarter(of: dct, plus: -1)) }
        }
        // "the week" with nothing to pin it ("For the week, the index fell"): some week of the document's year.
        if j == k, k == i + 1, isUnit(k, .week), !(unit(k)!.plural), !weekIsPinned(after: k + 1) {
            return TimexMatch(end: k + 1, type: .date, value: CalendarValue.year(dct.year).value + "-WXX", anchor: nil)
        }
        return nil
    }

    /// The quarter a results report speaks of: the last one the text named, else the one before the document date's.
    func currentReportQuarter() -> Int {
        if let q = lastQuarter, case .quarter(_, let n) = q.value { return n }
        guard case .quarter(_, let n) = CalendarValue.quarter(of: dct, plus: -1) else { return 1 }
        return n
    }

    /// True when the words after "the week" pin it to a date or make it a span ("of March 6", "before", "ahead").
    func weekIsPinned(after k: Int) -> Bool {
        isFunction(k, .of) || isFunction(k, .following) || isFunction(k, .before) || isFunction(k, .after)
            || isFunction(k, .ending) || isFunction(k, .ended) || isFunction(k, .ahead) || isFunction(k, .that)
            || isFunction(k, .when) || isFunction(k, .earlier) || isFunction(k, .later) || isFunction(k, .since)
    }

    /// "Friday", "this Friday", "last Friday", "next Monday", "Friday morning", "Friday's".
    func weekdayExpression(at i: Int) -> TimexMatch? {
        var k = i
        var shift: Int?
        if isFunction(k, .this) || isFunction(k, .last) || isFunction(k, .next) || isFunction(k, .coming)
            || isFunction(k, .past) {
            shift = relativeShift(k)
            k += 1
            if shift == 0, isFunction(k, .coming) { shift = 1; k += 1 }
        }
        guard case .weekday(let w)? = word(k) else { return nil }
        let t = tokens[k]
        var end = k + 1
        if t.length <= 4 {
            // "Sun." or "Sat." only as a dateline abbreviation before a date ("Sat., Jan. 22").
            guard t.capitalized, isPunct(end, 0x2E), !tokens[end].spaceBefore else { return nil }
            let next = isPunct(end + 1, 0x2C) ? end + 2 : end + 1
            guard monthName(at: next) != nil || isNumber(next) else { return nil }
            end += 1
        }
        let possessive = end < tokens.count && tokens[end].joiner == 0x27 && isWord(end, "s")
        var clauseEnd = end
        if case .partOfDay? = word(end) { clauseEnd += 1 }
        let day = possessive && shift == nil ? dct.adding(days: w - dct.weekday <= 0 ? w - dct.weekday : w - dct.weekday - 7)
            : resolveWeekday(w, shift: shift, at: i, end: clauseEnd)
        // "Friday morning": the span takes the part of day, the value stays the day (as news annotation does);
        // "Friday afternoon/evening/night" name that part of the day ("2000-01-07TNI"), still typed DATE.
        if case .partOfDay(let p)? = word(end) {
            guard p != .morning else { return .date(end + 1, .day(day)) }
            return TimexMatch(end: end + 1, type: .date, value: CalendarValue.partOfDay(day, p).value, anchor: .day(day))
        }
        return .date(end, .day(day))
    }

    /// The day a weekday names: this week's on or before the document date, unless a future cue or "next"
    /// moves it forward; "this" means the current week's; "last" the one before the document date.
    func resolveWeekday(_ weekday: Int, shift: Int?, at i: Int, end: Int) -> ISODay {
        let delta = weekday - dct.weekday
        switch shift {
        case .some(-1):
            let back = delta < 0 ? delta : delta - 7
            return dct.adding(days: back)
        case .some(1):
            let ahead = delta > 0 ? delta : delta + 7
            return dct.adding(days: ahead)
        case .some(0):
            return dct.adding(days: delta)
        default:
            if hasFutureCue(first: i, end: end) {
                return dct.adding(days: delta >= 0 ? delta : delta + 7)
            }
            return dct.adding(days: delta <= 0 ? delta : delta - 7)
        }
    }
}
