import Testing
@testable import ReadoutCore

/// Modality: whether an event happened, was denied, claimed, feared, promised or made conditional.
@Suite struct EventModalityTests {
    private func event(_ text: String, type: String, timexes: [(String, String)] = []) -> Event? {
        EventFixture.read(text, timexes: timexes).events.first { $0.type == type }
    }

    @Test func plainPastActionIsAsserted() {
        let e = event("Germany expelled two Russian diplomats on Monday.", type: "SANCTION")
        #expect(e?.modality == .asserted)
        #expect(e?.source == ["deu"])
        #expect(e?.target == ["rus"])
    }

    @Test func didNotMeetIsNegated() {
        let e = event("Hans Weber did not meet Jean Dupont in Vienna.", type: "CONSULT")
        #expect(e?.modality == .negated)
    }

    @Test func denialIsDenied() {
        let e = event("Moscow denies planning an invasion of Ukraine.", type: "ASSAULT")
        #expect(e?.modality == .denied)
        #expect(e?.source == ["rusgov"])
        #expect(e?.target == ["ukr"])
    }

    @Test func accordingToMakesAClaimWithItsClaimant() {
        let e = event("According to Kyiv, 40,000 Russian troops massed near Donbas.", type: "MOBILIZE")
        #expect(e?.modality == .reported)
        #expect(e?.claimant == "ukr")
    }

    @Test func consequencesIfInvadesAreConditional() {
        let readout = EventFixture.read("France warned of severe consequences if Russia invades Ukraine.")
        let threat = readout.events.first { $0.type == "THREATEN" }
        #expect(threat?.modality == .conditional)
        #expect(threat?.source == ["fra"])
        let invasion = readout.events.first { $0.type == "ASSAULT" }
        #expect(invasion?.modality == .conditional)
        #expect(!readout.events.contains { $0.type == "ASSAULT" && $0.modality == .asserted })
    }

    @Test func fearedInvasionIsHypotheticalNeverAsserted() {
        let readout = EventFixture.read("Paris fears that Moscow is preparing an invasion of Ukraine.")
        let invasion = readout.events.first { $0.type == "ASSAULT" }
        #expect(invasion?.modality == .hypothetical)
        #expect(invasion?.source == ["rusgov"])
    }

    @Test func threatenedSanctionIsNotAsserted() {
        let readout = EventFixture.read("Berlin threatened to impose sanctions on Moscow.")
        #expect(readout.events.contains { $0.type == "THREATEN" && $0.source == ["deu"] })
        #expect(!readout.events.contains { $0.type == "SANCTION" && $0.modality == .asserted })
    }

    @Test func scheduledActionIsFuture() {
        let e = event("Washington is scheduled to deliver aid to Kyiv next week.", type: "AID", timexes: [("next week", "2023-W11")])
        #expect(e?.modality == .future)
        #expect(e?.date?.value == "2023-W11")
    }

    @Test func modalVerbMakesItHypothetical() {
        let e = event("Moscow could attack Ukraine within days.", type: "ASSAULT")
        #expect(e?.modality == .hypothetical)
    }

    @Test func willSendAidIsAPromiseMadeNow() {
        let readout = EventFixture.read("Germany said it will send aid to Ukraine.")
        #expect(readout.events.contains { $0.type == "AID" && $0.modality == .future })
        #expect(readout.events.contains { $0.type == "AGREE" && $0.modality == .asserted && $0.source == ["deu"] && $0.target == ["ukr"] })
    }

    @Test func willNotAcceptIsARefusal() {
        let readout = EventFixture.read("France said it will not accept the proposal from Moscow.")
        #expect(readout.events.contains { $0.type == "REJECT" && $0.modality == .asserted && $0.source == ["fra"] })
    }

    @Test func demandedWithdrawalIsNotAWithdrawal() {
        let readout = EventFixture.read("Moscow demanded the withdrawal of NATO troops from Ukraine.")
        let demand = readout.events.first { $0.type == "REQUEST" }
        #expect(demand?.modality == .asserted)
        #expect(demand?.source == ["rusgov"])
        #expect(demand?.target == ["nato"])
        #expect(!readout.events.contains { $0.type == "RETREAT" && $0.modality == .asserted })
    }
}
