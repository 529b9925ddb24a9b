import Testing
@testable import ReadoutCore

@Suite("Time expressions: weekday parts of day and the unanchored week")
struct TimePartOfDayWeekTests {
    @Test("A weekday with afternoon, evening or night names that part of the day, typed DATE")
    func weekdayPartOfDay() {
        let date = "2022-01-21"
        #expect(triples("The convoy crossed the border on Wednesday night.", on: date)
            == ["Wednesday night|DATE|2022-01-19TNI"])
        #expect(triples("Ministers dined together Thursday evening.", on: date)
            == ["Thursday evening|DATE|2022-01-20TEV"])
        #expect(triples("The vote was held Tuesday afternoon.", on: date)
            == ["Tuesday afternoon|DATE|2022-01-18TAF"])
        #expect(triples("They met on Friday morning.", on: date) == ["Friday morning|DATE|2022-01-21"])
    }

    @Test("\"the week\" with nothing to pin it is some week of the document's year")
    func unanchoredWeek() {
        let date = "1995-06-09"
        #expect(triples("For the week, the benchmark index lost 2 percent.", on: date) == ["the week|DATE|1995-WXX"])
        #expect(!triples("The hearing is set for the week of March 6.", on: date).contains { $0.hasPrefix("the week|") })
        #expect(!triples("Traders expect calm in the week ahead.", on: date).contains { $0.hasPrefix("the week|") })
    }
}

@Suite("Time expressions: rates per unit")
struct TimeRateTests {
    @Test("\"a year\" after an amount is a rate: SET P1Y")
    func ratePerUnit() {
        let date = "2022-01-21"
        #expect(triples("The plan saves $40 million a year.", on: date) == ["a year|SET|P1Y"])
        #expect(triples("The airline adds six flights a week.", on: date) == ["a week|SET|P1W"])
        #expect(triples("The road stays shut for a week.", on: date) == ["a week|DURATION|P1W"])
        #expect(triples("Sales rose a year ago.", on: date) == ["a year ago|DATE|2021"])
    }
}
