import Foundation
import ReadoutCore
import Testing
@testable import ReadoutStore

@Suite("Store: actor index, timeline summary and ledger links after replacement")
struct StoreActorIndexTests {
    /// The Geneva story and one domestic event, Russia's government ordering its own army back.
    static func readouts() -> [DocumentReadout] {
        var domestic = FixtureDocument(id: "wire-c-0125", date: "2022-01-25", source: "Wire C", text: """
            The Kremlin ordered the army to return some units to their bases.
            """)
        domestic.entity("e1", "Kremlin", .organization, code: "RUSGOV", mentions: ["The Kremlin"])
        domestic.entity("e2", "Russian army", .organization, code: "RUSMIL", mentions: ["the army"])
        domestic.event("ev1", "RETREAT", ["e1"], ["e2"], date: "2022-01-25",
                       evidence: "The Kremlin ordered the army to return some units to their bases", score: 3)
        return GenevaStory.all + [domestic.readout]
    }

    func events(_ store: SQLiteReadoutStore, _ fill: (inout EventQuery) -> Void) throws -> [StoredEvent] {
        var query = EventQuery()
        query.limit = 0
        fill(&query)
        return try store.events(query)
    }

    @Test("a country's events and timeline agree with its party rows, each event counted once")
    func countryAgreesWithParties() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write(Self.readouts())
        let byIndex = try events(store) { $0.actor = "RUS" }
        let asSource = try events(store) { $0.source = "RUS" }
        let asTarget = try events(store) { $0.target = "RUS" }
        let ids: [Int64] = byIndex.map(\.id)
        let partyIDs: Set<Int64> = Set(asSource.map(\.id)).union(asTarget.map(\.id))
        #expect(Set(ids) == partyIDs && ids.count == partyIDs.count)
        #expect(byIndex.contains { $0.type == "RETREAT" })
        let timeline = try store.timeline(TimelineQuery(actor: "RUS"))
        let total: Int = timeline.map(\.total).reduce(0, +)
        #expect(total == byIndex.count)
        #expect(timeline.first { $0.day == "2022-01-25" }?.materialCooperation == 1)
        var dyad = TimelineQuery(actor: "USA")
        dyad.with = "RUS"
        let dyadEvents = try events(store) { $0.actor = "USA"; $0.with = "RUS" }
        let dyadTotal: Int = try store.timeline(dyad).map(\.total).reduce(0, +)
        #expect(dyadTotal == dyadEvents.count)
        let dyadTypes: [String] = dyadEvents.map(\.type).sorted()
        #expect(dyadTypes == ["CONSULT", "CONSULT", "REJECT", "REQUEST"])
    }

    @Test("a replaced report takes its events out of the timeline")
    func replacementUpdatesTimeline() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write(Self.readouts())
        let before = try store.timeline(TimelineQuery(actor: "USAGOV"))
        #expect(before.contains { $0.day == "2022-02-02" })
        var empty = FixtureDocument(id: "wire-b-0202", date: "2022-02-02", source: "Wire B", text: "No news today.")
        empty.entity("e1", "United States", .country, code: "USAGOV", kb: "Q30", mentions: [])
        _ = try store.write([empty.readout])
        let after = try store.timeline(TimelineQuery(actor: "USAGOV"))
        #expect(!after.contains { $0.day == "2022-02-02" })
        let totalBefore: Int = before.map(\.total).reduce(0, +)
        let totalAfter: Int = after.map(\.total).reduce(0, +)
        #expect(totalAfter == totalBefore - 1)
    }

    @Test("a demand whose first answer is withdrawn shows the next answer stored")
    func demandRelinksAfterReplacement() throws {
        let store = try SQLiteReadoutStore()
        var later = FixtureDocument(id: "wire-c-0128", date: "2022-01-28", source: "Wire C", text: """
            American and Russian officials spoke by phone on Friday about the demands.
            """)
        later.entity("e1", "United States", .country, code: "USAGOV", kb: "Q30", mentions: ["American"])
        later.entity("e2", "Russia", .country, code: "RUSGOV", kb: "Q159", mentions: ["Russian"])
        later.event("ev1", "CONSULT", ["e1"], ["e2"], date: "2022-01-28",
                    evidence: "American and Russian officials spoke by phone on Friday", score: 1)
        _ = try store.write(GenevaStory.all + [later.readout])
        var query = LedgerQuery()
        query.asOf = "2022-02-01"
        query.kind = .demand
        let first = try #require(try store.ledger(query).first)
        #expect(first.status == "answered" && first.resolved == "2022-01-26")
        #expect(first.links.map(\.document) == ["wire-a-0126"])
        var withdrawn = FixtureDocument(id: "wire-a-0126", date: "2022-01-26", source: "Wire A", text: "No news today.")
        withdrawn.entity("e1", "United States", .country, code: "USAGOV", kb: "Q30", mentions: [])
        _ = try store.write([withdrawn.readout])
        let next = try #require(try store.ledger(query).first)
        #expect(next.status == "answered" && next.resolved == "2022-01-28")
        #expect(next.links.map(\.document) == ["wire-c-0128"])
    }

    @Test("actor keys: each code and its country, alone and paired both ways")
    func keys() {
        let rows = ActorKeys.rows(sources: ["RUSGOV"], targets: ["USA"])
        let pairs: Set<String> = Set(rows.map { $0.actor + "|" + $0.other })
        let alone: Set<String> = ["RUSGOV|", "RUS*|", "USA|", "USA*|"]
        let paired: Set<String> = ["RUSGOV|USA", "USA|RUSGOV", "RUSGOV|USA*", "USA*|RUSGOV",
                                   "RUS*|USA", "USA|RUS*", "RUS*|USA*", "USA*|RUS*"]
        #expect(pairs == alone.union(paired))
        let uncoded: Set<String> = ["NATO", "E12"]
        #expect(ActorKeys.keys(["NATO", "E12"]) == uncoded)
    }
}
