/// Filters for `events`. An actor is an actor code (prefix: `RUS` matches `RUSGOV`), a name, or a KB id.
public struct EventQuery: Sendable, Hashable {
    /// Events with this actor on either side.
    public var actor: String?
    /// With `actor`: events between the two (either direction), a dyad.
    public var with: String?
    /// Events with this actor as a source.
    public var source: String?
    /// Events with this actor as a target.
    public var target: String?
    /// PLOVER type (AGREE, …, ASSAULT).
    public var type: String?
    /// asserted, negated, denied, reported, conditional, hypothetical or future.
    public var modality: String?
    /// First ISO day (inclusive).
    public var from: String?
    /// Last ISO day (inclusive).
    public var to: String?
    /// Place name (substring, case-insensitive).
    public var place: String?
    /// Full-text search (FTS5 syntax) over the text of the reporting documents.
    public var text: String?
    /// At most this many events (0: all).
    public var limit: Int = 100
    /// Load every mention's evidence, not only the first.
    public var withEvidence = false

    /// Creates an unfiltered query.
    public init() {}
}

/// Filters for `quotes`.
public struct QuoteQuery: Sendable, Hashable {
    /// The speaker: a name (substring), actor code or KB id.
    public var speaker: String?
    /// Full-text search (FTS5 syntax) over the quoted words.
    public var text: String?
    /// First ISO day (inclusive).
    public var from: String?
    /// Last ISO day (inclusive).
    public var to: String?
    /// At most this many quotes (0: all).
    public var limit: Int = 100

    /// Creates an unfiltered query.
    public init() {}
}

/// Filters for `entities`.
public struct EntityQuery: Sendable, Hashable {
    /// Name substring, actor code prefix or KB id.
    public var name: String?
    /// person, country, organization, place, group or unknown.
    public var kind: String?
    /// At most this many entities (0: all), most reported first.
    public var limit: Int = 100

    /// Creates an unfiltered query.
    public init() {}
}

/// What `timeline` counts.
public struct TimelineQuery: Sendable, Hashable {
    /// The actor whose events are counted (either side).
    public var actor: String
    /// Only events between `actor` and this one.
    public var with: String?
    /// First ISO day (inclusive).
    public var from: String?
    /// Last ISO day (inclusive).
    public var to: String?

    /// Creates a timeline query for an actor.
    public init(actor: String) {
        self.actor = actor
    }
}

/// What `ledger` lists.
public struct LedgerQuery: Sendable, Hashable {
    /// The day the ledger is read on (default: today).
    public var asOf: String?
    /// Only entries with this status (pending, fulfilled, overdue, open, met, rejected, answered).
    public var status: String?
    /// Only entries with this actor (expected to act, or demanding or demanded of).
    public var actor: String?
    /// Only expectations or only demands.
    public var kind: LedgerEntry.Kind?
    /// At most this many entries (0: all), latest first.
    public var limit: Int = 200

    /// Creates an unfiltered query.
    public init() {}
}
