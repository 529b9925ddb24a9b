import GRDB

/// The SQLite schema, in named migrations applied in order.
enum StoreSchema {
    /// The migrator that creates and upgrades a store.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents", migrate: documents)
        migrator.registerMigration("v1-entities", migrate: entities)
        migrator.registerMigration("v1-events", migrate: events)
        migrator.registerMigration("v1-statements", migrate: statements)
        migrator.registerMigration("v1-ledger", migrate: ledger)
        migrator.registerMigration("v1-fulltext", migrate: fullText)
        migrator.registerMigration("v2-ledger-days", migrate: ledgerDays)
        migrator.registerMigration("v3-fulltext-by-batch", migrate: fullTextByBatch)
        migrator.registerMigration("v4-actor-index", migrate: actorIndex)
        migrator.registerMigration("v5-lean-indexes", migrate: leanIndexes)
        migrator.registerMigration("v6-ledger-cues", migrate: ledgerCues)
        migrator.registerMigration("v7-event-index", migrate: eventIndex)
        migrator.registerMigration("v8-fulltext-merging", migrate: fullTextMerging)
        migrator.registerMigration("v9-lean-rows", migrate: leanRows)
        migrator.registerMigration("v10-demand-what", migrate: demandWhat)
        migrator.registerMigration("v11-event-cues", migrate: eventCues)
        return migrator
    }

    static func documents(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE documents (
              pk INTEGER PRIMARY KEY,
              id TEXT NOT NULL UNIQUE,
              url TEXT,
              date TEXT NOT NULL,
              day INTEGER NOT NULL,
              title TEXT,
              source TEXT,
              sha256 TEXT NOT NULL,
              bytes INTEGER NOT NULL,
              text TEXT NOT NULL,
              readout TEXT NOT NULL,
              added TEXT NOT NULL
            );
            CREATE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
            CREATE INDEX documents_day ON documents(day);
            """)
    }

    static func entities(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE entities (
              pk INTEGER PRIMARY KEY,
              key TEXT NOT NULL UNIQUE,
              name TEXT NOT NULL,
              kind TEXT NOT NULL,
              actor_code TEXT,
              country TEXT,
              sector TEXT,
              role TEXT,
              kb_id TEXT,
              documents INTEGER NOT NULL DEFAULT 0,
              mentions INTEGER NOT NULL DEFAULT 0,
              first_day INTEGER,
              last_day INTEGER
            );
            CREATE INDEX entities_actor_code ON entities(actor_code);
            CREATE INDEX entities_documents ON entities(documents);
            CREATE TABLE document_entities (
              doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
              local_id TEXT NOT NULL,
              entity_pk INTEGER NOT NULL REFERENCES entities(pk),
              role TEXT,
              mention_count INTEGER NOT NULL,
              PRIMARY KEY (doc_pk, local_id)
            ) WITHOUT ROWID;
            CREATE INDEX document_entities_entity ON document_entities(entity_pk);
            CREATE TABLE mentions (
              doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
              entity_pk INTEGER NOT NULL REFERENCES entities(pk),
              start INTEGER NOT NULL,
              "end" INTEGER NOT NULL,
              text TEXT NOT NULL
            );
            CREATE INDEX mentions_doc ON mentions(doc_pk);
            """)
    }

    static func events(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE events (
              pk INTEGER PRIMARY KEY,
              type TEXT NOT NULL,
              mode TEXT,
              cameo TEXT,
              quad INTEGER,
              source_key TEXT NOT NULL,
              target_key TEXT NOT NULL,
              modality TEXT NOT NULL,
              date TEXT NOT NULL,
              start TEXT,
              "end" TEXT,
              day INTEGER NOT NULL,
              location TEXT,
              score REAL,
              num_mentions INTEGER NOT NULL DEFAULT 0,
              num_articles INTEGER NOT NULL DEFAULT 0,
              num_sources INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX events_merge ON events(type, source_key, target_key, modality, day);
            CREATE INDEX events_day ON events(day);
            CREATE INDEX events_type_day ON events(type, day);
            CREATE TABLE event_parties (
              event_pk INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
              role TEXT NOT NULL,
              entity_pk INTEGER NOT NULL REFERENCES entities(pk),
              code TEXT NOT NULL,
              type TEXT NOT NULL,
              day INTEGER NOT NULL,
              quad INTEGER,
              score REAL,
              PRIMARY KEY (event_pk, role, entity_pk)
            ) WITHOUT ROWID;
            CREATE INDEX event_parties_entity ON event_parties(entity_pk, day);
            CREATE INDEX event_parties_code ON event_parties(code, day, quad, score);
            CREATE TABLE event_mentions (
              pk INTEGER PRIMARY KEY,
              event_pk INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
              doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
              local_id TEXT NOT NULL,
              publisher TEXT,
              doc_day INTEGER NOT NULL,
              day INTEGER NOT NULL,
              date TEXT,
              modality TEXT NOT NULL,
              claimant TEXT,
              mode TEXT,
              cameo TEXT,
              score REAL,
              location TEXT,
              count INTEGER NOT NULL,
              evidence_start INTEGER NOT NULL,
              evidence_end INTEGER NOT NULL,
              evidence TEXT NOT NULL
            );
            CREATE INDEX event_mentions_event ON event_mentions(event_pk);
            CREATE INDEX event_mentions_doc ON event_mentions(doc_pk);
            """)
    }

    static func statements(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE quotes (
              pk INTEGER PRIMARY KEY,
              doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
              start INTEGER NOT NULL,
              "end" INTEGER NOT NULL,
              text TEXT NOT NULL,
              kind TEXT NOT NULL,
              speaker_pk INTEGER REFERENCES entities(pk),
              cue TEXT,
              day INTEGER NOT NULL
            );
            CREATE INDEX quotes_doc ON quotes(doc_pk);
            CREATE INDEX quotes_speaker ON quotes(speaker_pk, day);
            CREATE INDEX quotes_day ON quotes(day);
            CREATE TABLE figures (
              doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
              start INTEGER NOT NULL,
              "end" INTEGER NOT NULL,
              text TEXT NOT NULL,
              value REAL NOT NULL,
              bound TEXT NOT NULL,
              what TEXT,
              owner TEXT,
              claimant TEXT
            );
            CREATE INDEX figures_doc ON figures(doc_pk);
            CREATE TABLE timexes (
              doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
              start INTEGER NOT NULL,
              "end" INTEGER NOT NULL,
              text TEXT NOT NULL,
              type TEXT NOT NULL,
              value TEXT NOT NULL
            );
            CREATE INDEX timexes_doc ON timexes(doc_pk);
            """)
    }

    static func ledger(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE expectations (
              pk INTEGER PRIMARY KEY,
              doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
              actor TEXT NOT NULL,
              actor_code TEXT NOT NULL,
              counterpart TEXT,
              counterpart_code TEXT,
              action TEXT NOT NULL,
              due TEXT,
              due_start TEXT,
              due_end TEXT,
              due_start_day INTEGER NOT NULL,
              due_end_day INTEGER,
              stated TEXT NOT NULL,
              stated_day INTEGER NOT NULL,
              evidence TEXT NOT NULL,
              evidence_start INTEGER NOT NULL,
              evidence_end INTEGER NOT NULL
            );
            CREATE INDEX expectations_doc ON expectations(doc_pk);
            CREATE INDEX expectations_actor ON expectations(actor_code, due_start_day);
            CREATE INDEX expectations_stated ON expectations(stated_day);
            CREATE TABLE expectation_links (
              expectation_pk INTEGER NOT NULL REFERENCES expectations(pk) ON DELETE CASCADE,
              mention_pk INTEGER NOT NULL REFERENCES event_mentions(pk) ON DELETE CASCADE,
              known_day INTEGER NOT NULL,
              PRIMARY KEY (expectation_pk, mention_pk)
            ) WITHOUT ROWID;
            CREATE INDEX expectation_links_mention ON expectation_links(mention_pk);
            CREATE TABLE demands (
              pk INTEGER PRIMARY KEY,
              event_pk INTEGER NOT NULL UNIQUE REFERENCES events(pk) ON DELETE CASCADE,
              day INTEGER NOT NULL,
              known_day INTEGER NOT NULL
            );
            CREATE INDEX demands_known ON demands(known_day);
            CREATE TABLE demand_answers (
              demand_pk INTEGER NOT NULL REFERENCES demands(pk) ON DELETE CASCADE,
              mention_pk INTEGER NOT NULL REFERENCES event_mentions(pk) ON DELETE CASCADE,
              outcome TEXT NOT NULL,
              known_day INTEGER NOT NULL,
              PRIMARY KEY (demand_pk, mention_pk)
            ) WITHOUT ROWID;
            CREATE INDEX demand_answers_mention ON demand_answers(mention_pk);
            """)
    }

    /// The first day each ledger outcome became known, kept on the item so status needs no join.
    static func ledgerDays(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE expectations ADD COLUMN fulfilled_day INTEGER;
            ALTER TABLE demands ADD COLUMN met_day INTEGER;
            ALTER TABLE demands ADD COLUMN rejected_day INTEGER;
            ALTER TABLE demands ADD COLUMN answered_day INTEGER;
            UPDATE expectations SET fulfilled_day = (SELECT min(known_day) FROM expectation_links WHERE expectation_pk = expectations.pk);
            UPDATE demands SET
              met_day = (SELECT min(known_day) FROM demand_answers WHERE demand_pk = demands.pk AND outcome = 'met'),
              rejected_day = (SELECT min(known_day) FROM demand_answers WHERE demand_pk = demands.pk AND outcome = 'rejected'),
              answered_day = (SELECT min(known_day) FROM demand_answers WHERE demand_pk = demands.pk AND outcome = 'answered');
            """)
    }

    static func fullText(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='pk');
            CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
              INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
            END;
            CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
              INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
            END;
            CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='pk');
            CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
              INSERT INTO quotes_fts(rowid, text) VALUES (new.pk, new.text);
            END;
            CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
              INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.pk, old.text);
            END;
            """)
    }

    /// The full-text indexes are filled once per transaction by the writer (`DocumentWriter.indexFullText`), not by a
    /// trigger per row: FTS5 writes its pending terms to disk at every statement of a transaction it takes part in.
    static func fullTextByBatch(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER documents_fts_insert;
            DROP TRIGGER quotes_fts_insert;
            """)
    }

    /// Events filed by actor key and dyad in day order, and per-day counts by actor key, dyad and quad class
    /// (see `ActorKeys`): `events --actor X [--with Y]` and `timeline` read them instead of every party row.
    /// An event's mentions indexed by document and publisher, so that counting a new report of an event many
    /// documents report does not read all its mentions; expectations indexed with every column a new event is
    /// checked against, so that only those it may fulfil are read.
    static func actorIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE event_actors (
              actor TEXT NOT NULL,
              other TEXT NOT NULL,
              day INTEGER NOT NULL,
              event_pk INTEGER NOT NULL,
              PRIMARY KEY (actor, other, day, event_pk)
            ) WITHOUT ROWID;
            CREATE TABLE actor_days (
              actor TEXT NOT NULL,
              other TEXT NOT NULL,
              day INTEGER NOT NULL,
              quad INTEGER NOT NULL,
              events INTEGER NOT NULL,
              score_sum REAL NOT NULL,
              scored INTEGER NOT NULL,
              PRIMARY KEY (actor, other, day, quad)
            ) WITHOUT ROWID;
            CREATE INDEX expectations_open ON expectations(actor_code, due_start_day, due_end_day, stated_day, fulfilled_day, doc_pk);
            DROP INDEX expectations_actor;
            CREATE INDEX event_mentions_event_doc ON event_mentions(event_pk, doc_pk);
            CREATE INDEX event_mentions_event_publisher ON event_mentions(event_pk, publisher);
            DROP INDEX event_mentions_event;
            """)
        let events = try Row.fetchCursor(db, sql: "SELECT pk, day, quad, score, source_key, target_key FROM events")
        while let row = try events.next() {
            try DocumentWriter.indexActors(db: db, event: row["pk"], day: row["day"], quad: row["quad"], score: row["score"],
                                           rows: ActorKeys.rows(sourceKey: row["source_key"], targetKey: row["target_key"]), sign: 1)
        }
    }

    /// Drops indexes that neither a question nor the writer reads: a document's entities are only read by document (the primary key),
    /// and documents are never looked up by day. Each cost a random B-tree insert per row.
    static func leanIndexes(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX document_entities_entity;
            DROP INDEX documents_day;
            """)
    }

    /// Full-text segments are merged 16 at a time instead of 4: each batch adds one segment per index, and merging
    /// fewer, larger runs costs the writer less; a question reads at most a few dozen segments.
    static func fullTextMerging(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO documents_fts(documents_fts, rank) VALUES ('automerge', 16);
            INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('automerge', 16);
            """)
    }
}
