import Testing
@testable import ReadoutCore

/// Finds the time expressions of `text` written on `date`.
func timexes(_ text: String, on date: String) -> [Timex] {
    TimexResolver.timexes(in: text, date: ISODay(date)!)
}

/// The (text, type, value) triples of `text` written on `date`.
func triples(_ text: String, on date: String) -> [String] {
    timexes(text, on: date).map { "\($0.text)|\($0.type.rawValue)|\($0.value)" }
}

@Suite("Time expressions: explicit dates")
struct TimeExplicitDateTests {
    @Test("Month-day-year, day-month and abbreviated forms resolve to the day")
    func monthDayForms() {
        let date = "2022-01-21"
        #expect(triples("The summit opened on January 21, 2022 in Geneva.", on: date) == ["January 21, 2022|DATE|2022-01-21"])
        #expect(triples("Talks resumed on 19 January 2022.", on: date) == ["19 January 2022|DATE|2022-01-19"])
        #expect(triples("Talks resumed on 19 January.", on: date) == ["19 January|DATE|2022-01-19"])
        #expect(triples("The envoy left Jan. 18 for Kyiv.", on: date) == ["Jan. 18|DATE|2022-01-18"])
        #expect(triples("Ministers met Sept. 30, 2021.", on: date) == ["Sept. 30, 2021|DATE|2021-09-30"])
        #expect(triples("The vote came on Thursday, Jan. 20.", on: date) == ["Thursday, Jan. 20|DATE|2022-01-20"])
    }

    @Test("A day of month alone ('on the 19th') is the nearest such day")
    func ordinalDay() {
        #expect(triples("The column crossed the border on the 19th.", on: "2022-01-21") == ["the 19th|DATE|2022-01-19"])
    }

    @Test("Numeric dates: ISO, day/month and month/day, with the nearer reading when both fit")
    func numericDates() {
        let date = "2022-01-21"
        #expect(triples("Filed 2022-01-21.", on: date) == ["2022-01-21|DATE|2022-01-21"])
        #expect(triples("Filed 21/01/2022.", on: date) == ["21/01/2022|DATE|2022-01-21"])
        #expect(triples("Filed 01/21/2022.", on: date) == ["01/21/2022|DATE|2022-01-21"])
        // 01/02/2022 could be 1 February or 2 January: the reading nearer the article date wins.
        #expect(triples("Filed 01/02/2022.", on: "2022-01-05") == ["01/02/2022|DATE|2022-01-02"])
        #expect(triples("Filed 01/02/2022.", on: "2022-01-30") == ["01/02/2022|DATE|2022-02-01"])
    }

    @Test("Years, months, seasons, quarters and decades")
    func coarseDates() {
        let date = "2022-01-21"
        #expect(triples("Troops withdrew in 2014.", on: date) == ["2014|DATE|2014"])
        #expect(triples("The pact was signed in December 2021.", on: date) == ["December 2021|DATE|2021-12"])
        #expect(triples("The drills began in November.", on: date) == ["November|DATE|2021-11"])
        #expect(triples("Prices rose in the summer of 2021.", on: date) == ["the summer of 2021|DATE|2021-SU"])
        #expect(triples("Output fell in the third quarter.", on: date) == ["the third quarter|DATE|2021-Q3"])
        #expect(triples("Exports doubled in the 1990s.", on: date) == ["the 1990s|DATE|199"])
    }

    @Test("A month and day without a year take the nearest occurrence")
    func nearestOccurrence() {
        #expect(triples("Moscow sent its list on December 17.", on: "2022-01-21") == ["December 17|DATE|2021-12-17"])
        #expect(triples("The envoys will meet again on February 2.", on: "2022-01-21") == ["February 2|DATE|2022-02-02"])
    }
}

@Suite("Time expressions: relative dates and weekdays")
struct TimeRelativeDateTests {
    @Test("today, yesterday, tomorrow, tonight")
    func deictic() {
        let date = "2022-01-21"
        #expect(triples("Talks end today.", on: date) == ["today|DATE|2022-01-21"])
        #expect(triples("He arrived yesterday.", on: date) == ["yesterday|DATE|2022-01-20"])
        #expect(triples("They fly home tomorrow.", on: date) == ["tomorrow|DATE|2022-01-22"])
        #expect(triples("A statement is due tonight.", on: date) == ["tonight|DATE|2022-01-21"])
    }

    @Test("this, next and last week, month and year, as ISO weeks, months and years")
    func calendarUnits() {
        let date = "2022-01-21"
        #expect(triples("A written answer comes next week.", on: date) == ["next week|DATE|2022-W04"])
        #expect(triples("They spoke last week.", on: date) == ["last week|DATE|2022-W02"])
        #expect(triples("Both sides met this week.", on: date) == ["this week|DATE|2022-W03"])
        #expect(triples("Elections are due next month.", on: date) == ["next month|DATE|2022-02"])
        #expect(triples("Gas prices peaked last year.", on: date) == ["last year|DATE|2021"])
        #expect(triples("The envoy visited earlier this month.", on: date) == ["earlier this month|DATE|2022-01"])
    }

    @Test("Counted dates: two weeks ago, the day before")
    func countedDates() {
        let date = "2022-01-21"
        #expect(triples("The drills began two weeks ago.", on: date) == ["two weeks ago|DATE|2022-W01"])
        #expect(triples("Talks were held on January 10. The day before, troops moved.", on: date)
            == ["January 10|DATE|2022-01-10", "The day before|DATE|2022-01-09"])
        #expect(triples("A reply is expected in ten days.", on: date) == ["ten days|DURATION|P10D"])
    }

    @Test("A bare or 'this' weekday is this week's, not next week's")
    func weekdays() {
        let friday = "2022-01-21"
        #expect(triples("Lavrov described the talks this Friday as useful.", on: friday) == ["this Friday|DATE|2022-01-21"])
        #expect(triples("The ministers met on Tuesday.", on: friday) == ["Tuesday|DATE|2022-01-18"])
        #expect(triples("Blinken said Friday that talks went well.", on: friday) == ["Friday|DATE|2022-01-21"])
        #expect(triples("They met last Monday.", on: friday) == ["last Monday|DATE|2022-01-17"])
    }

    @Test("Future and scheduling cues move a weekday forward")
    func futureWeekdays() {
        let wednesday = "2022-01-19"
        #expect(triples("The two will meet on Friday in Geneva.", on: wednesday) == ["Friday|DATE|2022-01-21"])
        #expect(triples("A vote is scheduled for Monday.", on: wednesday) == ["Monday|DATE|2022-01-24"])
        #expect(triples("The envoy met rebels on Monday.", on: wednesday) == ["Monday|DATE|2022-01-17"])
    }
}

@Suite("Time expressions: times, durations, sets and references")
struct TimeOtherExpressionTests {
    @Test("Clock times and parts of day")
    func times() {
        let date = "2022-01-21"
        #expect(triples("The talks began at 10:30 a.m. in Geneva.", on: date) == ["10:30 a.m.|TIME|2022-01-21T10:30"])
        #expect(triples("Shelling resumed at 6 p.m. Thursday.", on: date) == ["6 p.m. Thursday|TIME|2022-01-20T18:00"])
        #expect(triples("Sirens sounded this morning.", on: date) == ["this morning|TIME|2022-01-21TMO"])
        #expect(triples("They met on Friday morning.", on: date) == ["Friday morning|DATE|2022-01-21"])
    }

    @Test("Durations: a few weeks, three years, eight years, two-year")
    func durations() {
        let date = "2022-01-21"
        #expect(triples("Moscow could take a few weeks to study the reply.", on: date) == ["a few weeks|DURATION|PXW"])
        #expect(triples("The war lasted three years.", on: date) == ["three years|DURATION|P3Y"])
        #expect(triples("He ruled for eight years.", on: date) == ["eight years|DURATION|P8Y"])
        #expect(triples("A two-year truce held.", on: date) == ["two-year|DURATION|P2Y"])
        #expect(triples("Fighting went on for 5 1/2 hours.", on: date) == ["5 1/2 hours|DURATION|PT5H30M"])
        #expect(triples("The siege lasted 1,000 days.", on: date) == ["1,000 days|DURATION|P1000D"])
    }

    @Test("Sets: every week, daily, twice a year")
    func sets() {
        let date = "2022-01-21"
        #expect(triples("Inspectors report every week.", on: date) == ["every week|SET|P1W"])
        #expect(triples("Patrols run daily.", on: date) == ["daily|SET|P1D"])
        #expect(triples("The council meets twice a year.", on: date) == ["twice a year|SET|P1Y"])
    }

    @Test("Vague references: recently, now, soon")
    func vague() {
        let date = "2022-01-21"
        #expect(triples("Tension rose recently.", on: date) == ["recently|DATE|PAST_REF"])
        #expect(triples("The border is now closed.", on: date) == ["now|DATE|PRESENT_REF"])
        #expect(triples("A reply will come soon.", on: date) == ["soon|DATE|FUTURE_REF"])
    }

    @Test("'at the time' and 'that day' point back to the last date")
    func anaphora() {
        let date = "2022-01-21"
        #expect(triples("Moscow issued its demands on December 17. They were rejected at the time.", on: date)
            == ["December 17|DATE|2021-12-17", "at the time|DATE|2021-12-17"])
        #expect(triples("Troops crossed on March 3, 2014. Later that day the parliament met.", on: date)
            == ["March 3, 2014|DATE|2014-03-03", "Later that day|DATE|2014-03-03"])
    }

    @Test("Numbers that are not times give no time expression")
    func notTimes() {
        let date = "2022-01-21"
        #expect(triples("More than 100,000 soldiers massed near the border.", on: date).isEmpty)
        #expect(triples("The G7 met under Article 5 rules.", on: date).isEmpty)
        #expect(triples("About 2000 troops and 1500 tanks moved.", on: date).isEmpty)
        #expect(triples("A 6-year-old boy was hurt.", on: date).isEmpty)
        #expect(triples("Prices rose 5.5 percent.", on: date).isEmpty)
    }

    @Test("Spans are Unicode-scalar offsets, also after non-ASCII text")
    func scalarSpans() {
        let text = "Zelenskyy’s envoy — in Kyiv — said «next week» again."
        let found = timexes(text, on: "2022-01-21")
        #expect(found.count == 1)
        let scalars = Array(text.unicodeScalars)
        let covered = String(String.UnicodeScalarView(scalars[found[0].start..<found[0].end]))
        #expect(covered == "next week")
        #expect(found[0].value == "2022-W04")
    }
}

@Suite("Time expressions: robustness")
struct TimeRobustnessTests {
    @Test("Symbols, bullets and emoji do not stall the scanner")
    func symbols() {
        let text = "• Talks resume ‰ next week ‹now› ★ 🇺🇦 on Monday € 5 — “soon”"
        let found = timexes(text, on: "2022-01-21").map(\.text)
        #expect(found == ["next week", "now", "Monday", "soon"])
    }
}

@Suite("Time expressions: holidays, quarters and spoken years")
struct TimeCalendarNameTests {
    @Test("Holidays take their nearest occurrence")
    func holidays() {
        #expect(triples("Shops closed on Thanksgiving Day.", on: "1999-11-26") == ["Thanksgiving Day|DATE|1999-11-25"])
        #expect(triples("A truce held over Christmas.", on: "2021-12-28") == ["Christmas|DATE|2021-12-25"])
        #expect(triples("Turnout was low on Election Day.", on: "2020-11-05") == ["Election Day|DATE|2020-11-03"])
    }

    @Test("Report quarters: this year's, last year's, a year earlier")
    func quarters() {
        let date = "2021-10-26"
        #expect(triples("Exports grew in this year's third quarter.", on: date) == ["this year's third quarter|DATE|2021-Q3"])
        #expect(triples("Profit rose in the third quarter from a year earlier.", on: date)
            == ["the third quarter|DATE|2021-Q3", "a year earlier|DATE|2020-Q3"])
        #expect(triples("Sales were flat in the 2020 second quarter.", on: date) == ["the 2020 second quarter|DATE|2020-Q2"])
    }

    @Test("Years and decades said in words")
    func spoken() {
        #expect(triples("It began in nineteen ninety-six.", on: "1998-02-27") == ["nineteen ninety-six|DATE|1996"])
        #expect(triples("Plans for the year two thousand.", on: "1998-02-27") == ["the year two thousand|DATE|2000"])
        #expect(triples("Growth slowed in the nineties.", on: "2001-05-01") == ["the nineties|DATE|199"])
    }
}

@Suite("Time expressions: look-alikes")
struct TimeLookAlikeTests {
    @Test("Ordinals and newspaper names that are not dates")
    func lookAlikes() {
        let date = "2022-01-21"
        #expect(triples("A deal came at the 11th hour.", on: date).isEmpty)
        #expect(triples("The story ran in The Sun.", on: date).isEmpty)
        #expect(triples("Troops may march on the capital.", on: date).isEmpty)
        #expect(triples("The decree took effect on the 15th.", on: date) == ["the 15th|DATE|2022-01-15"])
    }
}
