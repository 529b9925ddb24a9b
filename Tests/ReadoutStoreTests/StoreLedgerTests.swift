import Foundation
import ReadoutCore
import Testing
@testable import ReadoutStore

@Suite("Store: the ledger across reports")
struct StoreLedgerTests {
    func ledger(_ store: SQLiteReadoutStore, asOf: String, kind: LedgerEntry.Kind) throws -> [String: LedgerEntry] {
        var query = LedgerQuery()
        query.asOf = asOf
        query.kind = kind
        return Dictionary(try store.ledger(query).map { ($0.what, $0) }, uniquingKeysWith: { a, _ in a })
    }

    @Test("a promised written reply is pending, then fulfilled by the later report of it")
    func fulfilled() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write(GenevaStory.all)
        let before = try ledger(store, asOf: "2022-01-23", kind: .expectation)
        #expect(before["send a written reply"]?.status == "pending")
        let after = try ledger(store, asOf: "2022-01-27", kind: .expectation)
        let entry = try #require(after["send a written reply"])
        #expect(entry.status == "fulfilled")
        #expect(entry.resolved == "2022-01-26")
        #expect(entry.links.map(\.document) == ["wire-a-0126"])
        #expect(entry.actor == "United States" && entry.counterpart == "Russia")
        // Before it was stated, it is not on the ledger at all.
        #expect(try ledger(store, asOf: "2022-01-20", kind: .expectation).isEmpty)
    }

    @Test("a promise by a government is kept when the report names the country")
    func countryLevelActor() throws {
        let store = try SQLiteReadoutStore()
        var promise = FixtureDocument(id: "p", date: "2022-01-21", source: "Wire A", text: "The administration will answer Moscow in writing next week.")
        promise.entity("e1", "American government", .organization, code: "USAGOV", mentions: ["The administration"])
        promise.entity("e2", "Russia", .country, code: "RUS", kb: "Q159", mentions: ["Moscow"])
        promise.expectation("e1", "e2", "answer in writing", due: DateWindow(value: "2022-W04", start: "2022-01-24", end: "2022-01-30"),
                            evidence: "The administration will answer Moscow in writing next week")
        var kept = FixtureDocument(id: "k", date: "2022-01-26", source: "Wire B", text: "The United States sent Russia its written answer.")
        kept.entity("e1", "United States", .country, code: "USA", kb: "Q30", mentions: ["The United States"])
        kept.entity("e2", "Russia", .country, code: "RUSGOV", mentions: ["Russia"])
        kept.event("ev1", "AID", ["e1"], ["e2"], date: "2022-01-26", evidence: "The United States sent Russia its written answer")
        _ = try store.write([kept.readout, promise.readout])
        #expect(try ledger(store, asOf: "2022-02-01", kind: .expectation)["answer in writing"]?.status == "fulfilled")
        let other = try SQLiteReadoutStore()
        _ = try other.write([promise.readout, kept.readout])
        #expect(try ledger(other, asOf: "2022-02-01", kind: .expectation)["answer in writing"]?.resolved == "2022-01-26")
    }

    @Test("a promise whose window passed without the action is overdue")
    func overdue() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write(GenevaStory.all)
        #expect(try ledger(store, asOf: "2022-01-25", kind: .expectation)["pull back troops"]?.status == "pending")
        #expect(try ledger(store, asOf: "2022-02-05", kind: .expectation)["pull back troops"]?.status == "overdue")
    }

    @Test("the fulfilling report may arrive before the promise is stored")
    func orderIndependent() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write([GenevaStory.reply(), GenevaStory.rejection()])
        _ = try store.write([GenevaStory.talks()])
        let entries = try ledger(store, asOf: "2022-03-01", kind: .expectation)
        #expect(entries["send a written reply"]?.status == "fulfilled")
        let demands = try store.ledger({ var q = LedgerQuery(); q.asOf = "2022-03-01"; q.kind = .demand; return q }())
        #expect(demands.first?.status == "rejected")
    }

    @Test("a demand stays open until answered, then shows its best answer as of each day")
    func demands() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write(GenevaStory.all)
        func status(_ day: String) throws -> LedgerEntry? {
            var query = LedgerQuery()
            query.asOf = day
            query.kind = .demand
            return try store.ledger(query).first
        }
        #expect(try status("2022-01-22")?.status == "open")
        let answered = try #require(try status("2022-01-27"))
        #expect(answered.status == "answered")
        #expect(answered.links.map(\.type) == ["CONSULT"])
        let rejected = try #require(try status("2022-02-03"))
        #expect(rejected.status == "rejected")
        #expect(rejected.links.map(\.type) == ["CONSULT", "REJECT"])
        #expect(rejected.actor == "Russia")
        #expect(try status("2022-01-20") == nil)
    }

    @Test("the ledger's demands are the readout's: what each asks, in the report's words; a request with no one asking is none")
    func demandsFromTheReadout() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write([GenevaStory.talks()])
        var query = LedgerQuery()
        query.asOf = "2022-01-22"
        query.kind = .demand
        #expect(try store.ledger(query).map(\.what) == ["the alliance stop taking in new members"])
        // A question put to a minister: a REQUEST event without a source, which the ledger stage does not take.
        var briefing = FixtureDocument(id: "wire-c-0122", date: "2022-01-22", source: "Wire C", text: """
            Asked how he saw the talks, the Russian minister smiled.
            """)
        briefing.entity("e1", "Sergei Lavrov", .person, code: "RUSGOV", kb: "Q207810", mentions: ["the Russian minister"])
        briefing.event("ev1", "REQUEST", [], ["e1"], date: "2022-01-22", evidence: "Asked how he")
        #expect(briefing.readout.demands.isEmpty)
        _ = try store.write([briefing.readout])
        #expect(try store.ledger(query).count == 1)
    }

    @Test("status filter and replacement keep the ledger consistent")
    func statusFilterAndReplacement() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write(GenevaStory.all)
        var query = LedgerQuery()
        query.asOf = "2022-02-10"
        query.status = "overdue"
        #expect(try store.ledger(query).map(\.what) == ["pull back troops"])
        // The reply report is withdrawn and replaced by one that says nothing happened: the promise is overdue again.
        var empty = FixtureDocument(id: "wire-a-0126", date: "2022-01-26", source: "Wire A", text: "No news today.")
        empty.entity("e1", "United States", .country, code: "USAGOV", kb: "Q30", mentions: [])
        _ = try store.write([empty.readout])
        #expect(Set(try store.ledger(query).map(\.what)) == ["pull back troops", "send a written reply"])
    }
}
