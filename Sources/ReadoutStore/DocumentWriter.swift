import Foundation
import GRDB
import ReadoutCore

/// Writes readouts inside one open transaction: documents, entities, events merged across documents,
/// statements and the ledger links they create.
///
/// Everything that can be computed outside the transaction comes prepared (`PreparedReadout`); entity
/// counters are summed per transaction and written once per entity (`finish()`).
struct DocumentWriter {
    /// The database, inside a write transaction.
    let db: Database
    /// What was written so far.
    var report = WriteReport()
    /// The moment the batch was written (`DATEADDED`).
    let added: String
    /// Entities known from committed transactions.
    let entities: EntityCache
    /// Entities looked up or created in this transaction (added to the cache once it commits).
    var learntEntities: [String: EntityCache.Entry] = [:]
    /// Entity counters summed over this transaction, written by `flushEntityCounts()`.
    var entityCounts: [Int64: EntityCounts] = [:]
    /// Stored actor codes by country root, read once per transaction (`sameCountryCodes`).
    var countryCodes: [String: [String]] = [:]
    /// Expected actions read from expectation phrases in this transaction.
    let actions = ActionCache()
    /// Documents and quotes inserted since the full-text indexes were last filled (first and last row id).
    var unindexedDocuments: ClosedRange<Int64>?
    var unindexedQuotes: ClosedRange<Int64>?
    /// Actor index rows, per-day counts and actor key ids of the events created in this transaction (`flushActorIndex()`).
    var actorIndex = ActorIndexBuffer()
    /// Look-ups the event path repeats within this transaction.
    var eventCache = EventPathCache()

    /// A document-local entity resolved to its store-wide identity.
    struct LocalEntity {
        var pk: Int64
        var code: String
        var name: String
    }

    init(db: Database, entities: EntityCache) throws {
        self.db = db
        self.entities = entities
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        added = formatter.string(from: Date())
    }

    /// Runs a cached statement.
    func execute(_ sql: String, _ arguments: StatementArguments) throws {
        let statement = try db.cachedStatement(sql: sql)
        statement.setUncheckedArguments(arguments)
        try statement.execute()
    }

    /// Stores one readout whole, unless the same content is already stored; replaces an older version.
    mutating func store(_ prepared: PreparedReadout) throws {
        let document = prepared.readout.document
        var replaced = false
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT pk, sha256 FROM documents WHERE id = ?"),
                                      arguments: [document.id]) {
            if row["sha256"] as String == prepared.sha256 {
                report.unchanged += 1
                return
            }
            try delete(document: row["pk"])
            replaced = true
        }
        if let url = document.url, !url.isEmpty {
            let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT pk, sha256 FROM documents WHERE url = ?"), arguments: [url])
            if rows.contains(where: { $0["sha256"] as String == prepared.sha256 }) {
                report.unchanged += 1
                return
            }
            for row in rows { try delete(document: row["pk"]) }
            replaced = replaced || !rows.isEmpty
        }
        if replaced { report.replaced += 1 } else { report.added += 1 }
        try insert(prepared)
    }

    /// Writes what is summed per transaction; call before the transaction commits.
    mutating func finish() throws {
        try flushEntityCounts()
        try flushActorIndex()
        try indexFullText()
    }

    /// Adds the documents and quotes inserted since the last call to the full-text indexes, one statement each.
    ///
    /// Row ids of new rows only grow while nothing is deleted, and it runs before every delete, so each range holds
    /// only new rows.
    mutating func indexFullText() throws {
        if let range = unindexedDocuments {
            try run("INSERT INTO documents_fts (rowid, title, text) SELECT pk, title, text FROM documents WHERE pk BETWEEN ? AND ?",
                        range.lowerBound, range.upperBound)
        }
        if let range = unindexedQuotes {
            try run("INSERT INTO quotes_fts (rowid, text) SELECT pk, text FROM quotes WHERE pk BETWEEN ? AND ?",
                        range.lowerBound, range.upperBound)
        }
        unindexedDocuments = nil
        unindexedQuotes = nil
    }

    /// Inserts a readout that is not stored yet.
    mutating func insert(_ prepared: PreparedReadout) throws {
        let readout = prepared.readout
        let document = readout.document
        let docDay = prepared.day
        try run("""
            INSERT INTO documents (id, url, date, day, title, source, sha256, bytes, text, readout, added)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, document.id, document.url, document.date, docDay, document.title, document.source, prepared.sha256,
                  document.text.utf8.count, document.text, CompressedBlob(prepared.storedReadout), added)
        let docPK = db.lastInsertedRowID
        unindexedDocuments = (unindexedDocuments?.lowerBound ?? docPK)...docPK
        let entities = try storeEntities(prepared, docPK: docPK)
        try storeStatements(readout, docPK: docPK, day: docDay, entities: entities)
        for (index, event) in readout.events.enumerated() {
            try storeEvent(event, cues: prepared.eventCues[index], demanded: prepared.demandedByEvent[event.id], document: document,
                           docPK: docPK, docDay: docDay, entities: entities)
        }
        for expectation in readout.expectations {
            try storeExpectation(expectation, document: document, docPK: docPK, docDay: docDay, entities: entities)
        }
    }

    /// The stored entity with this identity key, if any.
    mutating func storedEntity(_ key: String) throws -> EntityCache.Entry? {
        if let entry = learntEntities[key] ?? entities.entry(key) { return entry }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT pk, actor_code FROM entities WHERE key = ?"),
                                         arguments: [key]) else { return nil }
        let entry = EntityCache.Entry(pk: row["pk"], actorCode: row["actor_code"])
        learntEntities[key] = entry
        return entry
    }

    /// Resolves each entity to its store-wide identity, creating new ones, and stores it with its mentions' spans.
    mutating func storeEntities(_ prepared: PreparedReadout, docPK: Int64) throws -> [String: LocalEntity] {
        let day = prepared.day
        var local: [String: LocalEntity] = [:]
        var counted: Set<Int64> = []
        for (index, entity) in prepared.readout.entities.enumerated() {
            let key = prepared.entityKeys[index]
            var entry: EntityCache.Entry
            if let stored = try storedEntity(key) {
                entry = stored
                if entry.actorCode == nil, let code = entity.actorCode {
                    // The first report that codes a known entity gives it its code (used by merges and the ledger at once).
                    try run("UPDATE entities SET actor_code = ? WHERE pk = ? AND actor_code IS NULL", code, entry.pk)
                    entry.actorCode = code
                    learntEntities[key] = entry
                    countryCodes[EntityIdentity.countryRoot(code)] = nil
                }
            } else {
                try run("""
                    INSERT INTO entities (key, name, kind, actor_code, country, sector, role, kb_id, first_day, last_day)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, key, entity.name, entity.kind.rawValue, entity.actorCode, entity.country, entity.sector,
                          entity.role, entity.kbID, day, day)
                entry = EntityCache.Entry(pk: db.lastInsertedRowID, actorCode: entity.actorCode)
                learntEntities[key] = entry
                if let code = entity.actorCode { countryCodes[EntityIdentity.countryRoot(code)] = nil }
                report.newEntities += 1
            }
            let pk = entry.pk
            entityCounts[pk, default: EntityCounts()].add(document: counted.insert(pk).inserted, mentions: entity.mentions.count,
                                                          day: day, role: entity.role, country: entity.country, sector: entity.sector)
            local[entity.id] = LocalEntity(pk: pk, code: EntityIdentity.partyCode(actorCode: entry.actorCode, entityPK: pk), name: entity.name)
            try run("INSERT OR REPLACE INTO document_entities (doc_pk, local_id, entity_pk, role, mention_count, spans) VALUES (?, ?, ?, ?, ?, ?)",
                        docPK, entity.id, pk, entity.role, entity.mentions.count, prepared.entitySpans[index])
        }
        return local
    }

    /// Writes the entity counters summed in this transaction.
    mutating func flushEntityCounts() throws {
        for (pk, counts) in entityCounts {
            try run("""
                UPDATE entities SET
                  documents = documents + ?, mentions = mentions + ?,
                  role = CASE WHEN ? IS NOT NULL AND ? >= coalesce(last_day, 0) THEN ? ELSE role END,
                  country = coalesce(country, ?), sector = coalesce(sector, ?),
                  first_day = min(coalesce(first_day, ?), ?), last_day = max(coalesce(last_day, ?), ?)
                WHERE pk = ?
                """, counts.documents, counts.mentions, counts.role, counts.roleDay, counts.role, counts.country, counts.sector,
                      counts.firstDay, counts.firstDay, counts.lastDay, counts.lastDay, pk)
        }
        entityCounts = [:]
    }

    /// Stores quotes, figures and time expressions.
    mutating func storeStatements(_ readout: DocumentReadout, docPK: Int64, day: Int, entities: [String: LocalEntity]) throws {
        for quote in readout.quotes {
            try run("INSERT INTO quotes (doc_pk, start, \"end\", text, kind, speaker_pk, cue, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        docPK, quote.start, quote.end, quote.text, quote.kind.rawValue,
                         quote.speaker.flatMap { entities[$0]?.pk }, quote.cue, day)
            let pk = db.lastInsertedRowID
            unindexedQuotes = (unindexedQuotes?.lowerBound ?? pk)...pk
        }
        for figure in readout.figures {
            try run("""
                INSERT INTO figures (doc_pk, start, "end", text, value, bound, what, owner, claimant)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, docPK, figure.start, figure.end, figure.text, figure.value, figure.bound.rawValue, figure.what,
                      figure.owner, figure.claimant.map { entities[$0]?.name ?? $0 })
        }
        for timex in readout.timexes {
            try run("INSERT INTO timexes (doc_pk, start, \"end\", text, type, value) VALUES (?, ?, ?, ?, ?, ?)",
                        docPK, timex.start, timex.end, timex.text, timex.type.rawValue, timex.value)
        }
    }
}

/// One entity's counters summed over the documents of a transaction.
struct EntityCounts {
    var documents = 0
    var mentions = 0
    var firstDay = Int.max
    var lastDay = Int.min
    /// The role given by the latest document that gives one, and that document's day.
    var role: String?
    var roleDay = Int.min
    var country: String?
    var sector: String?

    mutating func add(document: Bool, mentions: Int, day: Int, role: String?, country: String?, sector: String?) {
        if document { documents += 1 }
        self.mentions += mentions
        firstDay = min(firstDay, day)
        lastDay = max(lastDay, day)
        if let role, day >= roleDay {
            self.role = role
            roleDay = day
        }
        if self.country == nil { self.country = country }
        if self.sector == nil { self.sector = sector }
    }
}

/// Expected actions by phrase, read once per transaction.
final class ActionCache {
    private var actions: [String: ExpectedAction] = [:]

    /// The expected action for a phrase.
    func action(_ phrase: String) -> ExpectedAction {
        if let known = actions[phrase] { return known }
        let action = ExpectedAction(action: phrase)
        actions[phrase] = action
        return action
    }
}
