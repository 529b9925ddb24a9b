/// Holidays ("Thanksgiving Day", "Christmas", "New Year's Day", "Election Day") and years spoken in words
/// ("nineteen ninety-six", "two thousand").
extension TimexMatcher {
    /// A year written in words at token `k`, and the index after it.
    func spokenYear(at k: Int) -> (year: Int, next: Int)? {
        guard case .number(let first)? = word(k) else { return nil }
        if first == 19 || first == 20, case .number(let tens)? = word(k + 1), tens >= 10, tens < 100 {
            var value = tens, j = k + 2
            if tens >= 20, tens % 10 == 0, case .number(let unit)? = word(j), unit < 10, tokens[j].joiner == 0x2D || tokens[j].spaceBefore {
                value += unit; j += 1
            }
            return (first * 100 + value, j)
        }
        if first == 2, case .number(1000)? = word(k + 1) {
            var j = k + 2
            var value = 2000
            if isFunction(j, .and), case .number(let n)? = word(j + 1), n < 100 { value += n; j += 2 }
            else if case .number(let n)? = word(j), n < 100 { value += n; j += 1 }
            return (value, j)
        }
        return nil
    }

    /// "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven".
    func spokenDate(at i: Int) -> TimexMatch? {
        var k = i
        if isFunction(k, .the), isUnit(k + 1, .year) { k += 2 }
        if let (m, next) = monthName(at: k) ?? plainMonth(at: k), let (y, end) = spokenYear(at: next) {
            return .date(end, .month(year: y, month: m))
        }
        if case .season(let code)? = word(k + (isFunction(k, .the) ? 1 : 0)) {
            let s = k + (isFunction(k, .the) ? 1 : 0)
            if isFunction(s + 1, .of), let (y, end) = spokenYear(at: s + 2) { return .date(end, .season(year: y, code: code.rawValue)) }
        }
        guard let (y, end) = spokenYear(at: k) else { return nil }
        // "twenty twenty" could be a count; accept spoken years only with a year-like frame or in 1900–2099.
        guard y >= 1900, y < 2100, !(unit(end) != nil) else { return nil }
        return .date(end, .year(y))
    }

    /// The day of a named holiday in `year`.
    static func holiday(_ name: String, year: Int) -> ISODay? {
        func nth(_ n: Int, weekday: Int, month: Int) -> ISODay? {
            guard let first = ISODay(year: year, month: month, day: 1) else { return nil }
            let offset = (weekday - first.weekday + 7) % 7
            return first.adding(days: offset + 7 * (n - 1))
        }
        switch name {
        case "christmas": return ISODay(year: year, month: 12, day: 25)
        case "christmas eve": return ISODay(year: year, month: 12, day: 24)
        case "new year": return ISODay(year: year, month: 1, day: 1)
        case "new year eve": return ISODay(year: year, month: 12, day: 31)
        case "independence": return ISODay(year: year, month: 7, day: 4)
        case "thanksgiving": return nth(4, weekday: 4, month: 11)
        case "election": return nth(1, weekday: 1, month: 11)?.adding(days: 1)
        case "easter":
            // Anonymous Gregorian computus.
            let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
            let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
            let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
            return ISODay(year: year, month: month, day: day)
        default: return nil
        }
    }

    /// "Thanksgiving Day", "last Christmas", "New Year's Day", "Election Day", "Easter".
    func holidayExpression(at i: Int) -> TimexMatch? {
        var k = i
        let shift = relativeShift(k)
        if shift != nil { k += 1 }
        guard k >= 0, k < tokens.count, tokens[k].capitalized, case .function(let f)? = word(k) else { return nil }
        var name: String
        var end = k + 1
        switch f {
        case .christmas:
            name = "christmas"
            if isFunction(end, .eve) { name = "christmas eve"; end += 1 } else if isWord(end, "day") { end += 1 }
        case .newYear:
            guard isWord(k + 1, "year") else { return nil }
            end = k + 2
            if end < tokens.count, tokens[end].joiner == 0x27, isWord(end, "s") { end += 1 }
            name = "new year"
            if isFunction(end, .eve) { name = "new year eve"; end += 1 } else if isWord(end, "day") { end += 1 }
            else if end == k + 2 { return nil }
        case .thanksgiving:
            name = "thanksgiving"
            if isWord(end, "day") { end += 1 }
        case .easter:
            name = "easter"
            if isWord(end, "sunday") { end += 1 }
        case .election, .independence:
            guard isWord(end, "day"), tokens[end].capitalized else { return nil }
            name = f == .election ? "election" : "independence"
            end += 1
        default:
            return nil
        }
        var best: ISODay?
        var distance = Int.max
        for y in [dct.year - 1, dct.year, dct.year + 1] {
            guard let d = Self.holiday(name, year: y) else { continue }
            if shift == -1, d >= dct { continue }
            if shift == 1, d <= dct { continue }
            let gap = abs(d.daysSinceEpoch - dct.daysSinceEpoch)
            if gap < distance { best = d; distance = gap }
        }
        guard let best else { return nil }
        // "Easter week", "Thanksgiving week": the ISO week of the holiday.
        if isUnit(end, .week), !(unit(end)!.plural) { return .date(end + 1, CalendarValue.week(of: best)) }
        return .date(end, .day(best))
    }
}
