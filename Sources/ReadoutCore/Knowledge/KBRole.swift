/// An office held by a person over a period: "Secretary of State of the USA, from 2021-01-26".
public struct KBRole: Sendable, Codable, Hashable {
    /// The office as news writes it ("Secretary of State", "Foreign Minister", "President").
    public var title: String
    /// The country (ISO alpha-3) or organisation code the office belongs to.
    public var country: String?
    /// The actor code the holder acts as (`USAGOV`, `NATO`).
    public var actorCode: String
    /// First day in office (`YYYY-MM-DD`, or `YYYY` / `YYYY-MM` when only that is known); nil when unknown.
    public var from: String?
    /// Last day in office; nil while open-ended.
    public var to: String?

    /// Creates a role.
    public init(title: String, country: String?, actorCode: String, from: String? = nil, to: String? = nil) {
        self.title = title
        self.country = country
        self.actorCode = actorCode
        self.from = from
        self.to = to
    }

    /// True when the role was held on `day` (`YYYY-MM-DD`), comparing at the precision the dates have.
    public func isHeld(on day: String) -> Bool {
        if let from, day.prefix(from.count) < from { return false }
        if let to, day.prefix(to.count) > to { return false }
        return true
    }
}
