/// An office held by a person over a period: "Secretary of State of the USA, from 2021-01-26".
public struct KBRole: Sendable, Codable, Hashable {
    /// The office as news writes it ("Secretary of State", "Foreign Minister", "President"); empty when a
    /// source only gives the actor code (Phoenix dictionaries).
    public var title: String
    /// The country (ISO alpha-3) or organisation code the office belongs to.
    public var country: String?
    /// The actor code the holder acts as (`USAGOV`, `NATO`).
    public var actorCode: String
    /// First day in office (`YYYY-MM-DD`, or `YYYY` / `YYYY-MM` when only that is known); nil when unknown.
    public var from: String?
    /// Last day in office; nil while open-ended.
    public var to: String?
    /// The canonical office (one of `RoleTitles.canonical`, e.g. "Foreign Minister" for the US "Secretary of
    /// State"); the title itself when it has no canonical office.
    public var office: String

    /// Creates a role; `office` defaults to the canonical office of `title` in `country`.
    public init(title: String, country: String?, actorCode: String, from: String? = nil, to: String? = nil,
                office: String? = nil) {
        self.title = title
        self.country = country
        self.actorCode = actorCode
        self.from = from
        self.to = to
        self.office = office ?? RoleTitles.office(for: title, country: country) ?? title
    }

    /// Decodes a role; `office` may be missing (then it is derived from the title).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let title = try c.decode(String.self, forKey: .title)
        let country = try c.decodeIfPresent(String.self, forKey: .country)
        self.init(title: title, country: country,
                  actorCode: try c.decode(String.self, forKey: .actorCode),
                  from: try c.decodeIfPresent(String.self, forKey: .from),
                  to: try c.decodeIfPresent(String.self, forKey: .to),
                  office: try c.decodeIfPresent(String.self, forKey: .office))
    }

    /// True when the role was held on `day` (`YYYY-MM-DD`), comparing at the precision the dates have.
    public func isHeld(on day: String) -> Bool {
        if let from, day.prefix(from.count) < from { return false }
        if let to, day.prefix(to.count) > to { return false }
        return true
    }
}
