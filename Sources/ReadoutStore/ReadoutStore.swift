import ReadoutCore

/// A place that keeps readouts of many documents and answers questions across them.
///
/// Free of database types so that a SQLite and a PostgreSQL implementation can sit side by side.
public protocol ReadoutStore: Sendable {
    /// The content hashes already stored for these document ids (ids not stored are absent).
    func storedHashes(forIDs ids: [String]) throws -> [String: String]

    /// Stores prepared readouts (see `PreparedReadout`, made on worker threads) in one transaction: each document whole or not at all, unchanged ones skipped,
    /// changed ones (same id or URL, new content) replacing their old readout.
    func write(_ readouts: [PreparedReadout]) throws -> WriteReport

    /// Events merged across documents, filtered.
    func events(_ query: EventQuery) throws -> [StoredEvent]

    /// Quotations with their speakers, filtered.
    func quotes(_ query: QuoteQuery) throws -> [StoredQuote]

    /// Entities with one identity across documents, filtered.
    func entities(_ query: EntityQuery) throws -> [StoredEntity]

    /// Per-day event counts by quad class and mean score for an actor (and a counterpart).
    func timeline(_ query: TimelineQuery) throws -> [TimelineDay]

    /// Expectations and demands with their status as of a day.
    func ledger(_ query: LedgerQuery) throws -> [LedgerEntry]

    /// The readout of one document, found by id, URL or unique id prefix.
    func readout(document: String) throws -> DocumentReadout?

    /// Calls `body` with every stored readout, in storage order.
    func forEachReadout(_ body: (DocumentReadout) throws -> Void) throws

    /// Calls `body` with every merged event with its evidence, in date order.
    func forEachEvent(_ body: (StoredEvent) throws -> Void) throws

    /// Row counts of the store's tables.
    func statistics() throws -> StoreStatistics
}

extension ReadoutStore {
    /// Prepares and stores readouts in one transaction.
    public func write(_ readouts: [DocumentReadout]) throws -> WriteReport {
        try write(try readouts.map(PreparedReadout.init))
    }
}
