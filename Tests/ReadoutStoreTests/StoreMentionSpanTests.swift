import Foundation
import GRDB
import ReadoutCore
import Testing
@testable import ReadoutStore

@Suite("Store: entity mentions kept as spans, read through the mentions view")
struct StoreMentionSpanTests {
    /// The rows of the `mentions` view, as "entity name: start-end text", in text order.
    func mentionRows(_ store: SQLiteReadoutStore) throws -> [String] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT n.name, m.start, m."end", m.text FROM mentions m JOIN entities n ON n.pk = m.entity_pk
                ORDER BY m.doc_pk, m.start
                """).map { row in "\(row[0] as String): \(row[1] as Int)-\(row[2] as Int) \(row[3] as String)" }
        }
    }

    /// A report whose accented letters make Unicode-scalar offsets differ from UTF-8 byte offsets.
    static func paris() -> DocumentReadout {
        var doc = FixtureDocument(id: "wire-f-0207", date: "2022-02-07", source: "Wire F", text: """
            À l’Élysée, Emmanuel Macron a reçu Olaf Scholz ; Macron partira pour Moscou lundi.
            """)
        doc.entity("e1", "Emmanuel Macron", .person, code: "FRAGOV", mentions: ["Emmanuel Macron", "Macron partira"])
        doc.entity("e2", "Olaf Scholz", .person, code: "DEUGOV", mentions: ["Olaf Scholz"])
        return doc.readout
    }

    @Test("each mention reads back with its span and the document's text at that span")
    func viewRows() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write([Self.paris()])
        #expect(try mentionRows(store) == [
            "Emmanuel Macron: 12-27 Emmanuel Macron",
            "Olaf Scholz: 35-46 Olaf Scholz",
            "Emmanuel Macron: 49-63 Macron partira",
        ])
        #expect(try store.rowCount("document_entities") == 2)
    }

    @Test("a replaced document's mentions go with it")
    func replacement() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write([Self.paris()])
        var changed = FixtureDocument(id: "wire-f-0207", date: "2022-02-07", source: "Wire F", text: "Olaf Scholz flew to Paris.")
        changed.entity("e1", "Olaf Scholz", .person, code: "DEUGOV", mentions: ["Olaf Scholz"])
        _ = try store.write([changed.readout])
        #expect(try mentionRows(store) == ["Olaf Scholz: 0-11 Olaf Scholz"])
    }

    @Test("the v9 migration moves stored mention rows to spans, two local entities of one identity included")
    func migration() throws {
        let queue = try DatabaseQueue()
        try StoreSchema.migrator.migrate(queue, upTo: "v8-fulltext-merging")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO documents (pk, id, date, day, sha256, bytes, text, readout, added)
                VALUES (1, 'd1', '2022-02-07', 19030, 'x', 32, 'Kyiv and Київ and Kyiv again.', '', 'now');
                INSERT INTO entities (pk, key, name, kind) VALUES (7, 'place:kyiv', 'Kyiv', 'place');
                INSERT INTO document_entities (doc_pk, local_id, entity_pk, mention_count) VALUES (1, 'e1', 7, 2), (1, 'e2', 7, 1);
                INSERT INTO mentions (doc_pk, entity_pk, start, "end", text)
                VALUES (1, 7, 0, 4, 'Kyiv'), (1, 7, 9, 13, 'Київ'), (1, 7, 18, 22, 'Kyiv');
                """)
        }
        try StoreSchema.migrator.migrate(queue)
        try queue.read { db in
            let spans = try String.fetchAll(db, sql: "SELECT spans FROM document_entities ORDER BY local_id")
            #expect(spans == ["[[0,4],[9,13],[18,22]]", "[]"])
            let texts = try String.fetchAll(db, sql: "SELECT text FROM mentions ORDER BY start")
            #expect(texts == ["Kyiv", "Київ", "Kyiv"])
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event_mentions' ORDER BY name")
            #expect(indexes == ["event_mentions_doc", "event_mentions_event_facts"])
        }
    }

    @Test("articles and sources of a merged event are counted with and without a publisher")
    func mergeCounts() throws {
        func report(_ id: String, source: String?) -> DocumentReadout {
            var doc = FixtureDocument(id: id, date: "2022-02-08", source: "", text: "Paris hosted Berlin. Paris hosted Berlin again.")
            doc.readout.document.source = source
            doc.entity("e1", "France", .country, code: "FRAGOV", mentions: ["Paris"])
            doc.entity("e2", "Germany", .country, code: "DEUGOV", mentions: ["Berlin"])
            doc.event("ev1", "CONSULT", ["e1"], ["e2"], date: "2022-02-08", evidence: "Paris hosted Berlin")
            doc.event("ev2", "CONSULT", ["e1"], ["e2"], date: "2022-02-08", evidence: "Paris hosted Berlin again")
            return doc.readout
        }
        let store = try SQLiteReadoutStore()
        // Two reports without a publisher, two from one wire: each report one article; an unnamed publisher counts
        // each of its reports as a source, a named one once.
        _ = try store.write([report("n1", source: nil), report("n2", source: nil), report("w1", source: "Wire G"), report("w2", source: "Wire G")])
        let event = try #require(try store.events(EventQuery()).first)
        #expect(try store.events(EventQuery()).count == 1)
        #expect(event.numMentions == 8 && event.numArticles == 4 && event.numSources == 3)
    }

    @Test("spans are written as a JSON array of pairs")
    func spansJSON() {
        #expect(MentionSpans.json([]) == "[]")
        #expect(MentionSpans.json([(3, 9), (40, 52)]) == "[[3,9],[40,52]]")
    }
}
