import GRDB
import ReadoutCore

extension DocumentWriter {
    /// The `demands` column holding the first day of an outcome.
    static func dayColumn(_ outcome: String) -> String {
        outcome == "met" ? "met_day" : outcome == "rejected" ? "rejected_day" : "answered_day"
    }

    /// The query of a demand's first day of each outcome.
    static let demandDaySQL: [String: String] = Dictionary(uniqueKeysWithValues: ["met", "rejected", "answered"].map {
        ($0, "SELECT \(dayColumn($0)) FROM demands WHERE pk = ?")
    })

    /// Links an answer to a demand when it is among the first known of its outcome, dropping links it makes later.
    func recordAnswer(demand: Int64, mention: Int64, outcome: String, knownDay: Int) throws {
        let column = Self.dayColumn(outcome)
        let current = try queryInt(Self.demandDaySQL[outcome] ?? "SELECT \(column) FROM demands WHERE pk = ?", demand)
        if let current, knownDay > current { return }
        if current.map({ knownDay < $0 }) ?? true {
            try run("DELETE FROM demand_answers WHERE demand_pk = ? AND outcome = ?", demand, outcome)
            try run("UPDATE demands SET \(column) = ? WHERE pk = ?", knownDay, demand)
        }
        try run("INSERT OR IGNORE INTO demand_answers (demand_pk, mention_pk, outcome, known_day) VALUES (?, ?, ?, ?)",
                    demand, mention, outcome, knownDay)
    }

    /// Links a fulfilling event to an expectation when it is among the first known, dropping links it makes later.
    func recordFulfilment(expectation: Int64, mention: Int64, knownDay: Int) throws {
        let current = try queryInt("SELECT fulfilled_day FROM expectations WHERE pk = ?", expectation)
        if let current, knownDay > current { return }
        if current.map({ knownDay < $0 }) ?? true {
            try run("DELETE FROM expectation_links WHERE expectation_pk = ?", expectation)
            try run("UPDATE expectations SET fulfilled_day = ? WHERE pk = ?", knownDay, expectation)
        }
        try run("INSERT OR IGNORE INTO expectation_links (expectation_pk, mention_pk, known_day) VALUES (?, ?, ?)",
                    expectation, mention, knownDay)
    }

    /// `sameCountryCodes` of one side of an event (`codes` the parts of `mergeKey`), remembered per merge key while
    /// the country codes it was read from stay known.
    mutating func sameCountryCodes(_ codes: [String], mergeKey: String) throws -> [String] {
        if let known = eventCache.sameCountry[mergeKey], known.roots.allSatisfy({ countryCodes[$0] != nil }) { return known.codes }
        let result = try sameCountryCodes(codes)
        let roots = Set(codes.map(EntityIdentity.countryRoot)).filter { $0.count == 3 }
        eventCache.sameCountry[mergeKey] = (result, Array(roots))
        return result
    }

    /// The stored actor codes of the same country as these codes (`USA` → `USA`, `USAGOV`, `USAMIL`), the codes
    /// themselves included: a promise by the US government is kept when "the United States" acts.
    mutating func sameCountryCodes(_ codes: [String]) throws -> [String] {
        var result = Set(codes)
        for root in Set(codes.map(EntityIdentity.countryRoot)) where root.count == 3 {
            if let known = countryCodes[root] {
                result.formUnion(known)
                continue
            }
            let found = try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT actor_code FROM entities WHERE actor_code >= ? AND actor_code < ?"),
                                            arguments: [root, root + "\u{7F}"]).filter { EntityIdentity.countryRoot($0) == root }
            countryCodes[root] = found
            // Codes remembered per merge key may have been read before the codes of this country changed.
            eventCache.sameCountry.removeAll()
            result.formUnion(found)
        }
        return result.sorted()
    }

    /// After links were removed with a replaced document: recomputes the ledger days of the demands and expectations
    /// that lost one from the links left, then looks again for their first answers and fulfilments among what is stored.
    mutating func refreshLedgerDays(demands: [Int64], expectations: [Int64]) throws {
        // Links and ledger items went with a deleted document: what the event path read of the ledger is stale.
        eventCache.forgetLedger()
        for demand in demands {
            try run("""
                UPDATE demands SET
                  met_day = (SELECT min(known_day) FROM demand_answers WHERE demand_pk = ?1 AND outcome = 'met'),
                  rejected_day = (SELECT min(known_day) FROM demand_answers WHERE demand_pk = ?1 AND outcome = 'rejected'),
                  answered_day = (SELECT min(known_day) FROM demand_answers WHERE demand_pk = ?1 AND outcome = 'answered')
                WHERE pk = ?1
                """, demand)
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT d.event_pk, d.day, e.source_key, e.target_key FROM demands d JOIN events e ON e.pk = d.event_pk WHERE d.pk = ?
                """), arguments: [demand]) else { continue }
            try searchAnswers(demand: demand, event: row["event_pk"], day: row["day"], sourceKey: row["source_key"], targetKey: row["target_key"])
        }
        for expectation in expectations {
            try run("UPDATE expectations SET fulfilled_day = (SELECT min(known_day) FROM expectation_links WHERE expectation_pk = ?1) WHERE pk = ?1",
                        expectation)
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT doc_pk, actor_code, counterpart_code, action, due_start_day, due_end_day, stated_day FROM expectations WHERE pk = ?
                """), arguments: [expectation]) else { continue }
            let statedDay: Int = row["stated_day"]
            try searchFulfilments(ExpectationFacts(pk: expectation, docPK: row["doc_pk"], actorCode: row["actor_code"],
                                                   counterpartCode: row["counterpart_code"], action: row["action"],
                                                   from: row["due_start_day"],
                                                   to: (row["due_end_day"] as Int?) ?? (statedDay + Self.openExpectationDays),
                                                   statedDay: statedDay))
        }
    }
}

/// `?, ?, …` for an IN list of `count` values.
func marks(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
}

/// Statement arguments from lists of values, in order.
func values(_ lists: [any DatabaseValueConvertible]...) -> StatementArguments {
    StatementArguments(lists.flatMap { $0 })
}

/// Look-ups the event path repeats within a transaction. What it holds of the ledger takes in the demands and
/// expectations stored in the transaction, and is forgotten whenever a document is deleted (`delete` writes the pending
/// actor index first, `flushActorIndex`, and looks again for the links it removed, `refreshLedgerDays`: both empty it).
struct EventPathCache {
    /// Same-country codes by merge key, and the country roots they were read from (`sameCountryCodes(_:mergeKey:)`).
    var sameCountry: [String: (codes: [String], roots: [String])] = [:]
    /// Whether a dyad has stored demands (`hasDemands`): kept across deletes, which can only make a true one stale
    /// (costing a look-up that finds nothing).
    var hasDemands: [DyadKey: Bool] = [:]
    /// Whether an actor code has stored expectations (`hasExpectations`), likewise.
    var hasExpectations: [String: Bool] = [:]
    /// Stored demands by dyad and the span of days of the answer looked for (`linkAnswer`).
    var demands: [DyadKey: [Int: [StoredDemand]]] = [:]
    /// Stored expectations by actor code and the span of days of the event looked for (`linkFulfilment`).
    var expectations: [String: [Int: [StoredExpectation]]] = [:]
    /// Expectations' action and counterpart code, by id (`expectationDetails`).
    var expectationDetails: [Int64: (action: String, counterpart: String?)] = [:]

    /// Days on which demands (per outcome) and expectations were settled by links made in this transaction: an upper
    /// bound of the stored day (links made elsewhere only lower it, until a delete), so a later report is skipped
    /// only when the stored day would skip it too.
    var settled: [SettledKey: Int] = [:]

    /// The hot statements by slot (`DocumentWriter.statement(_:)`).
    var statements = [Statement?](repeating: nil, count: HotStatement.allCases.count)

    /// Forgets the ledger look-ups (after deletes).
    mutating func forgetLedger() {
        demands.removeAll()
        expectations.removeAll()
        expectationDetails.removeAll()
        settled.removeAll()
    }
}

/// A ledger item's outcome: a demand's (slot 0 met, 1 rejected, 2 answered) or an expectation's fulfilment (slot 3).
struct SettledKey: Hashable {
    var pk: Int64
    var slot: Int
}

/// A dyad by merge keys: (source key, target key).
struct DyadKey: Hashable {
    var source: String
    var target: String
}

/// A stored demand as `linkAnswer` reads it.
struct StoredDemand {
    var pk: Int64
    var day: Int
    var event: Int64
    var eventDay: Int
    /// The first days of its outcomes met, rejected and answered, as read.
    var settled: [Int?]

    /// The `settled` index of an outcome.
    static func slot(_ outcome: String) -> Int {
        outcome == "met" ? 0 : outcome == "rejected" ? 1 : 2
    }
}

/// A stored expectation as `linkFulfilment` reads it from the `expectations_open` index.
struct StoredExpectation {
    var pk: Int64
    /// First and last day of its window.
    var dueStart: Int
    var dueEnd: Int
    var statedDay: Int
    var docPK: Int64
    /// The day it was fulfilled, as read.
    var fulfilled: Int?
    /// Its action's cue-and-type mask, and whether the action needs an evidence search (`action_cues`, `action_open`).
    var cues: Int64
    var open: Bool
}
