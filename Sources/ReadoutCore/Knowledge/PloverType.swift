import Foundation

/// A PLOVER event type with its quad class and base score.
public struct PloverType: Sendable, Codable, Hashable {
    /// Type name (AGREE, …, ASSAULT).
    public var name: String
    /// Quad class: verbal cooperation, material cooperation, verbal conflict, material conflict.
    public var quad: String
    /// Conflict–cooperation score.
    public var score: Double?
    /// Mode names with their scores.
    public var modes: [String: Double?]
    /// What the type covers (from the PLOVER manual).
    public var description: String
    /// True when the type needs a recipient (COOPERATE, AID, SANCTION).
    public var requiresRecipient: Bool

    /// Creates a PLOVER type.
    public init(name: String, quad: String, score: Double?, modes: [String: Double?] = [:],
                description: String = "", requiresRecipient: Bool = false) {
        self.name = name
        self.quad = quad
        self.score = score
        self.modes = modes
        self.description = description
        self.requiresRecipient = requiresRecipient
    }
}
