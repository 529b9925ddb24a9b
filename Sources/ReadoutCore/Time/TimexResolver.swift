/// The public face of the time module: find and resolve time expressions, and turn TIMEX3 values into the
/// ISO days they cover.
///
/// ```swift
/// let timexes = TimexResolver.timexes(in: "They meet next week.", date: ISODay("2022-01-21")!)
/// // [Timex(start: 13, end: 22, text: "next week", type: .date, value: "2022-W04")]
/// TimexResolver.window(for: "2022-W04")   // 2022-01-24 … 2022-01-30
/// ```
public enum TimexResolver {
    /// All time expressions in `text`, resolved against the document date `date`, in text order.
    public static func timexes(in text: String, date: ISODay) -> [Timex] {
        timexes(in: Array(text.utf8), date: date)
    }

    /// All time expressions in UTF-8 `bytes`, with Unicode-scalar spans, resolved against `date`.
    public static func timexes(in bytes: [UInt8], date: ISODay) -> [Timex] {
        var matcher = TimexMatcher(bytes: bytes, date: date)
        let found = matcher.run()
        let tokens = matcher.tokens
        return found.map { item in
            let first = tokens[item.first], last = tokens[item.match.end - 1]
            return Timex(start: first.scalarStart, end: last.scalarEnd,
                         text: String(decoding: bytes[first.byteStart..<last.byteEnd], as: UTF8.self),
                         type: item.match.type, value: item.match.value)
        }
    }

    /// The ISO days a TIMEX3 date value covers, or nil for values that name no stretch of the calendar
    /// (durations, sets, `PAST_REF`, `XXXX-…`).
    ///
    /// `2022-01-21` (and `2022-01-21T10:30`, `2022-01-21TMO`) → that day; `2022-W04` → 2022-01-24…2022-01-30;
    /// `2022-W04-WE` → its Saturday and Sunday; `2021-12` → 2021-12-01…2021-12-31; `2022` → the year;
    /// `2022-Q1`, `2022-H2`, seasons `2022-SU`/`SP`/`FA`/`WI` (winter runs December to February);
    /// decades `199` or `199X`; centuries `19`.
    public static func window(for value: String) -> DateWindow? {
        guard let (first, last) = days(for: value) else { return nil }
        return DateWindow(value: value, start: first.description, end: last.description)
    }

    /// The window of the first DATE or TIME expression lying inside scalar offsets `start..<end`
    /// (for example a clause), if any: the date the clause speaks of.
    public static func window(in timexes: [Timex], from start: Int, to end: Int) -> DateWindow? {
        for timex in timexes where timex.start >= start && timex.end <= end && timex.type != .duration && timex.type != .set {
            if let window = window(for: timex.value) { return window }
        }
        return nil
    }

    /// First and last day covered by a TIMEX3 value.
    static func days(for value: String) -> (ISODay, ISODay)? {
        let b = Array(value.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count else { return nil }
            var v = 0
            for i in range {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        func span(_ y1: Int, _ m1: Int, _ d1: Int, _ y2: Int, _ m2: Int, _ d2: Int) -> (ISODay, ISODay)? {
            guard let a = ISODay(year: y1, month: m1, day: d1), let z = ISODay(year: y2, month: m2, day: d2) else { return nil }
            return (a, z)
        }
        // Centuries and decades.
        if b.count == 2, let c = digits(0..<2) { return span(c * 100, 1, 1, c * 100 + 99, 12, 31) }
        if b.count == 3 || (b.count == 4 && b[3] == 88), let d = digits(0..<3) {
            return span(d * 10, 1, 1, d * 10 + 9, 12, 31)
        }
        guard let year = digits(0..<4) else { return nil }
        if b.count == 4 { return span(year, 1, 1, year, 12, 31) }
        guard b.count >= 7, b[4] == 45 else { return nil }
        let rest = Array(b[5...])
        if let month = digits(5..<7), b.count == 7 || b[7] != 45 {
            guard (1...12).contains(month) else { return nil }
            return span(year, month, 1, year, month, ISODay.daysIn(month: month, year: year))
        }
        if let month = digits(5..<7), b.count >= 10, b[7] == 45, let day = digits(8..<10) {
            guard let d = ISODay(year: year, month: month, day: day) else { return nil }
            return (d, d)
        }
        switch rest.first {
        case 87? where rest.count > 1 && rest[1] >= 48 && rest[1] <= 57: // W
            var end = 6
            while end < b.count, b[end] >= 48, b[end] <= 57 { end += 1 }
            guard end > 6, end - 6 <= 2, let week = digits(6..<end), week >= 1, week <= 53 else { return nil }
            guard let jan4 = ISODay(year: year, month: 1, day: 4) else { return nil }
            let monday = jan4.adding(days: 1 - jan4.weekday + 7 * (week - 1))
            if b.count == end { return (monday, monday.adding(days: 6)) }
            if Array(b[end...]) == Array("-WE".utf8) { return (monday.adding(days: 5), monday.adding(days: 6)) }
            return nil
        case 81?: // Q
            guard b.count == 7, let q = digits(6..<7), (1...4).contains(q) else { return nil }
            let m = (q - 1) * 3 + 1
            return span(year, m, 1, year, m + 2, ISODay.daysIn(month: m + 2, year: year))
        case 72?: // H
            guard b.count == 7, let h = digits(6..<7), (1...2).contains(h) else { return nil }
            return h == 1 ? span(year, 1, 1, year, 6, 30) : span(year, 7, 1, year, 12, 31)
        default:
            switch String(decoding: rest, as: UTF8.self) {
            case "SP": return span(year, 3, 1, year, 5, 31)
            case "SU": return span(year, 6, 1, year, 8, 31)
            case "FA": return span(year, 9, 1, year, 11, 30)
            case "WI": return span(year, 12, 1, year + 1, 2, ISODay.daysIn(month: 2, year: year + 1))
            default: return nil
            }
        }
    }
}
