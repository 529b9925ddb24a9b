import Testing
@testable import ReadoutCore

/// Targets that are local groups without a code of their own.
@Suite struct EventLocalTargetTests {
    static let kyivPolice = EventFixture.Party(id: "ukrcop", name: "Ukrainian police", kind: .organization, code: "UKRCOP", country: "UKR",
                                               forms: ["Ukrainian police"])
    static let velmar = EventFixture.Party(id: "velmar", name: "Velmar", kind: .unknown, code: nil, country: "UKR", forms: ["Velmar"])
    static let gazette = EventFixture.Party(id: "gazette", name: "Kyiv Gazette", kind: .unknown, code: nil, country: nil, forms: ["the Kyiv Gazette"])
    static let unions = EventFixture.Party(id: "ukrlab", name: "Ukrainian unions", kind: .organization, code: "UKRLAB", country: "UKR",
                                           forms: ["Ukrainian unions"])

    @Test func uncodedLocalGroupOfTheSameCountryIsTheTarget() {
        let readout = EventFixture.read("Ukrainian police arrested Velmar fighters near the border on Monday.",
                                        parties: [EventLocalTargetTests.kyivPolice, EventLocalTargetTests.velmar] + EventFixture.everyone)
        let e = readout.events.first { $0.type == "COERCE" }
        #expect(e?.target == ["velmar"])
    }

    @Test func unknownTargetGivesWayToADomesticParty() {
        let readout = EventFixture.read("Ukrainian police raided the Kyiv Gazette after protests by Ukrainian unions.",
                                        parties: [EventLocalTargetTests.kyivPolice, EventLocalTargetTests.gazette, EventLocalTargetTests.unions]
                                            + EventFixture.everyone)
        let e = readout.events.first { $0.source == ["ukrcop"] }
        #expect(e?.target == ["ukrlab"])
    }
}

/// A party coded by its country alone is not the country itself.
@Suite struct EventCountryCodedPartyTests {
    static let paper = EventFixture.Party(id: "courrier", name: "Le Courrier", kind: .unknown, code: "FRA", country: "FRA", forms: ["Le Courrier"])

    @Test func countryActingOnAPartyCodedOnlyByThatCountry() {
        let readout = EventFixture.read("France ordered the weekly Le Courrier to suspend publication, a spokesman said.",
                                        parties: [EventCountryCodedPartyTests.paper] + EventFixture.everyone)
        let e = readout.events.first { $0.source == ["fra"] }
        #expect(e != nil)
        #expect(e?.target == ["courrier"])
    }
}

/// A group coded by its country alone acting on that country.
@Suite struct EventGroupOnItsCountryTests {
    static let party = EventFixture.Party(id: "velmar", name: "Velmar party", kind: .unknown, code: "UKR", country: "UKR", forms: ["The Velmar party"])

    @Test func groupThreateningItsOwnCountryTargetsTheCountry() {
        let readout = EventFixture.read("The Velmar party threatened to boycott Ukraine's elections next month.",
                                        parties: [EventGroupOnItsCountryTests.party] + EventFixture.everyone)
        let e = readout.events.first { $0.source == ["velmar"] }
        #expect(e != nil)
        #expect(e?.target == ["ukr"])
    }
}
