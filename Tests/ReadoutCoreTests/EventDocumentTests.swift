import Testing
@testable import ReadoutCore

/// Within-document merging, dates, places, captions and expectations.
@Suite struct EventDocumentTests {
    @Test func sameMeetingMentionedThreeTimesIsOneEvent() {
        let text = "Jean Dupont met Hans Weber in Vienna on Thursday. The talks lasted four hours. Dupont said the meeting with Weber was frank."
        let readout = EventFixture.read(text, timexes: [("Thursday", "2023-03-09")])
        let meetings = readout.events.filter { $0.type == "CONSULT" }
        #expect(meetings.count == 1)
        #expect(meetings.first?.mentions.count == 3)
        #expect(meetings.first?.date?.value == "2023-03-09")
    }

    @Test func differentDatesAreDifferentEvents() {
        let text = "Moscow issued demands to the alliance on December 17. Moscow repeated its demands to the alliance on March 9."
        let readout = EventFixture.read(text, timexes: [("December 17", "2022-12-17"), ("March 9", "2023-03-09")])
        let dates = readout.events.filter { $0.type == "REQUEST" }.compactMap { $0.date?.value }
        #expect(dates.contains("2022-12-17"))
        #expect(dates.contains("2023-03-09"))
    }

    @Test func dateFromTheEventsOwnClause() {
        let readout = EventFixture.read("Berlin answered the demands that Moscow issued on December 17.", timexes: [("December 17", "2022-12-17")])
        let demand = readout.events.first { $0.type == "REQUEST" }
        #expect(demand?.date == DateWindow(value: "2022-12-17", start: "2022-12-17", end: "2022-12-17"))
    }

    @Test func currentEventsTakeTheDocumentDate() {
        let readout = EventFixture.read("France condemned Russia.", date: "2023-03-10")
        #expect(readout.events.first?.date?.value == "2023-03-10")
    }

    @Test func sinceAndUntilBoundTheEventNotDateIt() {
        let text = "Jean Dupont met Hans Weber in Vienna for the first time since 2019. Paris condemned Moscow until March."
        let readout = EventFixture.read(text, date: "2023-03-10", timexes: [("2019", "2019"), ("March", "2023-03")])
        #expect(readout.events.first { $0.type == "CONSULT" }?.date?.value == "2023-03-10")
        #expect(readout.events.first { $0.type == "ACCUSE" || $0.type == "DISAPPROVE" }?.date?.value == "2023-03-10")
    }

    @Test func atTheTimePointsBack() {
        let text = "Moscow issued demands to the alliance on December 17. The demand was rejected at the time by Paris as unacceptable."
        let readout = EventFixture.read(text, timexes: [("December 17", "2022-12-17")])
        let rejection = readout.events.first { $0.type == "REJECT" }
        #expect(rejection?.date?.value == "2022-12-17")
        #expect(rejection?.source == ["fra"])
    }

    @Test func captionTakesTheCaptionsDate() {
        let text = "France condemned Russia.\nRussian troops hold exercises in Donbas. Photo from May 3, 2021"
        let readout = EventFixture.read(text, timexes: [("May 3, 2021", "2021-05-03")], captions: ["Photo from"])
        let drill = readout.events.first { $0.type == "MOBILIZE" }
        #expect(drill?.date?.value == "2021-05-03")
        #expect(drill?.location == "Donbas")
    }

    @Test func datelineGivesThePlace() {
        let readout = EventFixture.read("VIENNA — France condemned Russia.")
        #expect(readout.events.first { $0.type == "ACCUSE" }?.location == "Vienna")
    }

    @Test func scheduledResponseIsAnExpectationWithItsWindow() {
        let text = "Washington is scheduled to deliver a written answer to the Kremlin next week. Later the United States agreed to answer next week."
        let readout = EventFixture.read(text, date: "2022-01-21", timexes: [("next week", "2022-W04")])
        #expect(readout.expectations.count == 1)
        let expectation = readout.expectations.first
        #expect(expectation?.actor == "usa")
        #expect(expectation?.counterpart == "rusgov")
        #expect(expectation?.due == DateWindow(value: "2022-W04", start: "2022-01-24", end: "2022-01-30"))
        #expect(expectation?.stated == "2022-01-21")
        #expect(expectation?.status == "pending")
        #expect(expectation?.action.hasPrefix("deliver a written answer") == true)
    }

    @Test func anActionEndsBeforeTheWordsLeadingIntoItsDueTimeAndAtItsClause() {
        let text = "Jean Dupont will meet Hans Weber in Vienna on Thursday. Paris has committed to de-escalation, nor has it refused talks."
        let readout = EventFixture.read(text, date: "2023-03-06", timexes: [("Thursday", "2023-03-09")])
        #expect(readout.expectations.map(\.action) == ["meet Hans Weber in Vienna", "de-escalation"])
    }

    @Test func anOrderGivenToOnesTroopsMovesThemAndIsNoDemand() {
        func types(_ text: String) -> [String] { EventFixture.read(text).events.map(\.type) }
        #expect(types("Washington ordered 3,000 more troops to Germany.") == ["MOBILIZE"])
        #expect(types("The Kremlin ordered the army back to its bases.") == ["RETREAT"])
        #expect(types("Moscow ordered Ukrainian troops to lay down their arms.") == ["REQUEST"])
        #expect(types("Paris ordered Moscow to release the journalist.").first == "REQUEST")
    }

    @Test func pushingBackOnAProposalRejectsItAndPushingBackTroopsIsFighting() {
        func types(_ text: String) -> [String] { EventFixture.read(text).events.map(\.type) }
        #expect(types("Paris pushed back on Moscow's proposals.") == ["REJECT"])
        #expect(types("Ukrainian troops pushed back Russian forces.") == ["ASSAULT"])
    }

    @Test func noEventWithoutATrigger() {
        let readout = EventFixture.read("The tension between Moscow and Russia continues.")
        #expect(readout.events.isEmpty)
    }

    @Test func timexWindows() {
        #expect(TimexWindow.window("2022-W04") == DateWindow(value: "2022-W04", start: "2022-01-24", end: "2022-01-30"))
        #expect(TimexWindow.window("2021-12") == DateWindow(value: "2021-12", start: "2021-12-01", end: "2021-12-31"))
        #expect(TimexWindow.window("2020-W53")?.start == "2020-12-28")
        #expect(TimexWindow.window("PXW") == nil)
    }
}
