import Testing
@testable import ReadoutCore

/// The event evaluation: triples of the top event, and the first cause of each error.
@Suite struct EventScoreTests {
    private func gold(_ type: String, _ sources: [String], _ targets: [String]) -> EventGoldSentence {
        EventGoldSentence(text: "", type: type, sources: sources.map { .init(country: $0, code: $0) },
                          targets: targets.map { .init(country: $0, code: $0) })
    }

    private func score(_ text: String, _ gold: EventGoldSentence) -> (EventScore, EventSentenceResult) {
        var score = EventScore()
        let result = score.add(gold: gold, readout: EventFixture.read(text))
        return (score, result)
    }

    @Test func oldTypeNamesAreMapped() {
        #expect(gold("DISAPPROVE", ["FRA"], ["RUS"]).type == "ACCUSE")
        #expect(gold("FIGHT", ["FRA"], ["RUS"]).triples == ["ASSAULT FRA RUS"])
    }

    @Test func rightEventIsCorrect() {
        let (s, r) = score("France condemned Russia on Tuesday.", gold("ACCUSE", ["FRA"], ["RUS"]))
        #expect(r.cause == .correct)
        #expect(s.f1 == 1)
    }

    @Test func causesAreTold() {
        #expect(score("France condemned Russia on Tuesday.", gold("SUPPORT", ["FRA"], ["RUS"])).1.cause == .wrongType)
        #expect(score("France condemned Russia on Tuesday.", gold("ACCUSE", ["DEU"], ["RUS"])).1.cause == .sourceWrong)
        #expect(score("France condemned Russia on Tuesday.", gold("ACCUSE", ["FRA"], ["UKR"])).1.cause == .targetWrong)
        #expect(score("France condemned Russia on Tuesday.", gold("ACCUSE", ["FRA"], [])).1.cause == .targetExtra)
        #expect(score("France did not condemn Russia.", gold("ACCUSE", ["FRA"], ["RUS"])).1.cause == .notFactual)
        #expect(score("The weather was mild on Tuesday.", gold("ACCUSE", ["FRA"], ["RUS"])).1.cause == .noEvent)
    }

    @Test func breakdownCountsMissedTriples() {
        var s = EventScore()
        s.add(gold: gold("ACCUSE", ["FRA", "DEU"], ["RUS"]), readout: EventFixture.read("France condemned Russia on Tuesday."))
        #expect(s.causes[.compoundMissed]?.missed == 1)
        #expect(s.recall == 0.5)
        #expect(s.precision == 1)
        #expect(s.breakdown().contains("compound actor missed"))
    }
}

/// Reciprocal events are compared as their parties when the gold codes them reciprocal.
@Suite struct EventScoreReciprocalTests {
    @Test func reciprocalMeetingMatchesPartiesOfTheGold() {
        var score = EventScore()
        let gold = EventGoldSentence(text: "", type: "CONSULT", sources: [.init(country: "FRA", code: "FRA"), .init(country: "DEU", code: "DEU")], targets: [])
        #expect(gold.reciprocal)
        let result = score.add(gold: gold, readout: EventFixture.read("France met Germany in Vienna."))
        #expect(result.ourTriples == ["CONSULT FRA -", "CONSULT DEU -"])
        #expect(result.cause == .correct)
    }

    @Test func directedGoldKeepsDirectedTriples() {
        var score = EventScore()
        let gold = EventGoldSentence(text: "", type: "CONSULT", sources: [.init(country: "FRA", code: "FRA")], targets: [.init(country: "DEU", code: "DEU")])
        let result = score.add(gold: gold, readout: EventFixture.read("France met Germany in Vienna."))
        #expect(result.ourTriples == ["CONSULT FRA DEU"])
    }
}
