/// How one gold fact fared against a readout.
public enum GoldStatus: String, Sendable, Codable, Hashable {
    /// Everything the gold gives matched.
    case found
    /// The fact is there, but some field differs (or matches only at country level).
    case partial
    /// The fact is not in the readout.
    case missing
    /// The readout has no place for this kind of fact.
    case notProduced = "not produced"
    /// The gold item could not be turned into a check.
    case notChecked = "not checked"

    /// The report mark: ✔ found, ~ partial, ✘ missing or not produced, ? not checked.
    public var mark: String {
        switch self {
        case .found: return "✔"
        case .partial: return "~"
        case .missing, .notProduced: return "✘"
        case .notChecked: return "?"
        }
    }
}

/// The outcome of one required gold fact.
public struct GoldItemResult: Sendable, Hashable {
    /// Found, partial, missing, …
    public var status: GoldStatus
    /// What the gold item is, in a few words.
    public var label: String
    /// What matched and what differed, one note per line.
    public var notes: [String]

    /// Creates an item result.
    public init(status: GoldStatus, label: String, notes: [String] = []) {
        self.status = status
        self.label = label
        self.notes = notes
    }
}
