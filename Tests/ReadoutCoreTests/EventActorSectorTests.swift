import Testing
@testable import ReadoutCore

/// What the noun after a country's name says about it: a thing it modifies, or a group of its society.
@Suite struct EventActorSectorTests {
    private func first(_ text: String, _ type: String) -> Event? {
        EventFixture.read(text).events.first { $0.type == type }
    }

    @Test func languageOfACountryIsNoTarget() {
        let e = first("A French court lifted restrictions on the Russian language in schools.", "CONCEDE")
        #expect(e?.target == [])
    }

    @Test func borderGuardsStillAct() {
        let e = first("Russian border guards detained Ukrainian fishermen.", "COERCE")
        #expect(e?.source == ["rus"])
        #expect(e?.target == ["ukr"])
    }

    @Test func patronOfAnAllyIsNotTheTarget() {
        let e = first("Russian troops shelled the base of Germany's militia ally in eastern Ukraine.", "ASSAULT")
        #expect(e?.source == ["rus"])
        #expect(e?.target == ["ukr"])
    }

    @Test func judgeOrderingAMinisterActsOnHisOwnGovernment() {
        let e = first("A French judge ordered Jean Dupont to testify next month.", "REQUEST")
        #expect(e?.source == ["fra"])
        #expect(e?.target == ["min"])
    }

    @Test func oppositionOfTheSameCountryIsADomesticTarget() {
        let e = first("Moscow condemned Russian opposition groups on Friday.", "ACCUSE")
        #expect(e?.source == ["rusgov"])
        #expect(e?.target == ["rus"])
    }
}
