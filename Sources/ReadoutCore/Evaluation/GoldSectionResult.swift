/// The outcome of one gold section.
public struct GoldSectionResult: Sendable, Hashable {
    /// The section name.
    public var name: String
    /// One result per required item.
    public var items: [GoldItemResult]
    /// One result per forbidden sentence.
    public var forbidden: [GoldForbiddenResult]
    /// A remark on the whole section (e.g. why it is not produced).
    public var remark: String?

    /// Creates a section result.
    public init(name: String, items: [GoldItemResult] = [], forbidden: [GoldForbiddenResult] = [], remark: String? = nil) {
        self.name = name
        self.items = items
        self.forbidden = forbidden
        self.remark = remark
    }

    /// Required items fully found.
    public var found: Int { items.filter { $0.status == .found }.count }
    /// Required items found with a difference.
    public var partial: Int { items.filter { $0.status == .partial }.count }
    /// Required items.
    public var total: Int { items.count }
    /// Forbidden sentences the readout violates.
    public var forbiddenViolations: Int { forbidden.filter { $0.status == .violated }.count }
    /// Forbidden sentences that could not be checked.
    public var forbiddenNotChecked: Int { forbidden.filter { $0.status == .notChecked }.count }
}
