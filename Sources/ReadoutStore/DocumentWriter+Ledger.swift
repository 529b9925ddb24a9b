import GRDB
import ReadoutCore

extension DocumentWriter {
    /// How many days after a demand an answer is looked for.
    static let answerWindowDays = 365
    /// How many days after it was stated an expectation without a due window can be fulfilled.
    static let openExpectationDays = 365
    /// The longest due window looked back over when a new event may fulfil an expectation.
    static let longestDueWindowDays = 400

    /// Makes a REQUEST event a demand (once), and links the answers already stored.
    func registerDemand(_ facts: MentionFacts) throws {
        let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT pk FROM demands WHERE event_pk = ?"), arguments: [facts.eventPK])
        if let existing {
            try execute("UPDATE demands SET known_day = min(known_day, ?) WHERE pk = ?", [facts.docDay, existing])
            return
        }
        let eventDay = try Int.fetchOne(db.cachedStatement(sql: "SELECT day FROM events WHERE pk = ?"), arguments: [facts.eventPK]) ?? facts.day
        try execute("INSERT INTO demands (event_pk, day, known_day) VALUES (?, ?, ?)", [facts.eventPK, eventDay, facts.docDay])
        let demandPK = db.lastInsertedRowID
        guard !facts.sources.isEmpty, !facts.targets.isEmpty else { return }
        // Answers come from the demand's targets to its demanders: the dyad reversed, looked up on the merge index.
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT m.pk, e.type, m.day, m.doc_day FROM events e JOIN event_mentions m ON m.event_pk = e.pk
            WHERE e.type IN (\(marks(Self.answerTypes.count))) AND e.source_key = ? AND e.target_key = ?
              AND e.modality IN ('asserted', 'reported') AND e.day BETWEEN ? AND ? AND e.pk != ? AND m.day >= ?
            """), arguments: values(Self.answerTypes, [facts.targetKey, facts.sourceKey, eventDay - Self.mergeDays,
                                                       eventDay + Self.answerWindowDays, facts.eventPK, eventDay]))
        for row in rows {
            guard let outcome = PloverVocabulary.demandOutcome(of: row["type"]) else { continue }
            if outcome == "answered", (row["day"] as Int) <= eventDay { continue }
            try recordAnswer(demand: demandPK, mention: row["pk"], outcome: outcome, knownDay: max(row["day"] as Int, row["doc_day"] as Int))
        }
    }

    /// The PLOVER types that can answer a demand.
    static let answerTypes = ["CONCEDE", "RETREAT", "REJECT", "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "ACCUSE", "THREATEN"]

    /// Links a new mention to the stored demands it answers: from a demand's target to the demander, later.
    func linkAnswer(_ facts: MentionFacts) throws {
        guard let outcome = PloverVocabulary.demandOutcome(of: facts.type), !facts.sources.isEmpty, !facts.targets.isEmpty else { return }
        let demands = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT d.pk, d.day FROM events e JOIN demands d ON d.event_pk = e.pk
            WHERE e.type = 'REQUEST' AND e.source_key = ? AND e.target_key = ? AND e.modality IN ('asserted', 'reported')
              AND e.day BETWEEN ? AND ? AND e.pk != ?
            """), arguments: [facts.targetKey, facts.sourceKey, facts.day - Self.answerWindowDays, facts.day + Self.mergeDays,
                              facts.eventPK])
        for demand in demands {
            // Talks on the day of the demand are where it was made, not an answer to it.
            if outcome == "answered", (demand["day"] as Int) >= facts.day { continue }
            try recordAnswer(demand: demand["pk"], mention: facts.mentionPK, outcome: outcome, knownDay: max(facts.day, facts.docDay))
        }
    }

    /// Links a new mention to the stored expectations it fulfils: the promised action by that actor in the window.
    func linkFulfilment(_ facts: MentionFacts) throws {
        guard !facts.sources.isEmpty else { return }
        let actors = try sameCountryCodes(facts.sources)
        let targetRoots = Set(facts.targets.map(EntityIdentity.countryRoot))
        let rows = try Row.fetchAll(db, sql: """
            SELECT pk, action, counterpart_code FROM expectations
            WHERE actor_code IN (\(marks(actors.count))) AND due_start_day BETWEEN ? AND ?
              AND coalesce(due_end_day, due_start_day + \(Self.openExpectationDays)) >= ?
              AND stated_day <= ? AND doc_pk != ?
            """, arguments: values(actors, [facts.day - Self.longestDueWindowDays, facts.day, facts.day, facts.docDay, facts.docPK]))
        for row in rows {
            if let counterpart = row["counterpart_code"] as String?, !targetRoots.contains(EntityIdentity.countryRoot(counterpart)) { continue }
            guard actions.action(row["action"]).isFulfilled(byType: facts.type, evidence: facts.evidence) else { continue }
            try recordFulfilment(expectation: row["pk"], mention: facts.mentionPK, knownDay: max(facts.day, facts.docDay))
        }
    }

    /// Stores an expectation and links the stored events that already fulfil it.
    func storeExpectation(_ expectation: Expectation, document: Document, docPK: Int64, docDay: Int,
                          entities: [String: LocalEntity]) throws {
        let actor = entities[expectation.actor]
        let actorCode = actor?.code ?? expectation.actor
        let counterpart = expectation.counterpart.map { entities[$0] }
        let counterpartCode = expectation.counterpart.map { entities[$0]?.code ?? $0 }
        let stated = ISODay(expectation.stated) != nil ? expectation.stated : document.date
        let statedDay = DayNumber.of(stated) ?? docDay
        let dueStart = DayNumber.of(expectation.due?.start) ?? DayNumber.of(expectation.due?.value)
        let dueEnd = DayNumber.of(expectation.due?.end) ?? dueStart
        try execute("""
            INSERT INTO expectations (doc_pk, actor, actor_code, counterpart, counterpart_code, action, due, due_start, due_end,
              due_start_day, due_end_day, stated, stated_day, evidence, evidence_start, evidence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [docPK, actor?.name ?? expectation.actor, actorCode, counterpart.map { $0?.name ?? expectation.counterpart ?? "" },
                  counterpartCode, expectation.action, expectation.due?.value, dueStart.map(DayNumber.string),
                  dueEnd.map(DayNumber.string), dueStart ?? statedDay, dueEnd, stated, statedDay,
                  expectation.evidence.text, expectation.evidence.start, expectation.evidence.end])
        let pk = db.lastInsertedRowID
        let from = dueStart ?? statedDay
        let to = dueEnd ?? (statedDay + Self.openExpectationDays)
        let actors = try sameCountryCodes([actorCode])
        let rows = try Row.fetchAll(db, sql: """
            SELECT m.pk, p.type, m.day, m.doc_day, m.evidence, p.event_pk FROM event_parties p
            JOIN event_mentions m ON m.event_pk = p.event_pk
            WHERE p.code IN (\(marks(actors.count))) AND p.day BETWEEN ? AND ? AND p.role = 'source'
              AND m.modality IN ('asserted', 'reported') AND m.day BETWEEN ? AND ? AND m.doc_day >= ? AND m.doc_pk != ?
            """, arguments: values(actors, [from - Self.mergeDays, to + Self.mergeDays, from, to, statedDay, docPK]))
        let wanted = ExpectedAction(action: expectation.action)
        for row in rows {
            guard wanted.isFulfilled(byType: row["type"], evidence: row["evidence"]) else { continue }
            if let counterpartCode,
               !(try partyCodes(event: row["event_pk"], role: "target").map(EntityIdentity.countryRoot).contains(EntityIdentity.countryRoot(counterpartCode))) {
                continue
            }
            try recordFulfilment(expectation: pk, mention: row["pk"], knownDay: max(row["day"] as Int, row["doc_day"] as Int))
        }
    }
}

extension DocumentWriter {
    /// Links an answer to a demand and keeps the demand's first day for that outcome.
    func recordAnswer(demand: Int64, mention: Int64, outcome: String, knownDay: Int) throws {
        try execute("INSERT OR IGNORE INTO demand_answers (demand_pk, mention_pk, outcome, known_day) VALUES (?, ?, ?, ?)",
                    [demand, mention, outcome, knownDay])
        let column = outcome == "met" ? "met_day" : outcome == "rejected" ? "rejected_day" : "answered_day"
        try execute("UPDATE demands SET \(column) = min(coalesce(\(column), ?1), ?1) WHERE pk = ?2", [knownDay, demand])
    }

    /// Links a fulfilling event to an expectation and keeps the first day it was known.
    func recordFulfilment(expectation: Int64, mention: Int64, knownDay: Int) throws {
        try execute("INSERT OR IGNORE INTO expectation_links (expectation_pk, mention_pk, known_day) VALUES (?, ?, ?)",
                    [expectation, mention, knownDay])
        try execute("UPDATE expectations SET fulfilled_day = min(coalesce(fulfilled_day, ?1), ?1) WHERE pk = ?2", [knownDay, expectation])
    }

    /// The stored actor codes of the same country as these codes (`USA` → `USA`, `USAGOV`, `USAMIL`), the codes
    /// themselves included: a promise by the US government is kept when "the United States" acts.
    func sameCountryCodes(_ codes: [String]) throws -> [String] {
        var result = Set(codes)
        for root in Set(codes.map(EntityIdentity.countryRoot)) where root.count == 3 {
            for code in try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT actor_code FROM entities WHERE actor_code >= ? AND actor_code < ?"),
                                            arguments: [root, root + "\u{7F}"]) where EntityIdentity.countryRoot(code) == root {
                result.insert(code)
            }
        }
        return result.sorted()
    }

    /// Recomputes the ledger days of demands and expectations after links were removed.
    func refreshLedgerDays(demands: [Int64], expectations: [Int64]) throws {
        for demand in demands {
            try execute("""
                UPDATE demands SET
                  met_day = (SELECT min(known_day) FROM demand_answers WHERE demand_pk = ?1 AND outcome = 'met'),
                  rejected_day = (SELECT min(known_day) FROM demand_answers WHERE demand_pk = ?1 AND outcome = 'rejected'),
                  answered_day = (SELECT min(known_day) FROM demand_answers WHERE demand_pk = ?1 AND outcome = 'answered')
                WHERE pk = ?1
                """, [demand])
        }
        for expectation in expectations {
            try execute("UPDATE expectations SET fulfilled_day = (SELECT min(known_day) FROM expectation_links WHERE expectation_pk = ?1) WHERE pk = ?1",
                        [expectation])
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
