/// Parses the publication dates found in feeds, pages and records into a day, as written (no time-zone shift).
///
/// Accepts ISO 8601 (`2022-01-21`, `2022-01-21T18:30:00+01:00`, `2022/01/21`, `20220121`),
/// RFC 822 as in RSS (`Fri, 21 Jan 2022 18:30:00 GMT`) and written dates (`January 21, 2022`, `21 January 2022`).
enum PublicationDate {
    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// The day a date string names, or nil when it cannot be read.
    static func day(from string: some StringProtocol) -> ISODay? {
        let bytes = Array(string.utf8.drop { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 })
        if let day = isoDay(bytes) { return day }
        return writtenDay(bytes)
    }

    /// `YYYY-MM-DD…`, `YYYY/MM/DD…` or `YYYYMMDD…`.
    private static func isoDay(_ b: [UInt8]) -> ISODay? {
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count else { return nil }
            var value = 0
            for i in range {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                value = value * 10 + Int(b[i] - 48)
            }
            return value
        }
        guard let year = digits(0..<4) else { return nil }
        if b.count >= 10, b[4] == 45 || b[4] == 47, b[7] == b[4], let m = digits(5..<7), let d = digits(8..<10) {
            guard b.count == 10 || !(b[10] >= 48 && b[10] <= 57) else { return nil }
            return ISODay(year: year, month: m, day: d)
        }
        if b.count >= 8, let m = digits(4..<6), let d = digits(6..<8), b.count == 8 || b[8] == 84 {
            return ISODay(year: year, month: m, day: d)
        }
        return nil
    }

    /// Dates with a month name: `Fri, 21 Jan 2022 …`, `January 21, 2022`, `21 January 2022`.
    private static func writtenDay(_ b: [UInt8]) -> ISODay? {
        var month: Int?
        var numbers: [(value: Int, digits: Int)] = []
        var i = 0
        while i < b.count, numbers.count < 4 {
            let c = b[i]
            if c >= 48 && c <= 57 {
                var value = 0, count = 0
                while i < b.count, b[i] >= 48, b[i] <= 57 { value = value * 10 + Int(b[i] - 48); count += 1; i += 1 }
                // A time of day (10:30) ends the date part.
                if i < b.count, b[i] == 58 { break }
                numbers.append((value, count))
                while i < b.count, b[i] >= 97 && b[i] <= 122 || b[i] >= 65 && b[i] <= 90 { i += 1 }  // 21st
            } else if (c | 0x20) >= 97 && (c | 0x20) <= 122 {
                var word: [UInt8] = []
                while i < b.count, (b[i] | 0x20) >= 97 && (b[i] | 0x20) <= 122 { word.append(b[i] | 0x20); i += 1 }
                if month == nil, let m = months[String(decoding: word, as: UTF8.self)] { month = m }
            } else {
                i += 1
            }
        }
        guard let month else { return nil }
        guard let yearIndex = numbers.firstIndex(where: { $0.digits == 4 || ($0.digits == 2 && $0.value > 31) }) ?? (numbers.count == 2 ? 1 : nil) else { return nil }
        var year = numbers[yearIndex].value
        if numbers[yearIndex].digits == 2 { year += year < 70 ? 2000 : 1900 }
        guard let day = numbers.enumerated().first(where: { $0.offset != yearIndex && $0.element.digits <= 2 })?.element.value else { return nil }
        return ISODay(year: year, month: month, day: day)
    }
}
