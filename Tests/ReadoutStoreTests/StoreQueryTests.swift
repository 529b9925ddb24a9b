import Foundation
import ReadoutCore
import Testing
@testable import ReadoutStore

@Suite("Store: asking questions")
struct StoreQueryTests {
    func store() throws -> SQLiteReadoutStore {
        let store = try SQLiteReadoutStore()
        _ = try store.write(GenevaStory.all)
        return store
    }

    @Test("events by actor code prefix, name, dyad, type, dates, place and text")
    func eventFilters() throws {
        let store = try store()
        var query = EventQuery()
        query.actor = "RUS"
        #expect(try store.events(query).count == 4)
        query.type = "reject"
        #expect(try store.events(query).map(\.type) == ["REJECT"])
        query = EventQuery()
        query.source = "Russia"
        #expect(try store.events(query).map(\.type) == ["REQUEST"])
        query = EventQuery()
        query.actor = "USA"
        query.with = "RUS"
        query.from = "2022-01-22"
        query.to = "2022-01-31"
        #expect(try store.events(query).map(\.date) == ["2022-01-26"])
        query = EventQuery()
        query.place = "geneva"
        #expect(try store.events(query).count == 1)
        query = EventQuery()
        query.text = "outright"
        #expect(try store.events(query).map(\.type) == ["REJECT"])
    }

    @Test("quotes by speaker name or code and by words")
    func quotes() throws {
        let store = try store()
        var query = QuoteQuery()
        query.speaker = "Lavrov"
        #expect(try store.quotes(query).map(\.cue) == ["told"])
        query = QuoteQuery()
        query.speaker = "RUSGOV"
        #expect(try store.quotes(query).count == 1)
        query = QuoteQuery()
        query.text = "invade"
        #expect(try store.quotes(query).first?.speaker == "Sergei Lavrov")
        query.text = "sanctions"
        #expect(try store.quotes(query).isEmpty)
    }

    @Test("a timeline counts an actor's events per day by quad class with the mean score")
    func timeline() throws {
        let store = try store()
        var query = TimelineQuery(actor: "USA")
        query.with = "Russia"
        let days = try store.timeline(query)
        #expect(days.map(\.day) == ["2022-01-21", "2022-01-26", "2022-02-02"])
        #expect(days[0].verbalCooperation == 1 && days[0].verbalConflict == 1 && days[0].total == 2)
        #expect(days[0].meanScore == 0)
        #expect(days[2].verbalConflict == 1 && days[2].meanScore == -4)
    }

    @Test("show and export read the stored readouts back whole")
    func readouts() throws {
        let store = try store()
        let readout = try #require(try store.readout(document: "wire-b-02"))
        #expect(readout.document.id == "wire-b-0202")
        #expect(readout == GenevaStory.rejection())
        var ids: [String] = []
        try store.forEachReadout { ids.append($0.document.id) }
        #expect(ids.count == 4)
        var events: [StoredEvent] = []
        try store.forEachEvent { events.append($0) }
        #expect(events.count == 4)
        #expect(events.first?.evidence.count == 2)
    }
}
