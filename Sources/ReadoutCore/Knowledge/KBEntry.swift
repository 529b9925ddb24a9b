/// One thing the knowledge base knows: a country, organisation, person, place or seat of power.
public struct KBEntry: Sendable, Codable, Hashable {
    /// Stable id (`country:RUS`, `person:sergei-lavrov`, `org:NATO`, `place:geneva`, or a Wikidata Q-id).
    public var id: String
    /// Canonical name.
    public var name: String
    /// What it is.
    public var kind: EntityKind
    /// Actor code when it acts (`RUS`, `NATO`, `USAMIL` for the Pentagon); nil for places.
    public var actorCode: String?
    /// ISO alpha-3 country it belongs to.
    public var country: String?
    /// Sector code (`GOV`, `MIL`, …).
    public var sector: String?
    /// Other names it goes by, matched case-sensitively as written ("Kiev", "Kyiv", "U.S.").
    public var aliases: [String]
    /// Adjectives and plurals for its people ("Russian", "Russians").
    public var demonyms: [String]
    /// Descriptive references ("the military alliance", "the bloc").
    public var descriptions: [String]
    /// Dated offices (people only).
    public var roles: [KBRole]
    /// For capitals and seats of power: the actor code it stands for when it acts (`RUSGOV` for Moscow).
    public var metonymFor: String?
    /// Latitude in degrees, for places.
    public var latitude: Double?
    /// Longitude in degrees, for places.
    public var longitude: Double?
    /// Population, for cities (from GeoNames); nil when unknown.
    public var population: Int?

    /// Creates an entry.
    public init(id: String, name: String, kind: EntityKind, actorCode: String? = nil, country: String? = nil,
                sector: String? = nil, aliases: [String] = [], demonyms: [String] = [], descriptions: [String] = [],
                roles: [KBRole] = [], metonymFor: String? = nil, latitude: Double? = nil, longitude: Double? = nil,
                population: Int? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.actorCode = actorCode
        self.country = country
        self.sector = sector
        self.aliases = aliases
        self.demonyms = demonyms
        self.descriptions = descriptions
        self.roles = roles
        self.metonymFor = metonymFor
        self.latitude = latitude
        self.longitude = longitude
        self.population = population
    }

    /// Decodes an entry; every field but `id`, `name` and `kind` may be missing.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
                  kind: try c.decode(EntityKind.self, forKey: .kind),
                  actorCode: try c.decodeIfPresent(String.self, forKey: .actorCode),
                  country: try c.decodeIfPresent(String.self, forKey: .country),
                  sector: try c.decodeIfPresent(String.self, forKey: .sector),
                  aliases: try c.decodeIfPresent([String].self, forKey: .aliases) ?? [],
                  demonyms: try c.decodeIfPresent([String].self, forKey: .demonyms) ?? [],
                  descriptions: try c.decodeIfPresent([String].self, forKey: .descriptions) ?? [],
                  roles: try c.decodeIfPresent([KBRole].self, forKey: .roles) ?? [],
                  metonymFor: try c.decodeIfPresent(String.self, forKey: .metonymFor),
                  latitude: try c.decodeIfPresent(Double.self, forKey: .latitude),
                  longitude: try c.decodeIfPresent(Double.self, forKey: .longitude),
                  population: try c.decodeIfPresent(Int.self, forKey: .population))
    }
}
