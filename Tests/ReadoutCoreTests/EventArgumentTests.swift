import Testing
@testable import ReadoutCore

/// Source and target from clause structure, and nominal events.
@Suite struct EventArgumentTests {
    private func first(_ text: String, _ type: String) -> Event? {
        EventFixture.read(text).events.first { $0.type == type }
    }

    @Test func subjectAndObject() {
        let e = first("France condemned Russia on Tuesday.", "ACCUSE")
        #expect(e?.source == ["fra"])
        #expect(e?.target == ["rus"])
    }

    @Test func prepositionalTarget() {
        let e = first("Moscow issued a list of demands to the alliance.", "REQUEST")
        #expect(e?.source == ["rusgov"])
        #expect(e?.target == ["nato"])
    }

    @Test func passiveWithBy() {
        let e = first("Ukraine was attacked by Russian troops.", "ASSAULT")
        #expect(e?.source == ["rus"])
        #expect(e?.target == ["ukr"])
    }

    @Test func passiveAdjectiveRefersBackToTheDemand() {
        let readout = EventFixture.read("Moscow demanded guarantees from NATO. That demand was described by Washington as unacceptable.")
        let rejection = readout.events.first { $0.type == "REJECT" }
        #expect(rejection?.source == ["usa"])
        #expect(rejection?.target == ["rusgov"])
    }

    @Test func compoundSubject() {
        let e = first("France and Germany criticised Moscow.", "ACCUSE")
        #expect(e?.source == ["fra", "deu"])
        #expect(e?.target == ["rusgov"])
    }

    @Test func reciprocalMeeting() {
        let e = first("Jean Dupont and Hans Weber met in Vienna.", "CONSULT")
        #expect(e?.source == ["min"])
        #expect(e?.target == ["env"])
        #expect(e?.reciprocal == true)
        #expect(e?.location == "Vienna")
    }

    @Test func meetingBetween() {
        let e = first("The meeting between Jean Dupont and Hans Weber lasted two hours.", "CONSULT")
        #expect(e?.source == ["min"])
        #expect(e?.target == ["env"])
    }

    @Test func talksWith() {
        let e = first("Dupont said his talks with Weber were useful.", "CONSULT")
        #expect(e?.source == ["min"])
        #expect(e?.target == ["env"])
    }

    @Test func exercisesIn() {
        let e = first("Russian troops held exercises in Donbas.", "MOBILIZE")
        #expect(e?.source == ["rus"])
        #expect(e?.location == "Donbas")
    }

    @Test func sanctionsOn() {
        let e = first("The new French sanctions on Russia took effect.", "SANCTION")
        #expect(e?.source == ["fra"])
        #expect(e?.target == ["rus"])
    }

    @Test func invasionOf() {
        let e = first("The Russian invasion of Ukraine began before dawn.", "ASSAULT")
        #expect(e?.source == ["rus"])
        #expect(e?.target == ["ukr"])
    }

    @Test func relativeClauseNamesTheSource() {
        let e = first("Berlin answered the demands that Moscow issued to the alliance.", "REQUEST")
        #expect(e?.source == ["rusgov"])
        #expect(e?.target == ["nato"])
    }
}
