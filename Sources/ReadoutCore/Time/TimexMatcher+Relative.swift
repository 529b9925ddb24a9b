/// Dates relative to the document date or to the last date the text spoke of.
extension TimexMatcher {
    /// "early", "late", "mid", "the end of", "the beginning of", "the middle of", "earlier"/"later" before a date:
    /// they widen the span but keep the value. Returns the index after the modifier, or `i`.
    func modifierPrefix(at i: Int) -> Int {
        var k = i
        if isFunction(k, .the) || isFunction(k, .at) || isFunction(k, .around) { k += 1 }
        if isFunction(k, .end) || isFunction(k, .beginning) || isFunction(k, .start) || isFunction(k, .middle) {
            return isFunction(k + 1, .of) ? k + 2 : i
        }
        k = i
        if isFunction(k, .the) { k += 1 }
        if isFunction(k, .early) || isFunction(k, .late) || isFunction(k, .mid) || isFunction(k, .earlier) || isFunction(k, .later) {
            return k + 1
        }
        return i
    }

    /// The day `days` after the reference day (or the document date when the reference is not a day).
    func referenceDay(plus days: Int) -> ISODay {
        (reference.dayValue ?? dct).adding(days: days)
    }

    /// Relative and anaphoric dates starting at token `i`.
    func relative(at i: Int) -> TimexMatch? {
        guard case .function(let f)? = word(i) else {
            if case .ordinal? = word(i) { return quarterExpression(at: i) }
            // "compared with year-earlier profit"
            if isUnit(i, .year), !(unit(i)!.plural), tokens[i + 1 < tokens.count ? i + 1 : i].joiner == 0x2D { return yearEarlier(at: i) }
            if let q = quarterToken(i) { return .date(i + 1, .quarter(year: quarterYear(q), quarter: q)) }
            return nil
        }
        switch f {
        case .today, .tonight, .tomorrow, .yesterday:
            // "today's youth", "the world of tomorrow": the present or future in general, not a day.
            if f == .today, i + 2 < tokens.count, tokens[i + 1].joiner == 0x27, isWord(i + 1, "s"),
               Self.genericNouns.contains(tokens[i + 2].hash) { return nil }
            if f == .tomorrow, isFunction(i - 1, .of) { return nil }
            let day = dct.adding(days: f == .yesterday ? -1 : f == .tomorrow ? 1 : 0)
            if case .partOfDay(let p)? = word(i + 1) { return .date(i + 2, .partOfDay(day, p)) }
            if f == .tonight { return .date(i + 1, .day(day)) }
            return .date(i + 1, .day(day))
        case .this, .next, .last, .past, .coming, .previous, .current, .following, .latest:
            return shifted(at: i, f)
        case .the:
            if let m = theExpression(at: i) ?? quarterExpression(at: i) { return m }
            if case .function(let g)? = word(i + 1), relativeShift(i + 1) != nil, unit(i + 2)?.plural != true {
                return shifted(at: i + 1, g)
            }
            // "the near future", "the near term", "the short term"
            if isFunction(i + 1, .near), isFunction(i + 2, .future) || isFunction(i + 2, .term) {
                return TimexMatch(end: i + 3, type: .date, value: "FUTURE_REF", anchor: nil)
            }
            // "the nineties"
            if isFunction(i + 1, .nineties) {
                let decades: [StaticString] = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
                for (n, name) in decades.enumerated() where isWord(i + 1, name) {
                    return .date(i + 2, .decade(190 + 2 + n))
                }
            }
            // "the 20th century"
            if let m = centuryExpression(at: i + 1) { return m }
            return nil
        case .that:
            return anaphor(at: i + 1, start: i)
        case .earlier, .later:
            if isFunction(i + 1, .that) { return anaphor(at: i + 2, start: i) }
            return nil
        case .a, .an:
            return yearEarlier(at: i)
        case .fiscal:
            return quarterExpression(at: i)
        case .these:
            if isUnit(i + 1, .day), unit(i + 1)!.plural { return TimexMatch(end: i + 2, type: .date, value: "PRESENT_REF", anchor: nil) }
            return nil
        default:
            return nil
        }
    }

    /// "this/next/last week", "last November", "next spring", "this year's third quarter".
    func shifted(at i: Int, _ f: TimexFunction) -> TimexMatch? {
        let shift: Int
        switch f {
        case .last, .past, .previous, .latest: shift = -1
        case .next, .coming, .following: shift = 1
        default: shift = 0
        }
        let k = i + 1
        if case .partOfDay(let p)? = word(k), f == .this || f == .last {
            return .date(k + 1, .partOfDay(dct.adding(days: f == .last ? -1 : 0), p))
        }
        if let u = unit(k), !u.plural {
            if f == .following { return nil }
            if (f == .past || f == .last), u.unit == .decade || u.unit == .century {
                return TimexMatch(end: k + 1, type: .duration, value: u.unit == .decade ? "P10Y" : "P100Y", anchor: nil)
            }
            // "this year's third quarter", "last year's quarter"
            if u.unit == .year, k + 1 < tokens.count, tokens[k + 1].joiner == 0x27, isWord(k + 1, "s") {
                if let q = ordinalQuarter(at: k + 2) {
                    return .date(q.next, .quarter(year: dct.year + shift, quarter: q.quarter))
                }
                if isUnit(k + 2, .quarter) || isFunction(k + 2, .periodWord) {
                    let q = currentReportQuarter()
                    return TimexMatch(end: k + 3, type: .date, value: CalendarValue.quarter(year: dct.year + shift, quarter: q).value,
                                      anchor: nil)
                }
            }
            if u.unit == .year, isFunction(k + 1, .fiscal) { return nil }
            return calendarUnit(u.unit, shift: shift, end: k + 1)
        }
        if let (m, next) = monthName(at: k) ?? plainMonth(at: k) {
            var y = dct.year
            switch shift {
            case -1: if m - 1 >= dct.month - 1 { y -= 1 }
            case 1: if m - 1 <= dct.month - 1 { y += 1 }
            default: break
            }
            // "last Oct. 23": the day in that month.
            if let d = dayNumber(next), let day = ISODay(year: y, month: m, day: d) { return .date(next + 1, .day(day)) }
            return .date(next, .month(year: y, month: m))
        }
        if case .season(let code)? = word(k) {
            return .date(k + 1, .season(year: seasonYear(code.rawValue, shift: shift), code: code.rawValue))
        }
        if f == .fiscal || isFunction(k, .fiscal), let m = quarterExpression(at: k) { return m }
        return nil
    }

    /// A month name read without the verb check ("last may" is a month after "last").
    func plainMonth(at k: Int) -> (month: Int, next: Int)? {
        guard case .month(let m)? = word(k), tokens[k].length == Self.monthNameLengths[m - 1], tokens[k].capitalized else { return nil }
        return (m, k + 1)
    }

    /// The year of the season `code` this (0), last (-1) or next (1) time round from the document date.
    func seasonYear(_ code: String, shift: Int) -> Int {
        let start = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code] ?? 1
        // Winter starting in December belongs to the year of its December.
        let current: Int
        switch dct.month {
        case 3...5: current = 3
        case 6...8: current = 6
        case 9...11: current = 9
        default: current = 12
        }
        let seasonYearOfDct = dct.month <= 2 ? dct.year - 1 : dct.year
        switch shift {
        case -1: return start < current ? seasonYearOfDct : seasonYearOfDct - 1
        case 1: return start > current ? seasonYearOfDct : seasonYearOfDct + 1
        default: return start == 12 && dct.month <= 2 ? dct.year - 1 : dct.year
        }
    }

    /// The calendar unit containing the document date, moved by `shift` units.
    func calendarUnit(_ u: TimexUnit, shift: Int, end: Int) -> TimexMatch? {
        switch u {
        case .day: return .date(end, .day(dct.adding(days: shift)))
        case .week: return .date(end, CalendarValue.week(of: dct.adding(days: 7 * shift)))
        case .weekend:
            var base = dct.adding(days: 7 * shift)
            if shift == 0, dct.weekday <= 2 { base = dct.adding(days: -7) }
            let w = base.isoWeek
            return .date(end, .weekend(year: w.year, week: w.week))
        case .month: return .date(end, CalendarValue.month(of: dct, plus: shift))
        case .quarter: return .date(end, CalendarValue.quarter(of: dct, plus: shift))
        case .year: return .date(end, .year(dct.year + shift))
        case .decade: return .date(end, .decade(dct.year / 10 + shift))
        case .century: return .date(end, .century(dct.year / 100 + shift))
        case .hour, .minute, .second: return nil
        }
    }

    /// "the 20th century", "20th century": the century's two-digit value.
    func centuryExpression(at k: Int) -> TimexMatch? {
        guard k >= 0, k < tokens.count, tokens[k].kind == .number, Self.ordinalSuffixes.contains(tokens[k].hash), tokens[k].number >= 1,
              tokens[k].number <= 30, isUnit(k + 1, .century), !(unit(k + 1)!.plural) else { return nil }
        return .date(k + 2, .century(tokens[k].number - 1))
    }
}
