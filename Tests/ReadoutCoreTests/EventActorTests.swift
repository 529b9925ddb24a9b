import Testing
@testable import ReadoutCore

/// Who acts in an event: domestic targets and countries acting through their governments.
@Suite struct EventActorTests {
    static let police = EventFixture.Party(id: "ukrcop", name: "Ukrainian police", kind: .organization, code: "UKRCOP", country: "UKR",
                                           forms: ["Ukrainian police"])
    static let opposition = EventFixture.Party(id: "ukropp", name: "Ukrainian opposition", kind: .organization, code: "UKROPP",
                                               country: "UKR", forms: ["opposition activists"])

    @Test func policeActingOnTheirOwnCountrysOppositionIsDomestic() {
        let readout = EventFixture.read("Ukrainian police arrested opposition activists in the capital.",
                                        parties: [EventActorTests.police, EventActorTests.opposition] + EventFixture.everyone)
        let e = readout.events.first { $0.type == "COERCE" }
        #expect(e?.source == ["ukrcop"])
        #expect(e?.target == ["ukropp"])
    }

    @Test func countryAgreeingActsThroughItsGovernment() {
        let readout = EventFixture.read("Moscow spoke on Monday. Later Russia agreed to meet France on Friday.")
        let e = readout.events.first { $0.type == "AGREE" }
        #expect(e?.source == ["rusgov"])
    }

    @Test func countryWithoutAGovernmentMentionStaysTheCountry() {
        let e = EventFixture.read("France condemned Russia on Tuesday.").events.first { $0.type == "ACCUSE" }
        #expect(e?.source == ["fra"])
        #expect(e?.target == ["rus"])
    }

    @Test func troopsStayWithTheCountry() {
        let readout = EventFixture.read("Moscow spoke on Monday. Russia deployed troops near Ukraine.")
        let e = readout.events.first { $0.type == "MOBILIZE" }
        #expect(e?.source == ["rus"])
    }
}
