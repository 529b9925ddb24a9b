import Testing
@testable import ReadoutCore

/// Clause boundaries the argument finder respects: appositives, subordinate clauses, named parties.
@Suite struct EventClauseTests {
    private func first(_ text: String, _ type: String) -> Event? {
        EventFixture.read(text).events.first { $0.type == type }
    }

    @Test func appositiveWithPossessiveIsNotACompoundSubject() {
        let e = first("Hans Weber, Germany's senior envoy, condemned Russia on Monday.", "ACCUSE")
        #expect(e?.source == ["env"])
        #expect(e?.target == ["rus"])
    }

    @Test func listClosedByAndIsStillCompound() {
        let e = first("France, Germany and Ukraine condemned Russia.", "ACCUSE")
        #expect(e?.source == ["fra", "deu", "ukr"])
    }

    @Test func clauseAfterAsHeIsNotTheObject() {
        let e = first("Jean Dupont promised to reform the army as he replaced Hans Weber.", "AGREE")
        #expect(e?.source == ["min"])
        #expect(e?.target == [])
    }

    @Test func namedPartiesOfTalksKeepTheTopicOut() {
        let e = first("France and Germany held talks on the future of Ukraine.", "CONSULT")
        #expect(e?.source == ["fra"])
        #expect(e?.target == ["deu"])
        #expect(e?.reciprocal == true)
    }

    @Test func namedPartiesCanMeetAThird() {
        let e = first("France and Germany met with Russia in Vienna.", "CONSULT")
        #expect(e.map { Set($0.source + $0.target) } == ["fra", "deu", "rus"])
    }
}

/// Parties found from the place of the event, and events without a counterpart.
@Suite struct EventPlacePartyTests {
    private func first(_ text: String, _ type: String) -> Event? {
        EventFixture.read(text).events.first { $0.type == type }
    }

    @Test func unnamedCrowdActsForItsPlace() {
        let e = first("Thousands of people marched in Kyiv against Russia.", "PROTEST")
        #expect(e?.source == ["ukr"])
        #expect(e?.target == ["rus"])
    }

    @Test func unilateralCeasefireHasNoCounterpart() {
        let e = first("Russia declared a unilateral ceasefire in eastern Ukraine on Friday.", "RETREAT")
        #expect(e?.source == ["rus"])
        #expect(e?.target == [])
    }

    @Test func cooperationIsReciprocal() {
        let e = first("France cooperated with Germany on border checks.", "COOPERATE")
        #expect(e?.reciprocal == true)
    }

    @Test func rulingACountryIsNoCooperation() {
        #expect(first("Russia ruled Ukraine for decades.", "COOPERATE") == nil)
    }
}
