import Foundation
import GRDB
import ReadoutCore
import Testing
@testable import ReadoutStore

@Suite("Store: actor index by key id, dyads filed once, ledger look-ups within one batch")
struct StoreEventIndexTests {
    func events(_ store: SQLiteReadoutStore, _ fill: (inout EventQuery) -> Void) throws -> [StoredEvent] {
        var query = EventQuery()
        query.limit = 0
        fill(&query)
        return try store.events(query)
    }

    /// Reports over three days: the US and Russia both ways, Russia's government and army, and NATO.
    static func readouts() -> [DocumentReadout] {
        var first = FixtureDocument(id: "wire-d-0301", date: "2022-03-01", source: "Wire D", text: """
            Washington sanctioned Moscow. Moscow accused Washington. The Kremlin ordered the army back.
            """)
        first.entity("e1", "United States", .country, code: "USAGOV", mentions: ["Washington"])
        first.entity("e2", "Russia", .country, code: "RUSGOV", mentions: ["Moscow"])
        first.entity("e3", "Russian army", .organization, code: "RUSMIL", mentions: ["the army"])
        first.event("ev1", "SANCTION", ["e1"], ["e2"], date: "2022-03-01", evidence: "Washington sanctioned Moscow", score: -4)
        first.event("ev2", "ACCUSE", ["e2"], ["e1"], date: "2022-03-01", evidence: "Moscow accused Washington", score: -2)
        first.event("ev3", "RETREAT", ["e2"], ["e3"], date: "2022-03-01", evidence: "The Kremlin ordered the army back", score: 3)
        var second = FixtureDocument(id: "wire-e-0303", date: "2022-03-03", source: "Wire E", text: """
            NATO met Russian envoys. The United States consulted Russia.
            """)
        second.entity("e1", "NATO", .organization, code: "NATO", mentions: ["NATO"])
        second.entity("e2", "Russia", .country, code: "RUSGOV", mentions: ["Russian envoys"])
        second.entity("e3", "United States", .country, code: "USA", mentions: ["The United States"])
        second.event("ev1", "CONSULT", ["e1"], ["e2"], date: "2022-03-03", evidence: "NATO met Russian envoys")
        second.event("ev2", "CONSULT", ["e3"], ["e2"], date: "2022-03-03", evidence: "The United States consulted Russia", score: 1)
        return [first.readout, second.readout]
    }

    @Test("a dyad asked either way round gives the same events and timeline")
    func dyadBothWays() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write(Self.readouts())
        let usaRus = try events(store) { $0.actor = "USA"; $0.with = "RUS" }
        let rusUsa = try events(store) { $0.actor = "RUS"; $0.with = "USA" }
        #expect(usaRus.map(\.id) == rusUsa.map(\.id))
        #expect(usaRus.map(\.type).sorted() == ["ACCUSE", "CONSULT", "SANCTION"])
        var forward = TimelineQuery(actor: "USA")
        forward.with = "RUS"
        var backward = TimelineQuery(actor: "RUS")
        backward.with = "USA"
        let days = try store.timeline(forward)
        #expect(days == (try store.timeline(backward)))
        let first = try #require(days.first { $0.day == "2022-03-01" })
        #expect(first.total == 2 && first.verbalConflict == 1 && first.materialConflict == 1 && first.meanScore == -3)
        // A country with itself: the Kremlin and its army, counted once.
        let domestic = try events(store) { $0.actor = "RUS"; $0.with = "RUS" }
        #expect(domestic.map(\.type) == ["RETREAT"])
        var own = TimelineQuery(actor: "RUS")
        own.with = "RUS"
        #expect(try store.timeline(own).map(\.total) == [1])
        // A code no event has, and a code paired with one it never met.
        #expect(try events(store) { $0.actor = "CHNGOV" }.isEmpty)
        #expect(try events(store) { $0.actor = "NATO"; $0.with = "USA" }.isEmpty)
        #expect(try store.timeline(TimelineQuery(actor: "CHN")).isEmpty)
    }

    @Test("an event is filed under each key alone and each source-target pair once, the smaller key id first")
    func rowsOnce() {
        let rows = ActorIndexBuffer.rows(sources: [1, 2], targets: [2, 5])
        let pairs = Set(rows.map { "\($0.actor)-\($0.other)" })
        #expect(pairs == ["1-0", "2-0", "5-0", "1-2", "1-5", "2-2", "2-5"])
        #expect(rows.count == pairs.count)
    }

    @Test("the v7 migration rebuilds the actor index of a store made before it")
    func migration() throws {
        let queue = try DatabaseQueue()
        try StoreSchema.migrator.migrate(queue, upTo: "v6-ledger-cues")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO events (pk, type, quad, source_key, target_key, modality, date, day, score)
                VALUES (1, 'SANCTION', 4, 'USAGOV', 'RUSGOV', 'asserted', '2022-03-01', 19052, -4),
                       (2, 'CONSULT', 1, 'RUSGOV', 'USA', 'asserted', '2022-03-02', 19053, NULL);
                """)
        }
        try StoreSchema.migrator.migrate(queue)
        try queue.read { db in
            let keys = try Int.fetchOne(db, sql: "SELECT count(*) FROM actor_keys") ?? 0
            #expect(keys == 5)  // USAGOV, USA*, RUSGOV, RUS*, USA
            let alone = try Int.fetchOne(db, sql: "SELECT count(*) FROM event_actors WHERE other = 0") ?? 0
            let paired = try Int.fetchOne(db, sql: "SELECT count(*) FROM event_actors WHERE other != 0") ?? 0
            #expect(alone == 8 && paired == 8)  // each event: its 4 keys alone, and 2 x 2 pairs once
            let usaRus = try ActorKeys.ids(actor: "USA*", other: "RUS*", db: db)
            let dyad = try Int.fetchOne(db, sql: "SELECT count(*) FROM event_actors WHERE actor = ? AND other = ?",
                                        arguments: [usaRus.actor, usaRus.other]) ?? 0
            #expect(dyad == 2)
            let rus = try ActorKeys.ids(actor: "RUS*", other: "", db: db)
            let counted = try Int.fetchOne(db, sql: "SELECT sum(events) FROM actor_days WHERE actor = ?", arguments: [rus.actor]) ?? 0
            #expect(counted == 2)
        }
    }

    @Test("reports in one batch fulfil a promise and answer a demand made earlier in the same batch")
    func ledgerWithinOneBatch() throws {
        let store = try SQLiteReadoutStore()
        var promise = FixtureDocument(id: "wire-f-0401", date: "2022-04-01", source: "Wire F", text: """
            Berlin demanded that Moscow withdraw. Moscow will answer in writing next week.
            """)
        promise.entity("e1", "Germany", .country, code: "DEUGOV", mentions: ["Berlin"])
        promise.entity("e2", "Russia", .country, code: "RUSGOV", mentions: ["Moscow"])
        promise.event("ev1", "REQUEST", ["e1"], ["e2"], date: "2022-04-01", evidence: "Berlin demanded that Moscow withdraw", score: -1)
        promise.expectation("e2", "e1", "answer in writing", due: DateWindow(value: "2022-W14", start: "2022-04-04", end: "2022-04-10"),
                            evidence: "Moscow will answer in writing next week")
        var reply = FixtureDocument(id: "wire-g-0406", date: "2022-04-06", source: "Wire G", text: """
            Russia sent its answer to Germany and rejected the demand.
            """)
        // Another entity of Russia's (coded RUS): it keeps the promise of the government (RUSGOV), but answers no demand made of it.
        reply.entity("e1", "Russian Federation", .country, code: "RUS", mentions: ["Russia"])
        reply.entity("e2", "Germany", .country, code: "DEUGOV", mentions: ["Germany"])
        reply.event("ev1", "REJECT", ["e1"], ["e2"], date: "2022-04-06", evidence: "Russia sent its answer to Germany and rejected", score: -2)
        var rejection = FixtureDocument(id: "wire-h-0407", date: "2022-04-07", source: "Wire H", text: """
            Moscow rejected Berlin's demand.
            """)
        rejection.entity("e1", "Russia", .country, code: "RUSGOV", mentions: ["Moscow"])
        rejection.entity("e2", "Germany", .country, code: "DEUGOV", mentions: ["Berlin"])
        rejection.event("ev1", "REJECT", ["e1"], ["e2"], date: "2022-04-07", evidence: "Moscow rejected Berlin's demand", score: -2)
        _ = try store.write([promise.readout, reply.readout, rejection.readout])
        var query = LedgerQuery()
        query.asOf = "2022-04-30"
        let entries = try store.ledger(query)
        let expectation = try #require(entries.first { $0.kind == .expectation })
        #expect(expectation.status == "fulfilled" && expectation.resolved == "2022-04-06")
        #expect(expectation.links.map(\.document) == ["wire-g-0406"])
        let demand = try #require(entries.first { $0.kind == .demand })
        #expect(demand.status == "rejected" && demand.resolved == "2022-04-07")
        #expect(demand.links.map(\.document) == ["wire-h-0407"])
    }

    @Test("a report replaced within the same batch takes its answer away, and a later one answers")
    func replacementWithinOneBatch() throws {
        let store = try SQLiteReadoutStore()
        var demand = FixtureDocument(id: "wire-i-0501", date: "2022-05-01", source: "Wire I", text: "Kyiv asked Berlin for tanks.")
        demand.entity("e1", "Ukraine", .country, code: "UKRGOV", mentions: ["Kyiv"])
        demand.entity("e2", "Germany", .country, code: "DEUGOV", mentions: ["Berlin"])
        demand.event("ev1", "REQUEST", ["e1"], ["e2"], date: "2022-05-01", evidence: "Kyiv asked Berlin for tanks", score: -1)
        func refusal(_ id: String, _ date: String, refused: Bool) -> DocumentReadout {
            var doc = FixtureDocument(id: id, date: date, source: "Wire J", text: refused ? "Berlin refused Kyiv's request." : "No news.")
            doc.entity("e1", "Germany", .country, code: "DEUGOV", mentions: refused ? ["Berlin"] : [])
            doc.entity("e2", "Ukraine", .country, code: "UKRGOV", mentions: refused ? ["Kyiv"] : [])
            if refused { doc.event("ev1", "REJECT", ["e1"], ["e2"], date: date, evidence: "Berlin refused Kyiv's request", score: -2) }
            return doc.readout
        }
        _ = try store.write([demand.readout, refusal("wire-j-0503", "2022-05-03", refused: true),
                             refusal("wire-j-0503", "2022-05-03", refused: false), refusal("wire-j-0505", "2022-05-05", refused: true)])
        var query = LedgerQuery()
        query.asOf = "2022-05-31"
        let entry = try #require(try store.ledger(query).first { $0.kind == .demand })
        #expect(entry.status == "rejected" && entry.resolved == "2022-05-05")
        #expect(entry.links.map(\.document) == ["wire-j-0505"])
    }
}
