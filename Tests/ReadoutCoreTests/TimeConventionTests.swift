import Testing
@testable import ReadoutCore

@Suite("Time expressions: news conventions for ages, titles, 'soon' and anchored forms")
struct TimeConventionTests {
    @Test("Ages and the names of shows or films are not time expressions")
    func agesAndTitles() {
        let date = "2022-01-24"
        #expect(triples("The pilot, 41 years old, landed the plane safely.", on: date).isEmpty)
        #expect(triples("The minister spoke on the program \"This Week\" on Sunday.", on: date) == ["Sunday|DATE|2022-01-23"])
        #expect(triples("He told CBS's \"60 Minutes\" that he would run.", on: date).isEmpty)
        #expect(triples("The poster showed a scene from the film \"High Noon\".", on: date).isEmpty)
        #expect(triples("Protesters joined this march through the capital.", on: date).isEmpty)
    }

    @Test("\"soon\" is FUTURE_REF only when it looks forward")
    func soon() {
        let date = "2022-01-24"
        #expect(triples("The ministers will meet again soon.", on: date) == ["soon|DATE|FUTURE_REF"])
        #expect(triples("He was soon released by the police.", on: date).isEmpty)
        #expect(triples("The envoys left soon after the vote.", on: date).isEmpty)
    }

    @Test("Anchored forms: a clock time with its date, \"last Oct. 23\", \"the week of\", \"the previous Friday\"")
    func anchoredForms() {
        #expect(triples("Bids are due by 5 p.m. EST, Nov. 6.", on: "2022-10-30") == ["5 p.m. EST, Nov. 6|TIME|2022-11-06T17:00"])
        #expect(triples("The ferry sank last Oct. 23 off the coast.", on: "2023-04-19") == ["last Oct. 23|DATE|2022-10-23"])
        #expect(triples("A hearing is set for the week of March 6.", on: "2023-02-24") == ["the week of March 6|DATE|2023-W10"])
        #expect(triples("The index closed Friday, down 4.5% from the previous Friday.", on: "2022-10-31")
            == ["Friday|DATE|2022-10-28", "the previous Friday|DATE|2022-10-21"])
    }

    @Test("\"year-earlier\" without an article, and \"a minute and a half\"")
    func yearEarlierAndHalves() {
        #expect(triples("Profit rose from year-earlier levels.", on: "2022-10-26") == ["year-earlier|DATE|2021"])
        #expect(triples("The engine ran for a minute and a half.", on: "2022-10-26") == ["a minute and a half|DURATION|PT1M30S"])
    }

    @Test("An adverb between a present-tense verb and the weekday; \"as planned\" is no future cue")
    func adverbAndAsPlanned() {
        #expect(triples("The envoys meet separately Monday with the mediator.", on: "2022-01-21") == ["Monday|DATE|2022-01-24"])
        #expect(triples("The offensive began as previously planned Saturday night.", on: "2022-01-24")
            == ["Saturday night|DATE|2022-01-22TNI"])
    }
}

@Suite("Time expressions: results reports, sets of months and parts of day before their day")
struct TimeReportTests {
    @Test("\"the year-ago period\" is the reported quarter a year back, not a quarter forecast ahead")
    func yearAgoPeriod() {
        let text = "Analysts expect losses through the third quarter of 2024. In the year-ago period, the mill earned $9 million."
        #expect(triples(text, on: "2023-10-26").last == "the year-ago period|DATE|2022-Q3")
    }

    @Test("\"each July\" is a set; \"mid-afternoon yesterday\" is that part of yesterday")
    func monthSetAndPartOfDayFirst() {
        #expect(triples("The marchers parade each July through the town.", on: "2022-03-22") == ["each July|SET|XXXX-07"])
        #expect(triples("At mid-afternoon yesterday, the shares were up 2 pence.", on: "2022-11-02")
            == ["mid-afternoon yesterday|TIME|2022-11-01TAF"])
    }

    @Test("A plan told in the past perfect leaves the date to its default reading")
    func pastPerfectPlans() {
        #expect(triples("The bid had been due to expire Friday evening.", on: "2022-10-31") == ["Friday evening|DATE|2022-10-28TEV"])
        #expect(triples("The offer had been set to expire Nov. 6.", on: "2022-11-02") == ["Nov. 6|DATE|2022-11-06"])
    }
}

@Suite("Time expressions: generic present and future")
struct TimeGenericTests {
    @Test("\"today's youth\", \"the people of tomorrow\", \"high noon\" and a newspaper \"daily\" name no time")
    func generic() {
        let date = "2022-05-10"
        #expect(triples("The campaign speaks to today's youth.", on: date).isEmpty)
        #expect(triples("Today's meeting ran late.", on: date) == ["Today|DATE|2022-05-10"])
        #expect(triples("He wants to train the engineers of tomorrow.", on: date).isEmpty)
        #expect(triples("For the team, high noon comes at the final.", on: date).isEmpty)
        #expect(triples("The party daily Pravda printed the speech.", on: date).isEmpty)
        #expect(triples("The ferry sails daily.", on: date) == ["daily|SET|P1D"])
    }

    @Test("\"will one day\" is some day in the future")
    func oneDay() {
        #expect(triples("The town will one day be a city.", on: "2022-05-10") == ["one day|DATE|FUTURE_REF"])
        #expect(triples("The strike lasted one day.", on: "2022-05-10") == ["one day|DURATION|P1D"])
    }
}

@Suite("Time expressions: holiday weeks")
struct TimeHolidayWeekTests {
    @Test("\"Easter week\" is the ISO week of Easter Sunday")
    func easterWeek() {
        // Easter Sunday 2023 fell on April 9, in ISO week 14.
        #expect(triples("Pilgrims filled the city as Easter week began.", on: "2023-04-03") == ["Easter week|DATE|2023-W14"])
    }
}

@Suite("Time expressions: names that contain a time word")
struct TimeNameTests {
    @Test("\"USA Today\", \"Vision 2030\" and \"quarter-to-quarter\" name no time")
    func names() {
        let date = "2022-05-10"
        #expect(triples("The poll was published by USA Today on Monday.", on: date) == ["Monday|DATE|2022-05-09"])
        #expect(triples("The plan, called Vision 2030, was unveiled in Riyadh.", on: date).isEmpty)
        #expect(triples("The quarter-to-quarter comparison was flattered by charges.", on: date).isEmpty)
        #expect(triples("Today the talks resume.", on: date) == ["Today|DATE|2022-05-10"])
        #expect(triples("The treaty was signed in 2030.", on: date) == ["2030|DATE|2030"])
    }
}

@Suite("Time expressions: results-report and part-of-day forms")
struct TimeReportFormTests {
    @Test("\"fiscal 1989 sales\", \"the fiscal second-quarter\", \"the latest period\", \"that quarter\"")
    func reportForms() {
        let date = "1989-11-02"
        #expect(triples("Sales will be above fiscal 1989 sales of $155 million.", on: date) == ["fiscal 1989|DATE|1989"])
        #expect(triples("The mill posted net income for the fiscal second-quarter of $8 million.", on: date)
            == ["the fiscal second-quarter|DATE|1989-Q2"])
        #expect(triples("There were no one-time gains in the latest period.", on: date) == ["the latest period|DATE|1989-Q3"])
        #expect(triples("The bank lost money in the second quarter. Results for that quarter included a charge.", on: date)
            == ["the second quarter|DATE|1989-Q2", "that quarter|DATE|1989-Q2"])
    }

    @Test("\"the early summer\", \"by mid afternoon\", \"day-long\", \"at a later date\"")
    func otherForms() {
        let date = "1998-03-06"
        #expect(triples("Orders rose from the low levels of the early summer.", on: date) == ["the early summer|DATE|1998-SU"])
        #expect(triples("By mid afternoon, officials said the raid was over.", on: date) == ["mid afternoon|TIME|1998-03-06TAF"])
        #expect(triples("The envoys left their third day-long meeting.", on: date) == ["day-long|DURATION|P1D"])
        #expect(triples("The rest will be raised at a later date.", on: date) == ["a later date|DATE|FUTURE_REF"])
    }
}

@Suite("Time expressions: vague stretches")
struct TimeVagueStretchTests {
    @Test("\"for a while\", \"an additional year\", \"months ago\"")
    func vagueStretches() {
        let date = "1998-01-11"
        #expect(triples("Villagers will live without power for a while.", on: date) == ["a while|DURATION|PXX"])
        #expect(triples("The loan may be extended for an additional year.", on: date) == ["an additional year|DURATION|P1Y"])
        #expect(triples("The firm, which just months ago was failing, has recovered.", on: date) == ["months ago|DATE|PAST_REF"])
        #expect(triples("A while later he left.", on: date).isEmpty)
    }
}
