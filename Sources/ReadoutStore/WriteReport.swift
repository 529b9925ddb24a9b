/// What one `write` did.
public struct WriteReport: Sendable, Codable, Hashable {
    /// Documents stored for the first time.
    public var added = 0
    /// Documents that replaced an older readout with the same id or URL.
    public var replaced = 0
    /// Documents already stored with the same content, left alone.
    public var unchanged = 0
    /// Entities seen for the first time.
    public var newEntities = 0
    /// Events stored as new merged events.
    public var newEvents = 0
    /// Event mentions merged into events other documents already reported.
    public var mergedEventMentions = 0
    /// Event mentions stored, by PLOVER type.
    public var eventsByType: [String: Int] = [:]

    /// Creates an empty report.
    public init() {}

    /// Adds another report's counts to this one.
    public mutating func add(_ other: WriteReport) {
        added += other.added
        replaced += other.replaced
        unchanged += other.unchanged
        newEntities += other.newEntities
        newEvents += other.newEvents
        mergedEventMentions += other.mergedEventMentions
        for (type, count) in other.eventsByType { eventsByType[type, default: 0] += count }
    }
}

/// Row counts of the store's main tables.
public struct StoreStatistics: Sendable, Codable, Hashable {
    /// Stored documents.
    public var documents = 0
    /// Entities with one identity across documents.
    public var entities = 0
    /// Merged events.
    public var events = 0
    /// Event mentions (one per document event).
    public var eventMentions = 0
    /// Quotations.
    public var quotes = 0
    /// Expectations.
    public var expectations = 0
    /// Demands (REQUEST events).
    public var demands = 0

    /// Creates empty statistics.
    public init() {}
}
