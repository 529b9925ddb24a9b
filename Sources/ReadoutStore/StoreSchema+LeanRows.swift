import GRDB

extension StoreSchema {
    /// Fewer rows and indexes per document, for the writer.
    ///
    /// An event's mentions get one index instead of two: `event_mentions_event_facts` leads with the event and the
    /// publisher, so it answers "is this publisher new to the event" and "is this article new" (a document's mentions
    /// share its publisher) as well as the ledger's searches, whose columns it keeps; the (event, publisher) index goes.
    ///
    /// Entity mentions become spans on their document entity (`document_entities.spans`, a JSON array of
    /// `[start, end]` in Unicode scalars) instead of a row each with a copy of its text: a report has about twice as
    /// many mentions as entities. `mentions` is now a view with the same columns, its text cut from the document's.
    static func leanRows(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX event_mentions_event_publisher;
            DROP INDEX event_mentions_event_facts;
            CREATE INDEX event_mentions_event_facts ON event_mentions(event_pk, publisher, doc_pk, modality, day, doc_day, cues);
            ALTER TABLE document_entities ADD COLUMN spans TEXT NOT NULL DEFAULT '[]';
            """)
        try moveMentionsToSpans(db)
        try db.execute(sql: """
            DROP TABLE mentions;
            CREATE VIEW mentions AS
              SELECT e.doc_pk, e.entity_pk, json_extract(s.value, '$[0]') AS start, json_extract(s.value, '$[1]') AS "end",
                substr(d.text, json_extract(s.value, '$[0]') + 1, json_extract(s.value, '$[1]') - json_extract(s.value, '$[0]')) AS text
              FROM document_entities e, json_each(e.spans) s, documents d
              WHERE d.pk = e.doc_pk;
            """)
    }

    /// Writes each stored document entity's mentions as its spans, a document at a time. The mentions rows name the
    /// store-wide entity, not the document's; when two of a document's entities share one identity, the first
    /// (by local id) gets the spans of both, so no mention is lost or doubled.
    static func moveMentionsToSpans(_ db: Database) throws {
        let documents = try Int64.fetchAll(db, sql: "SELECT DISTINCT doc_pk FROM mentions ORDER BY doc_pk")
        let mentions = try db.makeStatement(sql: "SELECT entity_pk, start, \"end\" FROM mentions WHERE doc_pk = ? ORDER BY rowid")
        let locals = try db.makeStatement(sql: "SELECT local_id, entity_pk FROM document_entities WHERE doc_pk = ? ORDER BY local_id")
        let update = try db.makeStatement(sql: "UPDATE document_entities SET spans = ? WHERE doc_pk = ? AND local_id = ?")
        for document in documents {
            var spans: [Int64: [(start: Int, end: Int)]] = [:]
            let rows = try Row.fetchCursor(mentions, arguments: [document])
            while let row = try rows.next() {
                spans[row[0], default: []].append((row[1], row[2]))
            }
            let entities = try Row.fetchAll(locals, arguments: [document])
            for row in entities {
                guard let found = spans.removeValue(forKey: row[1]) else { continue }
                try update.execute(arguments: [MentionSpans.json(found), document, row[0] as String])
            }
        }
    }
}
