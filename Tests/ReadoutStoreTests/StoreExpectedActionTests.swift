import GRDB
import ReadoutCore
import Testing
@testable import ReadoutStore

@Suite("Store: what fulfils an announced action")
struct StoreExpectedActionTests {
    @Test("an event of a type the action names fulfils it, whatever its evidence")
    func byType() {
        let action = ExpectedAction(action: "impose sanctions")
        #expect(action.isFulfilled(byType: "SANCTION", evidence: "Washington acted on Tuesday."))
        #expect(action.isFulfilled(byType: "sanction", evidence: ""))
        #expect(!action.isFulfilled(byType: "CONSULT", evidence: "The ministers met in Vienna."))
    }

    @Test("evidence containing an action word fulfils it, in any letter case, ASCII or not")
    func byEvidence() {
        let response = ExpectedAction(action: "deliver a written response")
        #expect(response.isFulfilled(byType: "CONSULT", evidence: "The embassy handed over the WRITTEN RESPONSE at noon."))
        #expect(response.isFulfilled(byType: "CONSULT", evidence: "Moscow’s Response came on Thursday, the ministry said."))
        #expect(!response.isFulfilled(byType: "CONSULT", evidence: "The envoys spoke for an hour."))
        #expect(!response.isFulfilled(byType: "CONSULT", evidence: "Both sides réaffirmed their positions."))
        let unknown = ExpectedAction(action: "ratify the protocol")
        #expect(unknown.stems == ["ratify", "protocol"])
        #expect(unknown.isFulfilled(byType: "AGREE", evidence: "Parliament voted to RATIFY it."))
        #expect(!unknown.isFulfilled(byType: "AGREE", evidence: "Parliament voted."))
    }

    @Test("the byte search folds ASCII letters only and finds stems at either end of the text")
    func byteSearch() {
        func contains(_ text: String, _ stem: String) -> Bool? {
            var text = text, stem = stem
            return text.withUTF8 { t in stem.withUTF8 { ExpectedAction.containsFoldingASCII(t, $0) } }
        }
        #expect(contains("Talks ended", "talks") == true)
        #expect(contains("they PULL BACK", "pull back") == true)
        #expect(contains("pull-back", "pull back") == false)
        #expect(contains("tal", "talks") == false)
        #expect(contains("[talks]", "talks") == true)
        #expect(contains("anything", "négoci") == nil)
    }

    @Test("the SQL prefilter names the action's types, tests cue words on the mask and other words with escaped LIKE")
    func sqlCondition() throws {
        let sanctions = try #require(ExpectedAction(action: "impose sanctions").sqlCondition(type: "p.type", cues: "m.cues", evidence: "m.evidence"))
        #expect(sanctions.sql == "(p.type IN (?) OR (m.cues & ?) != 0)")
        #expect(sanctions.arguments.map { "\($0)" } == ["SANCTION", "\(ExpectedAction.cueBits["sanction"]!)"])
        var odd = ExpectedAction(action: "x")
        odd.types = []
        odd.stems = ["50%_off"]
        let like = try #require(odd.sqlCondition(type: "t", cues: "c", evidence: "e"))
        #expect(like.sql == "(e LIKE ? ESCAPE '\\')")
        #expect(like.arguments.map { "\($0)" } == ["%50\\%\\_off%"])
        odd.stems = []
        #expect(odd.sqlCondition(type: "t", cues: "c", evidence: "e") == nil)
    }

    @Test("a mention's cue mask has the bit of every cue word its evidence contains, in any letter case")
    func cueMask() {
        #expect(ExpectedAction.cueWords.count <= 63)
        let bits = ExpectedAction.cueBits
        #expect(ExpectedAction.cueMask(evidence: "They AGREED to withdraw troops.") == bits["agree"]! | bits["withdraw"]!)
        #expect(ExpectedAction.cueMask(evidence: "Kyiv’s Response came late.") == bits["respon"]!)
        #expect(ExpectedAction.cueMask(evidence: "Nothing happened.") == 0)
        // The mask says exactly what the evidence search finds.
        let action = ExpectedAction(action: "pull back forces")
        for evidence in ["The units will Pull Back.", "Troops pulled back.", "They held talks."] {
            #expect((ExpectedAction.cueMask(evidence: evidence) & bits["pull back"]! != 0)
                    == action.isFulfilled(byType: "CONSULT", evidence: evidence))
        }
    }

    @Test("the one-pass cue scanner finds what searching for each word in turn finds")
    func cueScanner() {
        // Texts made of cue words cut and joined with letters in both cases, from a fixed seed.
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let pieces = ExpectedAction.cueWords + ["A", "s", " ", "-", "PULL", "Back", "ex", "port", "e", "D"]
        var withCues = 0
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<next(8) {
                let piece = pieces[next(pieces.count)]
                text += next(3) == 0 ? piece.uppercased() : String(piece.prefix(next(piece.count + 1) + 1))
            }
            var expected: Int64 = 0
            ExpectedAction.forEachWord(ExpectedAction.cueWords, foundIn: text) { expected |= Int64(1) << $0 }
            #expect(ExpectedAction.cueMask(evidence: text) == expected, "\(text)")
            if expected != 0 { withCues += 1 }
        }
        #expect(withCues > 500)
    }

    @Test("an expectation's cue-and-type mask meets an event's only when the event may fulfil it")
    func cueAndTypeMask() {
        let sanctions = ExpectedAction(action: "impose sanctions")
        let threat = ExpectedAction.typeBit("THREATEN") | ExpectedAction.cueMask(evidence: "They threatened new sanctions.")
        let talks = ExpectedAction.typeBit("CONSULT") | ExpectedAction.cueMask(evidence: "They met in Geneva.")
        #expect(sanctions.cueAndTypeMask & ExpectedAction.typeBit("SANCTION") != 0)
        #expect(sanctions.cueAndTypeMask & threat != 0)  // the word is there: isFulfilled says yes too
        #expect(sanctions.isFulfilled(byType: "THREATEN", evidence: "They threatened new sanctions."))
        #expect(sanctions.cueAndTypeMask & talks == 0)
        #expect(!sanctions.searchesEvidence)
        #expect(ExpectedAction(action: "ratify the protocol").searchesEvidence)
        #expect(ExpectedAction.typeBit("INVESTIGATE") == 0)
        #expect(ExpectedAction.cueWords.count + ExpectedAction.typeWords.count <= 63)
    }
}

@Suite("Store: the ledger's source index")
struct StoreSourceCuesTests {
    @Test("a replaced report takes its rows out of the source index, leaving what a clean store of the final reports has")
    func replacement() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write(GenevaStory.all)
        #expect(try store.rowCount("source_cues") > 0)
        var changed = GenevaStory.reply()
        changed.document.text += " The ministry added nothing."
        _ = try store.write([changed])
        let clean = try SQLiteReadoutStore()
        _ = try clean.write(GenevaStory.all.filter { $0.document.id != changed.document.id } + [changed])
        #expect(try store.rowCount("source_cues") == clean.rowCount("source_cues"))
        #expect(try store.rowCount("expectation_links") == clean.rowCount("expectation_links"))
    }

    /// Rows of the source index, as "code cue".
    func filed(_ store: SQLiteReadoutStore) throws -> [String] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT code, cue FROM source_cues ORDER BY code, cue").map { "\($0[0] as String) \($0[1] as String)" }
        }
    }

    /// A report of Berlin's talks with Paris on March 1, in `words`.
    func talks(_ id: String, _ words: String) -> DocumentReadout {
        var doc = FixtureDocument(id: id, date: "2022-03-01", source: id, text: "Berlin \(words) Paris on Tuesday.")
        doc.entity("e1", "Germany", .country, code: "DEUGOV", mentions: ["Berlin"])
        doc.entity("e2", "France", .country, code: "FRAGOV", mentions: ["Paris"])
        doc.event("ev1", "CONSULT", ["e1"], ["e2"], date: "2022-03-01", evidence: "Berlin \(words) Paris")
        return doc.readout
    }

    @Test("the v11 migration files stored events by their mentions' cue words, asserted and reported ones only")
    func migration() throws {
        let queue = try DatabaseQueue()
        try StoreSchema.migrator.migrate(queue, upTo: "v10-demand-what")
        let talks = ExpectedAction.cueBits["talks"]!, deal = ExpectedAction.cueBits["deal"]!
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO documents (pk, id, date, day, sha256, bytes, text, readout, added)
                VALUES (1, 'd1', '2022-03-01', 19052, 'x', 1, 'x', '', 'now');
                INSERT INTO entities (pk, key, name, kind) VALUES (1, 'country:DEU', 'Germany', 'country');
                INSERT INTO events (pk, type, source_key, target_key, modality, date, day)
                VALUES (1, 'CONSULT', 'DEUGOV', 'FRAGOV', 'asserted', '2022-03-01', 19052),
                       (2, 'CONSULT', 'DEUGOV', 'FRAGOV', 'hypothetical', '2022-03-01', 19052);
                INSERT INTO event_parties (event_pk, role, entity_pk, code, type, day) VALUES
                  (1, 'source', 1, 'DEUGOV', 'CONSULT', 19052), (2, 'source', 1, 'DEUGOV', 'CONSULT', 19052);
                """)
            for (pk, event, cues) in [(1, 1, talks), (2, 1, deal), (3, 2, talks)] as [(Int, Int, Int64)] {
                try db.execute(sql: """
                    INSERT INTO event_mentions (pk, event_pk, doc_pk, local_id, doc_day, day, modality, count, evidence_start,
                      evidence_end, evidence, cues)
                    VALUES (?, ?, 1, 'ev', 19052, 19052, 'asserted', 1, 0, 1, 'x', ?)
                    """, arguments: [pk, event, cues])
            }
        }
        try StoreSchema.migrator.migrate(queue)
        try queue.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT code, cue, event_pk FROM source_cues ORDER BY cue")
                .map { "\($0[0] as String) \($0[1] as String) \($0[2] as Int)" }
            #expect(rows == ["DEUGOV CONSULT 1", "DEUGOV deal 1", "DEUGOV talks 1"])
            #expect(try Int64.fetchAll(db, sql: "SELECT cues FROM events ORDER BY pk") == [talks | deal, talks])
        }
    }

    @Test("an event is filed once per cue: a second report adds only the cue words it brings, and takes them back when it goes")
    func mergedReportsFileNewCuesOnly() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write([talks("wire-a", "held talks with"), talks("wire-b", "held talks with")])
        #expect(try store.events(EventQuery()).count == 1)
        #expect(try filed(store) == ["DEUGOV CONSULT", "DEUGOV talks"])
        _ = try store.write([talks("wire-c", "signed a deal with")])
        #expect(try filed(store) == ["DEUGOV CONSULT", "DEUGOV deal", "DEUGOV sign", "DEUGOV talks"])
        // The report with the new words is withdrawn (replaced by one that says nothing): its words go, the event stays.
        var empty = FixtureDocument(id: "wire-c", date: "2022-03-01", source: "wire-c", text: "No news.")
        empty.entity("e1", "Germany", .country, code: "DEUGOV", mentions: [])
        _ = try store.write([empty.readout])
        #expect(try filed(store) == ["DEUGOV CONSULT", "DEUGOV talks"])
    }
}
