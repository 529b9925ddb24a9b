import GRDB
import ReadoutCore

/// A stored event mention, as the ledger sees it.
struct MentionFacts {
    var mentionPK: Int64
    var eventPK: Int64
    var docPK: Int64
    var type: String
    var sources: [String]
    var targets: [String]
    var sourceKey: String
    var targetKey: String
    var day: Int
    var docDay: Int
    var evidence: String
    /// The stored event's day, and whether this mention created it.
    var eventDay: Int
    var newEvent: Bool
    /// The evidence's cue mask (`ExpectedAction.cueMask`).
    var cues: Int64
}

extension DocumentWriter {
    /// Days apart two reports of the same event may date it and still be merged.
    static let mergeDays = 1

    /// Stores one event mention, merging it into an event other documents reported when it is the same
    /// real event: same type, modality, source and target actors, dates within a day, same or no place.
    /// `demanded` is what the readout's demand from this event asks, when it has one (a REQUEST event the
    /// pipeline's ledger stage took as a demand): it files the event in the ledger's demands.
    mutating func storeEvent(_ event: Event, cues: Int64, demanded: String?, document: Document, docPK: Int64, docDay: Int,
                             entities: [String: LocalEntity]) throws {
        let sources = event.source.compactMap { entities[$0] }
        let targets = event.target.compactMap { entities[$0] }
        let sourceCodes = Self.distinctCodes(sources)
        let targetCodes = Self.distinctCodes(targets)
        let sourceKey = sourceCodes.count == 1 ? sourceCodes[0] : sourceCodes.joined(separator: ",")
        let targetKey = targetCodes.count == 1 ? targetCodes[0] : targetCodes.joined(separator: ",")
        // PLOVER types come upper-case; an ASCII one without lower-case letters is its own upper case.
        let type = event.type.utf8.allSatisfy({ $0 < 0x80 && !(0x61...0x7A).contains($0) }) ? event.type : event.type.uppercased()
        let day = DayNumber.of(event.date?.start) ?? DayNumber.of(event.date?.value) ?? docDay
        let quad = PloverVocabulary.quadClass(of: type)
        let modality = event.modality.rawValue
        let count = max(1, event.mentions.count)
        // The stored event nearest in days among those with the same identity and the same or no place.
        let place = event.location?.lowercased()
        var match: (pk: Int64, day: Int, cues: Int64)?
        var nearest = Int.max
        try query(statement: statement(.mergeCandidates), type, sourceKey, targetKey, modality, day - Self.mergeDays, day + Self.mergeDays) { row in
            if let place, let other = row.text(1), other.lowercased() != place { return true }
            let candidateDay = row.int(2)
            if abs(candidateDay - day) < nearest {
                nearest = abs(candidateDay - day)
                match = (row.int64(0), candidateDay, row.int64(3))
            }
            return true
        }

        let eventPK: Int64
        let eventDay: Int
        if let match {
            eventPK = match.pk
            eventDay = match.day
            // Counted before this mention is stored: a new article, a new publisher.
            try Self.run(statement(.mergeUpdate), db: db, eventPK, count, docPK, document.source, event.location, cues)
            report.mergedEventMentions += 1
        } else {
            try Self.run(statement(.insertEvent), db: db, type, event.mode, event.cameo, quad, sourceKey, targetKey, modality,
                      event.date?.value ?? document.date, event.date?.start ?? (event.date == nil ? document.date : nil),
                      event.date?.end ?? (event.date == nil ? document.date : nil), day, event.location, event.score, count, cues)
            eventPK = db.lastInsertedRowID
            eventDay = day
            try indexActors(event: eventPK, day: day, quad: quad, score: event.score, sourceKey: sourceKey, targetKey: targetKey)
            report.newEvents += 1
        }
        let party = try statement(.insertParty)
        for source in sources {
            try Self.run(party, db: db, eventPK, "source", source.pk, source.code, type, eventDay, quad, event.score)
        }
        for target in targets {
            try Self.run(party, db: db, eventPK, "target", target.pk, target.code, type, eventDay, quad, event.score)
        }
        try Self.run(statement(.insertMention), db: db, eventPK, docPK, event.id, document.source, docDay, day, event.date?.value, modality,
                  event.claimant.map { entities[$0]?.name ?? $0 }, event.mode, event.cameo, event.score, event.location,
                  count, event.evidence.start, event.evidence.end, event.evidence.text, cues)
        let mentionPK = db.lastInsertedRowID
        report.eventsByType[type, default: 0] += 1

        guard PloverVocabulary.factualModalities.contains(modality) else { return }
        // A merged mention files only the cue words its event was not filed under yet (the same codes, type and day).
        try fileSourceCues(event: eventPK, sourceCodes: sourceCodes, cues: match.map { ExpectedAction.words(in: cues & ~$0.cues) }
                               ?? [type] + ExpectedAction.words(in: cues), day: eventDay)
        // A merged event has exactly these party codes: merging requires the same keys.
        let facts = MentionFacts(mentionPK: mentionPK, eventPK: eventPK, docPK: docPK, type: type,
                                 sources: sourceCodes, targets: targetCodes,
                                 sourceKey: sourceKey, targetKey: targetKey, day: day, docDay: docDay, evidence: event.evidence.text,
                                 eventDay: eventDay, newEvent: match == nil, cues: cues)
        if type == "REQUEST", let demanded { try registerDemand(facts, what: demanded) }
        try linkAnswer(facts)
        try linkFulfilment(facts)
    }

    /// The distinct party codes of one side of an event, sorted (its merge key's parts).
    static func distinctCodes(_ parties: [LocalEntity]) -> [String] {
        if parties.count == 1 { return [parties[0].code] }
        var codes = parties.map(\.code)
        codes.sort()
        var index = 1
        while index < codes.count {
            if codes[index] == codes[index - 1] { codes.remove(at: index) } else { index += 1 }
        }
        return codes
    }

    /// Recomputes an event's counts of mentions, articles and sources from its mentions.
    func recount(event: Int64) throws {
        try run("""
            UPDATE events SET
              num_mentions = coalesce((SELECT sum(count) FROM event_mentions WHERE event_pk = ?1), 0),
              num_articles = (SELECT count(DISTINCT doc_pk) FROM event_mentions WHERE event_pk = ?1),
              num_sources = (SELECT count(DISTINCT coalesce(publisher, 'document:' || doc_pk)) FROM event_mentions WHERE event_pk = ?1)
            WHERE pk = ?1
            """, event)
    }

    /// Removes a document and everything read from it; events left without mentions go too, and the ledger
    /// entries that lose a link look again for their first answer or fulfilment among what stays.
    mutating func delete(document pk: Int64) throws {
        try flushEntityCounts()
        try flushActorIndex()
        try indexFullText()
        let events = try Int64.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT event_pk FROM event_mentions WHERE doc_pk = ?"), arguments: [pk])
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT entity_pk, mention_count FROM document_entities WHERE doc_pk = ?"), arguments: [pk])
        var mentions: [Int64: Int] = [:]
        for row in rows { mentions[row["entity_pk"], default: 0] += row["mention_count"] as Int }
        for (entity, count) in mentions {
            try run("UPDATE entities SET documents = max(documents - 1, 0), mentions = max(mentions - ?, 0) WHERE pk = ?", count, entity)
        }
        // Ledger items that lose links when this document's event mentions go.
        let touchedDemands = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT a.demand_pk FROM demand_answers a JOIN event_mentions m ON m.pk = a.mention_pk WHERE m.doc_pk = ?
            """), arguments: [pk])
        let touchedExpectations = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT l.expectation_pk FROM expectation_links l JOIN event_mentions m ON m.pk = l.mention_pk WHERE m.doc_pk = ?
              AND NOT EXISTS (SELECT 1 FROM expectations x WHERE x.pk = l.expectation_pk AND x.doc_pk = ?1)
            """), arguments: [pk])
        for event in events { try unfileSourceCues(event: event) }
        try run("DELETE FROM documents WHERE pk = ?", pk)
        for event in events {
            try recount(event: event)
            if try Int.fetchOne(db.cachedStatement(sql: "SELECT num_mentions FROM events WHERE pk = ?"), arguments: [event]) == 0 {
                try unindexActors(event: event)
                try run("DELETE FROM events WHERE pk = ?", event)
            } else {
                try Self.refile(event: event, db: db)
            }
            try run("""
                UPDATE demands SET known_day = (SELECT min(doc_day) FROM event_mentions WHERE event_pk = ?1) WHERE event_pk = ?1
                """, event)
        }
        try refreshLedgerDays(demands: touchedDemands, expectations: touchedExpectations)
    }
}
