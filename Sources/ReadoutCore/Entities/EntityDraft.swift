/// An entity being assembled while the resolver walks a document.
struct EntityDraft: Sendable {
    /// Canonical name.
    var name: String
    /// What it is.
    var kind: EntityKind
    /// Actor code (country + sector).
    var actorCode: String?
    /// Alpha-3 country.
    var country: String?
    /// Sector code.
    var sector: String?
    /// Role on the document date (display title).
    var role: String?
    /// Canonical office on the document date (for "his counterpart").
    var office: String?
    /// Knowledge-base id.
    var kbID: String?
    /// Mentions so far.
    var mentions: [TextSpan] = []

    /// The finished entity with id `id` and mentions sorted and de-duplicated.
    func entity(id: String) -> Entity {
        // Sorted by start, longest first; equal spans are then neighbours, and the first of each is kept.
        var spans: [TextSpan] = []
        spans.reserveCapacity(mentions.count)
        for m in mentions.sorted(by: { ($0.start, $1.end) < ($1.start, $0.end) }) {
            if let last = spans.last, last.start == m.start, last.end == m.end { continue }
            spans.append(m)
        }
        return Entity(id: id, name: name, kind: kind, actorCode: actorCode, country: country, sector: sector, role: role,
                      kbID: kbID, mentions: spans)
    }
}

/// A proper name found in the text with its coarse named-entity type, for `readout eval ner`.
public struct NamedSpan: Sendable, Hashable, Codable {
    /// Start in Unicode scalars (inclusive).
    public var start: Int
    /// End in Unicode scalars (exclusive).
    public var end: Int
    /// CoNLL type: PER, LOC, ORG or MISC.
    public var type: String

    /// Creates a named span.
    public init(start: Int, end: Int, type: String) {
        self.start = start
        self.end = end
        self.type = type
    }
}

/// What the entity recogniser found in one text: resolved entities and the proper names under them.
public struct EntityRecognition: Sendable {
    /// Entities with ids in order of first mention.
    public var entities: [Entity]
    /// Proper names with their coarse types (demonyms as MISC), in text order.
    public var names: [NamedSpan]
}
