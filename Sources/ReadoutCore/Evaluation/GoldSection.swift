import Foundation

/// One section of a gold file.
public struct GoldSection: Sendable {
    /// The section name (`entities`, …).
    public var name: String
    /// Facts a correct readout must contain.
    public var required: [GoldItem]
    /// Facts that are not scored either way.
    public var optional: [GoldItem]
    /// Free-text sentences describing what must not be produced.
    public var forbidden: [String]

    /// Creates a section.
    public init(name: String, required: [GoldItem] = [], optional: [GoldItem] = [], forbidden: [String] = []) {
        self.name = name
        self.required = required
        self.optional = optional
        self.forbidden = forbidden
    }
}
