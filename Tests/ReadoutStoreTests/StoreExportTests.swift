import Foundation
import ReadoutCore
import Testing
@testable import ReadoutStore

@Suite("Store: exports")
struct StoreExportTests {
    func events() throws -> [StoredEvent] {
        let store = try SQLiteReadoutStore()
        _ = try store.write(GenevaStory.all)
        var events: [StoredEvent] = []
        try store.forEachEvent { events.append($0) }
        return events
    }

    @Test("a GDELT row has the 61 columns, with dates, actors, quad class and counts where GDELT expects them")
    func gdelt() throws {
        let talks = try #require(try events().first { $0.type == "CONSULT" && $0.numArticles == 2 })
        let row = GDELTEventRow.fields(for: talks, dateAdded: "20260101000000")
        #expect(GDELTEventRow.columns.count == 61)
        #expect(row.count == 61)
        let field = Dictionary(uniqueKeysWithValues: zip(GDELTEventRow.columns, row))
        #expect(field["SQLDATE"] == "20220121" && field["MonthYear"] == "202201" && field["Year"] == "2022")
        #expect(field["Actor1Code"] == "USAGOV" && field["Actor1Name"] == "UNITED STATES" && field["Actor1CountryCode"] == "USA")
        #expect(field["Actor1Type1Code"] == "GOV" && field["Actor2Code"] == "RUSGOV")
        #expect(field["QuadClass"] == "1" && field["NumArticles"] == "2" && field["NumSources"] == "2")
        #expect(field["ActionGeo_FullName"] == "Geneva" && field["SOURCEURL"] == "https://a.example/0121")
        #expect(field["AvgTone"] == "" && field["Actor1Geo_Lat"] == "")
        #expect(!row.joined().contains("\t"))
    }

    @Test("a PLOVER record keeps every report's evidence")
    func plover() throws {
        let talks = try #require(try events().first { $0.type == "CONSULT" && $0.numArticles == 2 })
        let record = PloverEventRecord(talks)
        #expect(record.event_type == "CONSULT" && record.actor_code == "USAGOV" && record.recipient == "Russia")
        #expect(record.mentions.map(\.story_id).sorted() == ["wire-a-0121", "wire-b-0121"])
        let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        #expect(json.contains("\"num_articles\":2"))
    }
}
