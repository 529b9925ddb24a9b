/// The kind of a real-world actor or place.
public enum EntityKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// A named individual ("Antony Blinken").
    case person
    /// A state as a whole ("Russia"); its government is an organization.
    case country
    /// A government, military, alliance, company or news agency ("NATO").
    case organization
    /// A city, region or site that is not itself acting ("Geneva").
    case place
    /// A collective without one name ("the West", "allies of the United States").
    case group
    /// A proper name the knowledge base does not know; kept, never dropped.
    case unknown
}

/// One real actor or place in a document, with all its mentions.
public struct Entity: Sendable, Codable, Hashable {
    /// Document-local id (`e1`, `e2`, …), referenced by quotes, figures and events.
    public var id: String
    /// Canonical name ("Sergei Lavrov", "Russia").
    public var name: String
    /// What the entity is.
    public var kind: EntityKind
    /// CAMEO-style actor code: country + sector (`RUSGOV`, `USAMIL`, `NATO`), or nil when unknown.
    public var actorCode: String?
    /// ISO 3166-1 alpha-3 country code the entity belongs to.
    public var country: String?
    /// Sector code (`GOV`, `MIL`, `MED`, …).
    public var sector: String?
    /// The role held on the article date ("Foreign Minister").
    public var role: String?
    /// Knowledge-base id, when the entity is known.
    public var kbID: String?
    /// Every mention in the text.
    public var mentions: [TextSpan]

    /// Creates an entity.
    public init(id: String, name: String, kind: EntityKind, actorCode: String? = nil, country: String? = nil,
                sector: String? = nil, role: String? = nil, kbID: String? = nil, mentions: [TextSpan] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.actorCode = actorCode
        self.country = country
        self.sector = sector
        self.role = role
        self.kbID = kbID
        self.mentions = mentions
    }
}
