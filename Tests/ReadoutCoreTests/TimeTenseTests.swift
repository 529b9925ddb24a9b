import Testing
@testable import ReadoutCore

@Suite("Time expressions: the tense of the clause decides which way a weekday or a yearless date goes")
struct TimeTenseTests {
    /// The value of the one time expression whose text is `text` in `sentence` written on `date`.
    func value(of text: String, in sentence: String, on date: String) -> String? {
        timexes(sentence, on: date).first { $0.text == text }?.value
    }

    @Test("Scheduling words move a weekday forward: \"set to\", \"is to\", a present-tense verb, \"plans to\" after it")
    func weekdayForward() {
        let date = "2022-01-21" // a Friday
        #expect(value(of: "Monday", in: "The talks are set to resume Monday in Vienna.", on: date) == "2022-01-24")
        #expect(value(of: "Tuesday", in: "The exchange is to reopen for trading Tuesday.", on: date) == "2022-01-25")
        #expect(value(of: "Wednesday", in: "The two foreign ministers meet Wednesday in Geneva.", on: date) == "2022-01-26")
        #expect(value(of: "Monday", in: "On Monday, the union plans to hold a strike vote.", on: date) == "2022-01-24")
    }

    @Test("Past-tense clauses keep a weekday in the past, even after \"until\", \"planned\" or \"had been scheduled\"")
    func weekdayBack() {
        let date = "2022-01-21"
        #expect(value(of: "Thursday", in: "Until Thursday, the envoys had refused to meet.", on: date) == "2022-01-20")
        #expect(value(of: "Saturday", in: "A rally planned for Saturday was called off by the organisers.", on: date)
            == "2022-01-15")
        #expect(value(of: "midnight Tuesday", in: "The offer had been scheduled to expire at midnight Tuesday.", on: date)
            == "2022-01-18T24:00")
        #expect(value(of: "Thursday", in: "The minister spoke on Thursday about talks that could resume.", on: date)
            == "2022-01-20")
    }

    @Test("A month or month-day without a year: the last one in a past clause, the next one in a future clause")
    func yearlessDates() {
        #expect(value(of: "Jan. 31", in: "In the fiscal year ended Jan. 31, the retailer earned $2 million.", on: "2022-10-27")
            == "2022-01-31")
        #expect(value(of: "January", in: "In January, the bank hired a new chief executive.", on: "2022-10-27") == "2022-01")
        #expect(value(of: "Aug. 21", in: "The lender announced the plan Aug. 21.", on: "2022-10-27") == "2022-08-21")
        #expect(value(of: "December", in: "The astronaut will be named to command the shuttle for a mission in December.",
                      on: "2022-03-04") == "2022-12")
        #expect(value(of: "Dec. 14", in: "The dividend will be paid Dec. 14 to holders of record.", on: "2022-10-26")
            == "2022-12-14")
        #expect(value(of: "Nov. 10", in: "The board has set Nov. 10 as the deadline for bids.", on: "2022-11-02")
            == "2022-11-10")
    }
}

@Suite("Time expressions: \"the year\"")
struct TimeTheYearTests {
    @Test("\"the year\" is the document's year; followed by an end date it is a year-long stretch")
    func theYear() {
        let date = "2022-10-28"
        #expect(triples("The shares hit a high for the year in June.", on: date) == ["the year|DATE|2022", "June|DATE|2022-06"])
        #expect(triples("Sales fell in the first nine months of the year.", on: date).contains("the year|DATE|2022"))
        #expect(triples("The insurer expects lower profit for the fiscal year.", on: date) == ["the fiscal year|DATE|2022"])
        #expect(triples("For the year ended June 30, the miner earned $4 million.", on: date).first == "the year|DURATION|P1Y")
    }
}
