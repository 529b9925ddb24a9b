/// Turns a TIMEX3 date value into the ISO days it covers (`2022-W04` → 2022-01-24…2022-01-30).
enum TimexWindow {
    /// The window of a day, week, month or year value; nil for values that are not calendar dates.
    static func window(_ value: String) -> DateWindow? {
        let bytes = Array(value.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var n = 0
            for b in bytes[range] {
                guard b >= 48, b <= 57 else { return nil }
                n = n * 10 + Int(b - 48)
            }
            return n
        }
        guard bytes.count >= 4, let year = number(0..<4) else { return nil }
        if bytes.count == 4 {
            return DateWindow(value: value, start: "\(value)-01-01", end: "\(value)-12-31")
        }
        guard bytes[4] == 45 else { return nil }
        if bytes.count >= 10, let day = ISODay(String(value.prefix(10))) {
            return DateWindow(value: value, start: day.description, end: day.description)
        }
        if bytes.count == 8, bytes[5] == 87, let week = number(6..<8), week >= 1, week <= 53,
           let jan4 = ISODay(year: year, month: 1, day: 4) {
            let monday = jan4.adding(days: 1 - jan4.weekday).adding(days: (week - 1) * 7)
            return DateWindow(value: value, start: monday.description, end: monday.adding(days: 6).description)
        }
        if bytes.count == 7, let month = number(5..<7), let first = ISODay(year: year, month: month, day: 1) {
            let last = ISODay(year: year, month: month, day: ISODay.daysIn(month: month, year: year))!
            return DateWindow(value: value, start: first.description, end: last.description)
        }
        return nil
    }
}
