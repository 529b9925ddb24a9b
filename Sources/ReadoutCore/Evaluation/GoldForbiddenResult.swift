/// Whether a forbidden sentence was violated.
public enum GoldForbiddenStatus: String, Sendable, Codable, Hashable {
    /// The readout contains what the sentence forbids.
    case violated
    /// The sentence was parsed into a check and the readout passes it.
    case clear
    /// The sentence could not be parsed into a check.
    case notChecked = "not checked"
}

/// The outcome of one forbidden sentence.
public struct GoldForbiddenResult: Sendable, Hashable {
    /// The gold sentence.
    public var sentence: String
    /// Violated, clear or not checked.
    public var status: GoldForbiddenStatus
    /// The check made and the offending items, or why it could not be checked.
    public var detail: String

    /// Creates a forbidden result.
    public init(sentence: String, status: GoldForbiddenStatus, detail: String) {
        self.sentence = sentence
        self.status = status
        self.detail = detail
    }
}
