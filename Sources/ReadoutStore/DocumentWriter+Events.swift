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
    /// The evidence's cue mask (`ExpectedAction.cueMask`).
    var cues: Int64
}

extension DocumentWriter {
    /// Days apart two reports of the same event may date it and still be merged.
    static let mergeDays = 1

    /// Stores one event mention, merging it into an event other documents reported when it is the same
    /// real event: same type, modality, source and target actors, dates within a day, same or no place.
    mutating func storeEvent(_ event: Event, cues: Int64, document: Document, docPK: Int64, docDay: Int, entities: [String: LocalEntity]) throws {
        let sources = event.source.compactMap { entities[$0] }
        let targets = event.target.compactMap { entities[$0] }
        let sourceCodes = Set(sources.map(\.code)).sorted()
        let targetCodes = Set(targets.map(\.code)).sorted()
        let sourceKey = sourceCodes.joined(separator: ",")
        let targetKey = targetCodes.joined(separator: ",")
        let type = event.type.uppercased()
        let day = DayNumber.of(event.date?.start) ?? DayNumber.of(event.date?.value) ?? docDay
        let quad = PloverVocabulary.quadClass(of: type)
        let modality = event.modality.rawValue
        let count = max(1, event.mentions.count)
        let candidates = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT pk, location, day FROM events
            WHERE type = ? AND source_key = ? AND target_key = ? AND modality = ? AND day BETWEEN ? AND ?
            """), arguments: [type, sourceKey, targetKey, modality, day - Self.mergeDays, day + Self.mergeDays])
        let place = event.location?.lowercased()
        let match = candidates.filter { row in
            guard let place, let other = (row["location"] as String?)?.lowercased() else { return true }
            return place == other
        }.min { abs(($0["day"] as Int) - day) < abs(($1["day"] as Int) - day) }

        let eventPK: Int64
        let eventDay: Int
        if let match {
            eventPK = match["pk"]
            eventDay = match["day"]
            // Counted before this mention is stored: a new article, a new publisher.
            try run("""
                UPDATE events SET num_mentions = num_mentions + ?2,
                  num_articles = num_articles + NOT EXISTS (SELECT 1 FROM event_mentions WHERE event_pk = ?1 AND doc_pk = ?3),
                  num_sources = num_sources + CASE WHEN ?4 IS NULL
                    THEN NOT EXISTS (SELECT 1 FROM event_mentions WHERE event_pk = ?1 AND doc_pk = ?3)
                    ELSE NOT EXISTS (SELECT 1 FROM event_mentions WHERE event_pk = ?1 AND publisher = ?4) END,
                  location = coalesce(location, ?5)
                WHERE pk = ?1
                """, eventPK, count, docPK, document.source, event.location)
            report.mergedEventMentions += 1
        } else {
            try run("""
                INSERT INTO events (type, mode, cameo, quad, source_key, target_key, modality, date, start, "end", day, location, score,
                  num_mentions, num_articles, num_sources)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)
                """, type, event.mode, event.cameo, quad, sourceKey, targetKey, modality,
                      event.date?.value ?? document.date, event.date?.start ?? (event.date == nil ? document.date : nil),
                      event.date?.end ?? (event.date == nil ? document.date : nil), day, event.location, event.score, count)
            eventPK = db.lastInsertedRowID
            eventDay = day
            indexActors(event: eventPK, day: day, quad: quad, score: event.score, sources: sourceCodes, targets: targetCodes)
            report.newEvents += 1
        }
        for (role, parties) in [("source", sources), ("target", targets)] {
            for party in parties {
                try run("""
                    INSERT OR IGNORE INTO event_parties (event_pk, role, entity_pk, code, type, day, quad, score)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, eventPK, role, party.pk, party.code, type, eventDay, quad, event.score)
            }
        }
        try run("""
            INSERT INTO event_mentions (event_pk, doc_pk, local_id, publisher, doc_day, day, date, modality, claimant, mode,
              cameo, score, location, count, evidence_start, evidence_end, evidence, cues)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, eventPK, docPK, event.id, document.source, docDay, day, event.date?.value, modality,
                  event.claimant.map { entities[$0]?.name ?? $0 }, event.mode, event.cameo, event.score, event.location,
                  count, event.evidence.start, event.evidence.end, event.evidence.text, cues)
        let mentionPK = db.lastInsertedRowID
        report.eventsByType[type, default: 0] += 1

        guard PloverVocabulary.factualModalities.contains(modality) else { return }
        try fileSourceCues(mention: mentionPK, sourceCodes: sourceCodes, type: type, day: eventDay, cues: cues)
        // A merged event has exactly these party codes: merging requires the same keys.
        let facts = MentionFacts(mentionPK: mentionPK, eventPK: eventPK, docPK: docPK, type: type,
                                 sources: sourceCodes, targets: targetCodes,
                                 sourceKey: sourceKey, targetKey: targetKey, day: day, docDay: docDay, evidence: event.evidence.text, cues: cues)
        if type == "REQUEST" { try registerDemand(facts) }
        try linkAnswer(facts)
        try linkFulfilment(facts)
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
        try unfileSourceCues(document: pk)
        try run("DELETE FROM documents WHERE pk = ?", pk)
        for event in events {
            try recount(event: event)
            if try Int.fetchOne(db.cachedStatement(sql: "SELECT num_mentions FROM events WHERE pk = ?"), arguments: [event]) == 0 {
                try unindexActors(event: event)
                try run("DELETE FROM events WHERE pk = ?", event)
            }
            try run("""
                UPDATE demands SET known_day = (SELECT min(doc_day) FROM event_mentions WHERE event_pk = ?1) WHERE event_pk = ?1
                """, event)
        }
        try refreshLedgerDays(demands: touchedDemands, expectations: touchedExpectations)
    }
}
