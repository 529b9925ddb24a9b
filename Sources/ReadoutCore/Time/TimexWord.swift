/// A calendar unit a time expression can count or name.
enum TimexUnit: UInt8, Sendable {
    case second, minute, hour, day, week, weekend, month, quarter, year, decade, century

    /// The ISO 8601 duration letter, with whether it goes after the `T`.
    var durationLetter: (letter: String, timePart: Bool) {
        switch self {
        case .second: return ("S", true)
        case .minute: return ("M", true)
        case .hour: return ("H", true)
        case .day: return ("D", false)
        case .week: return ("W", false)
        case .weekend: return ("WE", false)
        case .month: return ("M", false)
        case .quarter: return ("Q", false)
        case .year: return ("Y", false)
        case .decade: return ("DE", false)
        case .century: return ("CE", false)
        }
    }
}

/// A part of the day, with its TIMEX3 code.
enum TimexPartOfDay: String, Sendable {
    case morning = "MO", afternoon = "AF", evening = "EV", night = "NI", midday = "MI"
}

/// A season, with its TIMEX3 code.
enum TimexSeason: String, Sendable {
    case spring = "SP", summer = "SU", fall = "FA", winter = "WI"
}

/// The function words the time grammar needs beyond units, months and numbers.
enum TimexFunction: UInt8, Sendable {
    case the, a, an, this, next, last, past, coming, previous, following, current, latest, recent
    case early, late, mid, middle, end, beginning, start, half
    case earlier, later, ago, before, after, since, ahead, from, hence
    case every, each, per, of, or, and, `in`, on, at, by, within, over, during, `for`, to, until, through
    case more, than, least, nearly, almost, about, around, some, roughly, less, up, no, only, just
    case several, few, many, couple, near, term, these, nineties, so, that, same, `as`, when, right, fiscal, year2000Thousand, its, their, our, his, her
    case today, yesterday, tomorrow, tonight, now, currently, recently, soon, future, nowadays, lately
    case formerly, previously, once, then, time, moment, present, meantime
    case daily, weekly, monthly, yearly, annually, hourly, nightly, quarterly, twice, times
    case am, pm, noon, midnight, oclock, zone
    case periodWord, dayBefore, long, old, corresponding, ended, ending, full, whole, entire, first, rest
    case christmas, newYear, thanksgiving, easter, independence, election, eve, holidayDay
    case will, shall, scheduled, due, expected, planned, set, going, would, plans, plan, slated, later2
}

/// One entry of the time lexicon: what a word can contribute to a time expression.
enum TimexWord: Sendable, Equatable {
    case month(Int)
    case weekday(Int)
    case season(TimexSeason)
    case unit(TimexUnit, plural: Bool)
    case number(Int)
    case ordinal(Int)
    case partOfDay(TimexPartOfDay)
    case function(TimexFunction)

    /// True when this word is the given function word.
    func `is`(_ function: TimexFunction) -> Bool {
        if case .function(let f) = self { return f == function }
        return false
    }
}
