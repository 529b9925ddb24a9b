import Foundation
import GRDB
import ReadoutCore

/// Writes readouts inside one open transaction: documents, entities, events merged across documents,
/// statements and the ledger links they create.
struct DocumentWriter {
    /// The database, inside a write transaction.
    let db: Database
    /// What was written so far.
    var report = WriteReport()
    /// The moment the batch was written (`DATEADDED`).
    let added: String
    /// Encodes the stored readout JSON.
    let encoder: JSONEncoder
    /// Entities looked up in this transaction: identity key → store id and actor code.
    var entityCache: [String: (pk: Int64, actorCode: String?)] = [:]
    /// Expected actions read from expectation phrases in this transaction.
    let actions = ActionCache()

    /// A document-local entity resolved to its store-wide identity.
    struct LocalEntity {
        var pk: Int64
        var code: String
        var name: String
    }

    init(db: Database) {
        self.db = db
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        added = formatter.string(from: Date())
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// Runs a cached statement.
    func execute(_ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// Stores one readout whole, unless the same content is already stored; replaces an older version.
    mutating func store(_ readout: DocumentReadout) throws {
        let document = readout.document
        var replaced = false
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT pk, sha256 FROM documents WHERE id = ?"),
                                      arguments: [document.id]) {
            if row["sha256"] as String == document.sha256 {
                report.unchanged += 1
                return
            }
            try delete(document: row["pk"])
            replaced = true
        }
        if let url = document.url, !url.isEmpty {
            let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT pk, sha256 FROM documents WHERE url = ?"), arguments: [url])
            if rows.contains(where: { $0["sha256"] as String == document.sha256 }) {
                report.unchanged += 1
                return
            }
            for row in rows { try delete(document: row["pk"]) }
            replaced = replaced || !rows.isEmpty
        }
        if replaced { report.replaced += 1 } else { report.added += 1 }
        try insert(readout)
    }

    /// Inserts a readout that is not stored yet.
    mutating func insert(_ readout: DocumentReadout) throws {
        let document = readout.document
        let docDay = DayNumber.of(document.date) ?? 0
        var stored = readout
        stored.document.text = ""
        let json = String(decoding: try encoder.encode(stored), as: UTF8.self)
        try execute("""
            INSERT INTO documents (id, url, date, day, title, source, sha256, bytes, text, readout, added)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [document.id, document.url, document.date, docDay, document.title, document.source, document.sha256,
                  document.text.utf8.count, document.text, json, added])
        let docPK = db.lastInsertedRowID
        let entities = try storeEntities(readout.entities, docPK: docPK, day: docDay)
        try storeStatements(readout, docPK: docPK, day: docDay, entities: entities)
        for event in readout.events {
            try storeEvent(event, document: document, docPK: docPK, docDay: docDay, entities: entities)
        }
        for expectation in readout.expectations {
            try storeExpectation(expectation, document: document, docPK: docPK, docDay: docDay, entities: entities)
        }
    }

    /// Resolves each entity to its store-wide identity, creating new ones, and stores its mentions.
    mutating func storeEntities(_ entities: [Entity], docPK: Int64, day: Int) throws -> [String: LocalEntity] {
        var local: [String: LocalEntity] = [:]
        var counted: Set<Int64> = []
        for entity in entities {
            let key = EntityIdentity.key(for: entity)
            let pk: Int64
            if let cached = entityCache[key] {
                pk = cached.pk
            } else if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT pk FROM entities WHERE key = ?"), arguments: [key]) {
                pk = existing
            } else {
                try execute("""
                    INSERT INTO entities (key, name, kind, actor_code, country, sector, role, kb_id, first_day, last_day)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [key, entity.name, entity.kind.rawValue, entity.actorCode, entity.country, entity.sector,
                          entity.role, entity.kbID, day, day])
                pk = db.lastInsertedRowID
                report.newEntities += 1
            }
            let newDocument = counted.insert(pk).inserted
            try execute("""
                UPDATE entities SET
                  documents = documents + ?, mentions = mentions + ?,
                  role = CASE WHEN ? IS NOT NULL AND ? >= coalesce(last_day, 0) THEN ? ELSE role END,
                  actor_code = coalesce(actor_code, ?), country = coalesce(country, ?), sector = coalesce(sector, ?),
                  first_day = min(coalesce(first_day, ?), ?), last_day = max(coalesce(last_day, ?), ?)
                WHERE pk = ?
                """, [newDocument ? 1 : 0, entity.mentions.count, entity.role, day, entity.role,
                      entity.actorCode, entity.country, entity.sector, day, day, day, day, pk])
            let actorCode: String?
            if let cached = entityCache[key], cached.actorCode != nil || entity.actorCode == nil {
                actorCode = cached.actorCode
            } else {
                actorCode = try String.fetchOne(db.cachedStatement(sql: "SELECT actor_code FROM entities WHERE pk = ?"), arguments: [pk])
                entityCache[key] = (pk, actorCode)
            }
            local[entity.id] = LocalEntity(pk: pk, code: EntityIdentity.partyCode(actorCode: actorCode, entityPK: pk), name: entity.name)
            try execute("INSERT OR REPLACE INTO document_entities (doc_pk, local_id, entity_pk, role, mention_count) VALUES (?, ?, ?, ?, ?)",
                        [docPK, entity.id, pk, entity.role, entity.mentions.count])
            for mention in entity.mentions {
                try execute("INSERT INTO mentions (doc_pk, entity_pk, start, \"end\", text) VALUES (?, ?, ?, ?, ?)",
                            [docPK, pk, mention.start, mention.end, mention.text])
            }
        }
        return local
    }

    /// Stores quotes, figures and time expressions.
    func storeStatements(_ readout: DocumentReadout, docPK: Int64, day: Int, entities: [String: LocalEntity]) throws {
        for quote in readout.quotes {
            try execute("INSERT INTO quotes (doc_pk, start, \"end\", text, kind, speaker_pk, cue, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [docPK, quote.start, quote.end, quote.text, quote.kind.rawValue,
                         quote.speaker.flatMap { entities[$0]?.pk }, quote.cue, day])
        }
        for figure in readout.figures {
            try execute("""
                INSERT INTO figures (doc_pk, start, "end", text, value, bound, what, owner, claimant)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [docPK, figure.start, figure.end, figure.text, figure.value, figure.bound.rawValue, figure.what,
                      figure.owner, figure.claimant.map { entities[$0]?.name ?? $0 }])
        }
        for timex in readout.timexes {
            try execute("INSERT INTO timexes (doc_pk, start, \"end\", text, type, value) VALUES (?, ?, ?, ?, ?, ?)",
                        [docPK, timex.start, timex.end, timex.text, timex.type.rawValue, timex.value])
        }
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
