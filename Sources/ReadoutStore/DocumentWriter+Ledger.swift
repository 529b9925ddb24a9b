import GRDB
import ReadoutCore

/// The ledger's links keep, for each demand and outcome (met, rejected, answered) and for each expectation, the
/// first reports that settle it: the ones known earliest (every report known that same day). Later reports of the
/// same outcome change neither the status nor its day on any `--as-of` day, so they are not linked; when a linked
/// report is replaced, the entry looks again among what is stored.
extension DocumentWriter {
    /// How many days after a demand an answer is looked for.
    static let answerWindowDays = 365
    /// How many days after it was stated an expectation without a due window can be fulfilled.
    static let openExpectationDays = 365
    /// The longest due window looked back over when a new event may fulfil an expectation.
    static let longestDueWindowDays = 400

    /// Makes a REQUEST event a demand (once), and links the first answers already stored.
    mutating func registerDemand(_ facts: MentionFacts, what: String) throws {
        // An event this mention created has no demand yet.
        if !facts.newEvent, let existing = try queryInt("SELECT pk FROM demands WHERE event_pk = ?", facts.eventPK) {
            try run("UPDATE demands SET known_day = min(known_day, ?), what = coalesce(what, ?) WHERE pk = ?", facts.docDay, what, existing)
            return
        }
        let eventDay = facts.eventDay
        try run("INSERT INTO demands (event_pk, day, known_day, what) VALUES (?, ?, ?, ?)", facts.eventPK, eventDay, facts.docDay, what)
        let demandPK = db.lastInsertedRowID
        // The demands read per span of days take the new one in, where the span's query would have found it.
        let dyad = DyadKey(source: facts.sourceKey, target: facts.targetKey)
        eventCache.hasDemands[dyad] = true
        if let spans = eventCache.demands[dyad] {
            for span in spans.keys {
                let first = span * Self.ledgerSpanDays
                guard eventDay >= first - Self.answerWindowDays, eventDay <= first + Self.ledgerSpanDays - 1 + Self.mergeDays else { continue }
                eventCache.demands[dyad]![span]!.append(StoredDemand(pk: demandPK, day: eventDay, event: facts.eventPK, eventDay: eventDay,
                                                                     settled: [nil, nil, nil]))
            }
        }
        try searchAnswers(demand: demandPK, event: facts.eventPK, day: eventDay, sourceKey: facts.sourceKey, targetKey: facts.targetKey)
    }

    /// Links a demand's first stored answers of each outcome: events from its targets to its demanders, later.
    func searchAnswers(demand: Int64, event: Int64, day eventDay: Int, sourceKey: String, targetKey: String) throws {
        guard !sourceKey.isEmpty, !targetKey.isEmpty else { return }
        // Answers come from the demand's targets to its demanders: the dyad reversed, looked up on the merge index.
        var first: [String: FirstReports] = [:]
        try query(Self.answersQuery, targetKey, sourceKey, eventDay - Self.mergeDays, eventDay + Self.answerWindowDays, event, eventDay) { row in
            guard let type = row.text(1), let outcome = PloverVocabulary.demandOutcome(of: type) else { return true }
            let day = row.int(2)
            if outcome == "answered", day <= eventDay { return true }
            first[outcome, default: FirstReports()].add(mention: row.int64(0), knownDay: max(day, row.int(3)))
            return true
        }
        for (outcome, reports) in first {
            for mention in reports.mentions {
                try recordAnswer(demand: demand, mention: mention, outcome: outcome, knownDay: reports.day)
            }
        }
    }

    /// The PLOVER types that can answer a demand.
    static let answerTypes = ["CONCEDE", "RETREAT", "REJECT", "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "ACCUSE", "THREATEN"]

    /// The stored answers to a demand: mentions of events of an answer type between its dyad reversed, in the window.
    static let answersQuery = """
        SELECT m.pk, e.type, m.day, m.doc_day FROM events e JOIN event_mentions m ON m.event_pk = e.pk
        WHERE e.type IN (\(answerTypes.map { "'\($0)'" }.joined(separator: ", "))) AND e.source_key = ? AND e.target_key = ?
          AND e.modality IN ('asserted', 'reported') AND e.day BETWEEN ? AND ? AND e.pk != ? AND m.day >= ?
        """

    /// The stored demands of a dyad (demander, demanded) made on days in a range: demand, its day, its event, the
    /// event's day and the first days of its outcomes. Which of them an answer settles first is checked per answer.
    static let demandsQuery = """
        SELECT d.pk, d.day, e.pk, e.day, d.met_day, d.rejected_day, d.answered_day FROM events e JOIN demands d ON d.event_pk = e.pk
        WHERE e.type = 'REQUEST' AND e.source_key = ? AND e.target_key = ? AND e.modality IN ('asserted', 'reported')
          AND e.day BETWEEN ? AND ?
        """

    /// Days looked up at once by the ledger links: the demands or expectations that an event on any day of a span of
    /// this many days may settle are read together, once per transaction, and each event picks its own.
    static let ledgerSpanDays = 32

    /// Links a new mention to the stored demands it answers first: from a demand's target to the demander, later.
    ///
    /// The demands a dyad has around a span of days are read once per transaction (`EventPathCache.demands`);
    /// a demand registered in it joins the spans it falls in.
    mutating func linkAnswer(_ facts: MentionFacts) throws {
        guard let outcome = PloverVocabulary.demandOutcome(of: facts.type), !facts.sources.isEmpty, !facts.targets.isEmpty else { return }
        let knownDay = max(facts.day, facts.docDay)
        let dyad = DyadKey(source: facts.targetKey, target: facts.sourceKey)
        guard try hasDemands(dyad) else { return }
        let span = Self.span(of: facts.day)
        let demands: [StoredDemand]
        if let known = eventCache.demands[dyad]?[span] {
            demands = known
        } else {
            var found: [StoredDemand] = []
            let first = span * Self.ledgerSpanDays
            try query(Self.demandsQuery, dyad.source, dyad.target, first - Self.answerWindowDays,
                      first + Self.ledgerSpanDays - 1 + Self.mergeDays) { row in
                found.append(StoredDemand(pk: row.int64(0), day: row.int(1), event: row.int64(2), eventDay: row.int(3),
                                          settled: [row.optionalInt(4), row.optionalInt(5), row.optionalInt(6)]))
                return true
            }
            eventCache.demands[dyad, default: [:]][span] = found
            demands = found
        }
        let slot = StoredDemand.slot(outcome)
        let window = (facts.day - Self.answerWindowDays)...(facts.day + Self.mergeDays)
        for demand in demands where demand.event != facts.eventPK && window.contains(demand.eventDay) {
            // Talks on the day of the demand are where it was made, not an answer to it.
            if outcome == "answered", demand.day >= facts.day { continue }
            // Settled earlier than this answer is known (as read, or since linked): not among the first.
            let settled = SettledKey(pk: demand.pk, slot: slot)
            if let day = min(demand.settled[slot], eventCache.settled[settled]), day < knownDay { continue }
            try recordAnswer(demand: demand.pk, mention: facts.mentionPK, outcome: outcome, knownDay: knownDay)
            eventCache.settled[settled] = min(eventCache.settled[settled], knownDay)
        }
    }

    /// The span of `ledgerSpanDays` days a day falls in.
    static func span(of day: Int) -> Int {
        day >= 0 ? day / ledgerSpanDays : (day - ledgerSpanDays + 1) / ledgerSpanDays
    }

    /// Whether any demand of this dyad is stored (read once per transaction; a demand registered in it sets it).
    mutating func hasDemands(_ dyad: DyadKey) throws -> Bool {
        if let known = eventCache.hasDemands[dyad] { return known }
        let found = try queryInt("""
            SELECT 1 FROM events e JOIN demands d ON d.event_pk = e.pk
            WHERE e.type = 'REQUEST' AND e.source_key = ? AND e.target_key = ? LIMIT 1
            """, dyad.source, dyad.target) != nil
        eventCache.hasDemands[dyad] = found
        return found
    }

    /// Links a new mention to the stored expectations it fulfils first: the promised action by that actor in the window.
    ///
    /// The expectations of an actor code around a span of days are read once per transaction, from the
    /// `expectations_open` index (`EventPathCache.expectations`); an expectation stored in it joins the spans it falls
    /// in. Each event then applies to them, in memory, the conditions a look-up of its own day would have put in SQL.
    mutating func linkFulfilment(_ facts: MentionFacts) throws {
        guard !facts.sources.isEmpty else { return }
        let knownDay = max(facts.day, facts.docDay)
        let mask = facts.cues | ExpectedAction.typeBit(facts.type)
        let span = Self.span(of: facts.day)
        var targetRoots: Set<String>?
        for code in try sameCountryCodes(facts.sources, mergeKey: facts.sourceKey) where try hasExpectations(code) {
            let expectations: [StoredExpectation]
            if let known = eventCache.expectations[code]?[span] {
                expectations = known
            } else {
                var found: [StoredExpectation] = []
                let first = span * Self.ledgerSpanDays
                try query(Self.expectationSpanQuery, code, first - Self.longestDueWindowDays, first + Self.ledgerSpanDays - 1, first) { row in
                    found.append(StoredExpectation(pk: row.int64(0), dueStart: row.int(1), dueEnd: row.int(2), statedDay: row.int(3),
                                                   docPK: row.int64(4), fulfilled: row.optionalInt(5), cues: row.int64(6), open: row.int(7) != 0))
                    return true
                }
                eventCache.expectations[code, default: [:]][span] = found
                expectations = found
            }
            for expectation in expectations where expectation.dueStart >= facts.day - Self.longestDueWindowDays
                && expectation.dueStart <= facts.day && expectation.dueEnd >= facts.day
                && expectation.statedDay <= facts.docDay && expectation.docPK != facts.docPK
                && ((expectation.cues & mask) != 0 || expectation.open) {
                // Fulfilled earlier than this event is known (as read, or since linked): not among the first.
                let settled = SettledKey(pk: expectation.pk, slot: 3)
                if let day = min(expectation.fulfilled, eventCache.settled[settled]), day < knownDay { continue }
                let details = try expectationDetails(expectation.pk)
                if let counterpart = details.counterpart {
                    if targetRoots == nil { targetRoots = Set(facts.targets.map(EntityIdentity.countryRoot)) }
                    if !targetRoots!.contains(EntityIdentity.countryRoot(counterpart)) { continue }
                }
                guard actions.action(details.action).isFulfilled(byType: facts.type, evidence: facts.evidence) else { continue }
                try recordFulfilment(expectation: expectation.pk, mention: facts.mentionPK, knownDay: knownDay)
                eventCache.settled[settled] = min(eventCache.settled[settled], knownDay)
            }
        }
    }

    /// The stored expectations of one actor code whose window may hold a day of a span (due from the first day less
    /// the longest window to the last day, not ended before the first day), all read from the `expectations_open` index.
    static let expectationSpanQuery = """
        SELECT pk, due_start_day, coalesce(due_end_day, due_start_day + \(openExpectationDays)), stated_day, doc_pk, fulfilled_day,
               action_cues, action_open
        FROM expectations
        WHERE actor_code = ? AND due_start_day BETWEEN ? AND ? AND coalesce(due_end_day, due_start_day + \(openExpectationDays)) >= ?
        """

    /// An expectation's action and counterpart code (read once per transaction).
    mutating func expectationDetails(_ pk: Int64) throws -> (action: String, counterpart: String?) {
        if let known = eventCache.expectationDetails[pk] { return known }
        var details = (action: "", counterpart: String?.none)
        try query("SELECT action, counterpart_code FROM expectations WHERE pk = ?", pk) { row in
            details = (row.text(0) ?? "", row.text(1))
            return false
        }
        eventCache.expectationDetails[pk] = details
        return details
    }

    /// Whether any expectation of this actor code is stored (read once per transaction; one stored in it sets it).
    mutating func hasExpectations(_ code: String) throws -> Bool {
        if let known = eventCache.hasExpectations[code] { return known }
        let found = try queryInt("SELECT 1 FROM expectations WHERE actor_code = ? LIMIT 1", code) != nil
        eventCache.hasExpectations[code] = found
        return found
    }

    /// Stores an expectation and links the first stored events that fulfil it.
    mutating func storeExpectation(_ expectation: Expectation, document: Document, docPK: Int64, docDay: Int,
                                   entities: [String: LocalEntity]) throws {
        let actor = entities[expectation.actor]
        let actorCode = actor?.code ?? expectation.actor
        let counterpart = expectation.counterpart.map { entities[$0] }
        let counterpartCode = expectation.counterpart.map { entities[$0]?.code ?? $0 }
        let stated = ISODay(expectation.stated) != nil ? expectation.stated : document.date
        let statedDay = DayNumber.of(stated) ?? docDay
        let dueStart = DayNumber.of(expectation.due?.start) ?? DayNumber.of(expectation.due?.value)
        let dueEnd = DayNumber.of(expectation.due?.end) ?? dueStart
        try run("""
            INSERT INTO expectations (doc_pk, actor, actor_code, counterpart, counterpart_code, action, due, due_start, due_end,
              due_start_day, due_end_day, stated, stated_day, evidence, evidence_start, evidence_end, action_cues, action_open)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, docPK, actor?.name ?? expectation.actor, actorCode, counterpart.map { $0?.name ?? expectation.counterpart ?? "" },
                  counterpartCode, expectation.action, expectation.due?.value, dueStart.map(DayNumber.string),
                  dueEnd.map(DayNumber.string), dueStart ?? statedDay, dueEnd, stated, statedDay,
                  expectation.evidence.text, expectation.evidence.start, expectation.evidence.end,
                  actions.action(expectation.action).cueAndTypeMask, actions.action(expectation.action).searchesEvidence ? 1 : 0)
        let expectationPK = db.lastInsertedRowID
        // The expectations read per span of days take the new one in, where the span's query would have found it.
        eventCache.hasExpectations[actorCode] = true
        eventCache.expectationDetails[expectationPK] = (expectation.action, counterpartCode)
        if let spans = eventCache.expectations[actorCode] {
            let from = dueStart ?? statedDay
            let to = dueEnd ?? (from + Self.openExpectationDays)
            let wanted = actions.action(expectation.action)
            for span in spans.keys {
                let first = span * Self.ledgerSpanDays
                guard from >= first - Self.longestDueWindowDays, from <= first + Self.ledgerSpanDays - 1, to >= first else { continue }
                eventCache.expectations[actorCode]![span]!.append(StoredExpectation(
                    pk: expectationPK, dueStart: from, dueEnd: to, statedDay: statedDay, docPK: docPK, fulfilled: nil,
                    cues: wanted.cueAndTypeMask, open: wanted.searchesEvidence))
            }
        }
        try searchFulfilments(ExpectationFacts(pk: expectationPK, docPK: docPK, actorCode: actorCode, counterpartCode: counterpartCode,
                                               action: expectation.action, from: dueStart ?? statedDay,
                                               to: dueEnd ?? (statedDay + Self.openExpectationDays), statedDay: statedDay))
    }

    /// Links an expectation's first fulfilling reports among the stored events.
    ///
    /// Each actor code's source events are read in day order, and the reading stops past the first day a
    /// fulfilling report is known: a report is known no earlier than the day before its event's. The reports filed
    /// under an action's cues are read one cue at a time, each in the index's day order, so that the stop applies
    /// to each (all cues at once would be sorted first, every report of the window read).
    mutating func searchFulfilments(_ expectation: ExpectationFacts) throws {
        let wanted = actions.action(expectation.action)
        guard let condition = wanted.sqlCondition(type: "p.type", cues: "m.cues", evidence: "m.evidence") else { return }
        let counterpartRoot = expectation.counterpartCode.map(EntityIdentity.countryRoot)
        var first = FirstReports()
        var seen = Set<Int64>()
        for code in try sameCountryCodes([expectation.actorCode]) {
            let arguments = [code, expectation.from - Self.mergeDays, expectation.to + Self.mergeDays, expectation.from,
                             expectation.to, expectation.statedDay, expectation.docPK] as [any DatabaseValueConvertible]
            if let cues = wanted.indexedCues {
                // The actor's events filed under the action's cues (`source_cues`), not every event of its year; of an
                // event filed under a cue word, the mentions whose evidence has it (all have the event's type).
                let statement = try db.cachedStatement(sql: """
                    SELECT m.pk, e.type, m.day, m.doc_day, m.evidence, e.target_key, c.day FROM source_cues c
                    CROSS JOIN events e ON e.pk = c.event_pk
                    CROSS JOIN event_mentions m INDEXED BY event_mentions_event_facts ON m.event_pk = c.event_pk
                    WHERE c.code = ? AND c.day BETWEEN ? AND ? AND m.day BETWEEN ? AND ? AND m.doc_day >= ? AND m.doc_pk != ?
                      AND c.cue = ? AND (?9 = 0 OR (m.cues & ?9) != 0)
                    ORDER BY c.day
                    """)
                for cue in cues {
                    // One cursor at a time: a statement steps one search, and the next reuses it once this one is done.
                    let bit = ExpectedAction.cueBits[cue] ?? 0
                    try readFulfilments(Row.fetchCursor(statement, arguments: values(arguments, [cue, bit])), wanted: wanted,
                                        counterpartRoot: counterpartRoot, first: &first, seen: &seen)
                }
            } else {
                // An action without cue words: its content words are looked for in the evidence of the actor's reports.
                try readFulfilments(Row.fetchCursor(db.cachedStatement(sql: """
                    SELECT m.pk, p.type, m.day, m.doc_day, m.evidence, e.target_key, p.day FROM event_parties p
                    CROSS JOIN event_mentions m INDEXED BY event_mentions_event_facts ON m.event_pk = p.event_pk
                    CROSS JOIN events e ON e.pk = p.event_pk
                    WHERE p.code = ? AND p.day BETWEEN ? AND ? AND p.role = 'source'
                      AND m.modality IN ('asserted', 'reported') AND m.day BETWEEN ? AND ? AND m.doc_day >= ? AND m.doc_pk != ?
                      AND \(condition.sql)
                    ORDER BY p.day
                    """), arguments: values(arguments, condition.arguments)), wanted: wanted,
                    counterpartRoot: counterpartRoot, first: &first, seen: &seen)
            }
        }
        for mention in first.mentions {
            try recordFulfilment(expectation: expectation.pk, mention: mention, knownDay: first.day)
        }
    }

    /// Reads one day-ordered search for an expectation's fulfilments into `first`, stopping past its first day.
    /// Each row: mention, type, mention day, document day, evidence, target key, filed day.
    func readFulfilments(_ rows: RowCursor, wanted: ExpectedAction, counterpartRoot: String?, first: inout FirstReports,
                         seen: inout Set<Int64>) throws {
        while let row = try rows.next() {
            if (row[6] as Int) - Self.mergeDays > first.day { break }
            let knownDay = max(row[2] as Int, row[3] as Int)
            guard knownDay <= first.day, wanted.isFulfilled(byType: row[1], evidence: row[4]) else { continue }
            if let counterpartRoot,
               !(row[5] as String).split(separator: ",").contains(where: { EntityIdentity.countryRoot(String($0)) == counterpartRoot }) {
                continue
            }
            guard seen.insert(row[0]).inserted else { continue }
            first.add(mention: row[0], knownDay: knownDay)
        }
    }
}
