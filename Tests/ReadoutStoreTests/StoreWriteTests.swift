import Foundation
import ReadoutCore
import Testing
@testable import ReadoutStore

@Suite("Store: writing readouts")
struct StoreWriteTests {
    @Test("re-ingesting the same documents adds nothing")
    func idempotence() throws {
        let store = try SQLiteReadoutStore()
        let first = try store.write(GenevaStory.all)
        #expect(first.added == 4)
        let before = try store.statistics()
        let second = try store.write(GenevaStory.all)
        #expect(second.added == 0 && second.replaced == 0 && second.unchanged == 4)
        #expect(try store.statistics() == before)
        #expect(try store.storedHashes(forIDs: ["wire-a-0121", "nope"]).keys.sorted() == ["wire-a-0121"])
    }

    @Test("a changed document with the same id replaces its old readout")
    func replacementByID() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write(GenevaStory.all)
        var changed = FixtureDocument(id: "wire-b-0202", date: "2022-02-02", source: "Wire B", text: """
            Washington said it would study Moscow's proposals before answering.
            """)
        changed.entity("e1", "United States", .country, code: "USAGOV", kb: "Q30", mentions: ["Washington"])
        let report = try store.write([changed.readout])
        #expect(report.replaced == 1 && report.added == 0)
        let stats = try store.statistics()
        #expect(stats.documents == 4)
        #expect(try store.events({ var q = EventQuery(); q.type = "REJECT"; return q }()).isEmpty)
        #expect(try store.readout(document: "wire-b-0202")?.document.text.contains("study") == true)
    }

    @Test("a changed document with the same URL and a new id replaces the old one")
    func replacementByURL() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write([GenevaStory.talks()])
        var updated = GenevaStory.talks()
        updated.document = Document(id: "wire-a-0121-v2", date: "2022-01-21", source: "Wire A", url: "https://a.example/0121",
                                    text: updated.document.text + " Updated with a correction.")
        let report = try store.write([updated])
        #expect(report.replaced == 1)
        #expect(try store.statistics().documents == 1)
        #expect(try store.storedHashes(forIDs: ["wire-a-0121"]).isEmpty)
        #expect(try store.readout(document: "https://a.example/0121")?.document.id == "wire-a-0121-v2")
        // The replaced readout's events are one event again, not two.
        #expect(try store.events(EventQuery()).count == 2)
    }

    @Test("one real event reported by two wires is one event with two articles and two sources")
    func crossDocumentMerge() throws {
        let store = try SQLiteReadoutStore()
        let report = try store.write([GenevaStory.talks(), GenevaStory.talksOtherWire()])
        #expect(report.mergedEventMentions == 1)
        var query = EventQuery()
        query.type = "CONSULT"
        query.withEvidence = true
        let events = try store.events(query)
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.numArticles == 2 && event.numSources == 2 && event.numMentions == 2)
        #expect(event.location == "Geneva")
        #expect(Set(event.evidence.map(\.document)) == ["wire-a-0121", "wire-b-0121"])
        // A later meeting five days on is a different event.
        _ = try store.write([GenevaStory.reply()])
        #expect(try store.events(query).count == 2)
    }

    @Test("an entity keeps one identity across documents")
    func entityIdentity() throws {
        let store = try SQLiteReadoutStore()
        let report = try store.write(GenevaStory.all)
        #expect(report.newEntities == 3)
        var query = EntityQuery()
        query.name = "United States"
        let entities = try store.entities(query)
        #expect(entities.count == 1)
        #expect(entities.first?.documents == 4)
        #expect(entities.first?.firstSeen == "2022-01-21" && entities.first?.lastSeen == "2022-02-02")
        // Unknown entities merge by normalised name and kind.
        var a = FixtureDocument(id: "x1", date: "2022-03-01", source: "Wire C", text: "The Azov Battalion spoke.")
        a.entity("e1", "Azov Battalion", .group, code: nil, mentions: ["The Azov Battalion"])
        var b = FixtureDocument(id: "x2", date: "2022-03-02", source: "Wire C", text: "The AZOV battalion. spoke")
        b.entity("e1", "AZOV  battalion.", .group, code: nil, mentions: ["AZOV battalion"])
        _ = try store.write([a.readout, b.readout])
        query.name = "azov"
        #expect(try store.entities(query).map(\.documents) == [2])
    }
}
