/// A resolved calendar date of some granularity, as TIMEX3 writes it.
enum CalendarValue: Sendable, Equatable {
    case day(ISODay)
    case month(year: Int, month: Int)
    case year(Int)
    case week(year: Int, week: Int)
    case weekend(year: Int, week: Int)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case season(year: Int, code: String)
    case decade(Int)
    case century(Int)
    case partOfDay(ISODay, TimexPartOfDay)
    case time(ISODay, hour: Int, minute: Int)

    /// The TIMEX3 value string.
    var value: String {
        switch self {
        case .day(let d): return d.description
        case .month(let y, let m): return "\(Self.pad(y, 4))-\(Self.pad(m, 2))"
        case .year(let y): return Self.pad(y, 4)
        case .week(let y, let w): return "\(Self.pad(y, 4))-W\(Self.pad(w, 2))"
        case .weekend(let y, let w): return "\(Self.pad(y, 4))-W\(Self.pad(w, 2))-WE"
        case .quarter(let y, let q): return "\(Self.pad(y, 4))-Q\(q)"
        case .half(let y, let h): return "\(Self.pad(y, 4))-H\(h)"
        case .season(let y, let code): return "\(Self.pad(y, 4))-\(code)"
        case .decade(let d): return Self.pad(d, 3)
        case .century(let c): return Self.pad(c, 2)
        case .partOfDay(let d, let part): return "\(d.description)T\(part.rawValue)"
        case .time(let d, let h, let m): return "\(d.description)T\(Self.pad(h, 2)):\(Self.pad(m, 2))"
        }
    }

    /// TIME for clock times and parts of days, DATE otherwise.
    var type: TimexType {
        switch self {
        case .time, .partOfDay: return .time
        default: return .date
        }
    }

    /// The year the value lies in (the first year for decades and centuries).
    var year: Int {
        switch self {
        case .day(let d), .partOfDay(let d, _), .time(let d, _, _): return d.year
        case .month(let y, _), .week(let y, _), .weekend(let y, _), .quarter(let y, _), .half(let y, _),
             .season(let y, _), .year(let y): return y
        case .decade(let d): return d * 10
        case .century(let c): return c * 100
        }
    }

    /// The same value moved by `years` years (weeks keep their number; days keep month and day where they exist).
    func shifted(years: Int) -> CalendarValue {
        switch self {
        case .day(let d): return .day(Self.day(d.year + years, d.month, d.day))
        case .partOfDay(let d, let p): return .partOfDay(Self.day(d.year + years, d.month, d.day), p)
        case .time(let d, let h, let m): return .time(Self.day(d.year + years, d.month, d.day), hour: h, minute: m)
        case .month(let y, let m): return .month(year: y + years, month: m)
        case .year(let y): return .year(y + years)
        case .week(let y, let w): return .week(year: y + years, week: w)
        case .weekend(let y, let w): return .weekend(year: y + years, week: w)
        case .quarter(let y, let q): return .quarter(year: y + years, quarter: q)
        case .half(let y, let h): return .half(year: y + years, half: h)
        case .season(let y, let c): return .season(year: y + years, code: c)
        case .decade(let d): return .decade(d + years / 10)
        case .century(let c): return .century(c + years / 100)
        }
    }

    /// The day itself for day-level values.
    var dayValue: ISODay? {
        switch self {
        case .day(let d), .partOfDay(let d, _), .time(let d, _, _): return d
        default: return nil
        }
    }

    /// The ISO week value containing `day`.
    static func week(of day: ISODay) -> CalendarValue {
        let w = day.isoWeek
        return .week(year: w.year, week: w.week)
    }

    /// The month value containing `day` moved by `months` months.
    static func month(of day: ISODay, plus months: Int) -> CalendarValue {
        let index = day.year * 12 + (day.month - 1) + months
        return .month(year: index / 12, month: index % 12 + 1)
    }

    /// The quarter value containing `day` moved by `quarters` quarters.
    static func quarter(of day: ISODay, plus quarters: Int) -> CalendarValue {
        let index = day.year * 4 + (day.month - 1) / 3 + quarters
        return .quarter(year: index / 4, quarter: index % 4 + 1)
    }

    /// A valid day, clamping the day of month (Feb 29 in a common year becomes Feb 28).
    static func day(_ year: Int, _ month: Int, _ day: Int) -> ISODay {
        ISODay(year: year, month: month, day: min(day, ISODay.daysIn(month: month, year: year)))
            ?? ISODay(daysSinceEpoch: 0)
    }

    /// Zero-padded decimal.
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
