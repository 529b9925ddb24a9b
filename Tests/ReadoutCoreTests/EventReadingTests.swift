import Testing
@testable import ReadoutCore

/// Readings of single words in context: titles, stances, compounds, attempts, light verbs across commas.
@Suite struct EventReadingTests {
    private func events(_ text: String) -> [Event] { EventFixture.read(text).events }

    @Test func capitalisedCueInATitleIsNoFutureCue() {
        let e = events("Planning and Development Minister Jean Dupont said France is committed to reforming its army.").first { $0.type == "AGREE" }
        #expect(e?.modality == .asserted)
        #expect(e?.source.contains("fra") == true)
    }

    @Test func statedStanceKeepsItsSubjectAsSource() {
        let e = events("Germany is opposed to new talks with Russia.").first { $0.type == "REJECT" }
        #expect(e?.source == ["deu"])
    }

    @Test func pressReleaseIsNoRelease() {
        let all = events("Russia shelled Ukraine, according to a press release by France.")
        #expect(!all.contains { $0.type == "RETREAT" })
        #expect(all.first?.type == "ASSAULT")
    }

    @Test func attemptedSeizureIsCodedAsTheDeed() {
        let e = events("Russia tried to seize Ukrainian ships.").first { $0.type == "COERCE" }
        #expect(e?.modality == .asserted)
    }

    @Test func attemptedMeetingIsNotAMeeting() {
        let e = events("France tried to meet Russia.").first { $0.type == "CONSULT" }
        #expect(e?.modality != .asserted)
    }

    @Test func sendingInspectorsIsAnInvestigation() {
        let e = events("NATO sent inspectors to Ukraine on Monday.").first { $0.type == "ACCUSE" }
        #expect(e?.mode == "investigate")
        #expect(e?.source == ["nato"])
        #expect(e?.target == ["ukr"])
    }

    @Test func lightVerbReachesAcrossAnAppositive() {
        let e = events("Moscow forced the alliance's envoy, Hans Weber, out of the country.").first { $0.type == "SANCTION" }
        #expect(e?.source == ["rusgov"])
        #expect(e?.mode == "expel")
    }
}
