/// Anaphoric dates ("that day", "the day before", "the next week") and dates counted a year back ("a year earlier").
extension TimexMatcher {
    /// "that day", "that same day", "that year", "that week", "that morning".
    func anaphor(at k: Int, start: Int) -> TimexMatch? {
        var j = k
        if isFunction(j, .same) { j += 1 }
        if let u = unit(j), !u.plural {
            switch u.unit {
            case .day: return .date(j + 1, .day(referenceDay(plus: 0)))
            case .year: return .date(j + 1, .year(reference.year))
            case .month:
                if let d = reference.dayValue { return .date(j + 1, .month(year: d.year, month: d.month)) }
                if case .month = reference { return .date(j + 1, reference) }
                return nil
            case .week: return .date(j + 1, CalendarValue.week(of: referenceDay(plus: 0)))
            case .quarter:
                // "that quarter": the quarter the text last named.
                if case .quarter = reference, referenceFromText { return .date(j + 1, reference) }
                return nil
            default: return nil
            }
        }
        if case .partOfDay(let p)? = word(j) { return .date(j + 1, .partOfDay(referenceDay(plus: 0), p)) }
        return nil
    }

    /// Expressions opening with "the": "the day before", "the next day", "the following week",
    /// "the same day", "the weekend", "the quarter", "the year-earlier period".
    func theExpression(at i: Int) -> TimexMatch? {
        let k = i + 1
        // "the week of March 6": that date's ISO week.
        if isUnit(k, .week), !(unit(k)!.plural), isFunction(k + 1, .of), let m = explicitDate(at: k + 2), case .day(let d)? = m.anchor {
            return .date(m.end, CalendarValue.week(of: d))
        }
        // "the previous Friday", "the following Monday": counted from the day the text last spoke of.
        if isFunction(k, .previous) || isFunction(k, .following), case .weekday(let w)? = word(k + 1), tokens[k + 1].length > 4 {
            let base = referenceDay(plus: 0)
            let delta = w - base.weekday
            let day = isFunction(k, .previous) ? base.adding(days: delta < 0 ? delta : delta - 7)
                : base.adding(days: delta > 0 ? delta : delta + 7)
            return .date(k + 2, .day(day))
        }
        if isFunction(k, .same), let m = anaphor(at: k, start: i) { return m }
        if isFunction(k, .next) || isFunction(k, .following) {
            if isUnit(k + 1, .day) && !(unit(k + 1)!.plural) { return .date(k + 2, .day(referenceDay(plus: 1))) }
            if case .partOfDay(let p)? = word(k + 1) { return .date(k + 2, .partOfDay(referenceDay(plus: 1), p)) }
            if isUnit(k + 1, .month), !(unit(k + 1)!.plural), case .month(let y, let m) = reference {
                return .date(k + 2, .month(year: m == 12 ? y + 1 : y, month: m % 12 + 1))
            }
            if let u = unit(k + 1), !u.plural, let d = reference.dayValue {
                switch u.unit {
                case .week: return .date(k + 2, CalendarValue.week(of: d.adding(days: 7)))
                case .month: return .date(k + 2, CalendarValue.month(of: d, plus: 1))
                case .year: return .date(k + 2, .year(d.year + 1))
                default: break
                }
            }
        }
        if isFunction(k, .previous), isUnit(k + 1, .day), !(unit(k + 1)!.plural) {
            return .date(k + 2, .day(referenceDay(plus: -1)))
        }
        if isUnit(k, .day), !(unit(k)!.plural) {
            // "the day before last Tuesday", "the day after Christmas"
            if isFunction(k + 1, .before) || isFunction(k + 1, .after) {
                let anchor = weekdayExpression(at: k + 2) ?? explicitDate(at: k + 2) ?? holidayExpression(at: k + 2)
                if let anchor, case .day(let d)? = anchor.anchor {
                    return .date(anchor.end, .day(d.adding(days: isFunction(k + 1, .before) ? -1 : 1)))
                }
            }
            if isFunction(k + 1, .before) {
                if isFunction(k + 2, .yesterday) { return .date(k + 3, .day(dct.adding(days: -2))) }
                if !startsNounPhrase(k + 2) { return .date(k + 2, .day(referenceDay(plus: -1))) }
            }
            if isFunction(k + 1, .after) {
                if isFunction(k + 2, .tomorrow) { return .date(k + 3, .day(dct.adding(days: 2))) }
                if !startsNounPhrase(k + 2) { return .date(k + 2, .day(referenceDay(plus: 1))) }
            }
        }
        if isUnit(k, .weekend), !(unit(k)!.plural) { return calendarUnit(.weekend, shift: 0, end: k + 1) }
        if let y = yearEarlier(at: k) {
            var end = y.end
            var value = y.value
            if let (q, next) = ordinalQuarter(at: end) {
                end = next
                value = CalendarValue.quarter(year: quarterYear(q) - 1, quarter: q).value
            } else if isUnit(end, .quarter) || isFunction(end, .periodWord) {
                end += 1
                // "the year-ago period" with no quarter named: the reported quarter (the one before the
                // document date's) a year back.
                if !value.contains("Q") { value = CalendarValue.quarter(of: dct, plus: -1).shifted(years: -1).value }
            }
            return TimexMatch(end: end, type: y.type, value: value, anchor: nil)
        }
        // "the year", "the fiscal year": the current year ("a high for the year", "by the end of the year"), but a
        // year-long stretch when an end date follows ("the year ended Sept. 30", "the year ending in June").
        if (isUnit(k, .year) && !(unit(k)!.plural)) || (isFunction(k, .fiscal) && isUnit(k + 1, .year) && !(unit(k + 1)!.plural)) {
            let end = isFunction(k, .fiscal) ? k + 2 : k + 1
            if !isNumber(end), !isFunction(end, .before), !isFunction(end, .after), !isPunct(end, 0x27) {
                if isFunction(end, .ended) || isFunction(end, .ending) || isFunction(end, .to) || isFunction(end, .through) {
                    return TimexMatch(end: end, type: .duration, value: "P1Y", anchor: nil)
                }
                return TimexMatch(end: end, type: .date, value: CalendarValue.year(dct.year).value, anchor: nil)
            }
        }
        if isFunction(k, .full) || isFunction(k, .whole) || isFunction(k, .current) || isFunction(k, .entire) {
            var j = k + 1
            if isFunction(j, .fiscal) { j += 1 }
            if isUnit(j, .year), !(unit(j)!.plural) { return .date(j + 1, .year(dct.year)) }
        }
        return nil
    }

    /// Nouns that make "today's" mean the present age ("today's youth") rather than the day.
    static let genericNouns: Set<UInt64> = Set(["youth", "world", "society", "generation", "children", "kids",
                                                 "standards", "young"].map(TimexLexicon.hash))

    static let determiners = TimexMatcher.mask([.the, .a, .an, .this, .that, .his, .her, .its, .their, .our])

    /// True when token `k` opens a noun phrase or clause ("the day before the vote"), so "before" is a preposition.
    func startsNounPhrase(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count else { return false }
        let t = tokens[k]
        if t.kind == .punct { return false }
        if t.kind == .number { return true }
        if case .function(let f)? = t.word {
            return Self.determiners[Int(f.rawValue)]
        }
        return t.kind == .word
    }

    /// "a year earlier", "a year ago", "year-earlier", "year-ago", "a week or so ago".
    func yearEarlier(at i: Int) -> TimexMatch? {
        var k = i
        if isFunction(k, .a) || isFunction(k, .an) { k += 1 }
        guard let u = unit(k), !u.plural, u.unit == .year else { return nil }
        guard isFunction(k + 1, .earlier) || isFunction(k + 1, .ago) || isFunction(k + 1, .before) else { return nil }
        if isFunction(k + 1, .before), k == i || startsNounPhrase(k + 2) { return nil }
        if k == i, tokens[k + 1].joiner == 0 { return nil }
        if k > i, tokens[k + 1].joiner == 0x2D { return nil }
        let value = yearBefore(ago: isFunction(k + 1, .ago), at: i)
        return TimexMatch(end: k + 2, type: value.type, value: value.value, anchor: nil)
    }

    /// One year before the reference when the reference lies in the document's year; else the year before the
    /// document date.
    func yearBefore(ago: Bool, at i: Int = Int.max) -> CalendarValue {
        if let q = lastQuarter, i - q.token < 120 { return q.value.shifted(years: -1) }
        if referenceFromText, i - referenceToken < 40, reference.year == dct.year, reference.dayValue == nil || !ago {
            return reference.shifted(years: -1)
        }
        if !ago, referenceFromText, i - referenceToken < 40 { return reference.shifted(years: -1) }
        return .year(dct.year - 1)
    }
}
