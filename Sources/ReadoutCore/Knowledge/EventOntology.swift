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

    /// Creates a PLOVER type.
    public init(name: String, quad: String, score: Double?, modes: [String: Double?] = [:]) {
        self.name = name
        self.quad = quad
        self.score = score
        self.modes = modes
    }
}

/// A CAMEO event code with its Goldstein value and PLOVER mapping.
public struct CameoCode: Sendable, Codable, Hashable {
    /// The code ("036", "1041").
    public var code: String
    /// What it means.
    public var description: String
    /// Goldstein scale value.
    public var goldstein: Double?
    /// The PLOVER type it maps to.
    public var ploverType: String?
    /// The PLOVER mode it maps to.
    public var ploverMode: String?

    /// Creates a CAMEO code entry.
    public init(code: String, description: String, goldstein: Double?, ploverType: String?, ploverMode: String?) {
        self.code = code
        self.description = description
        self.goldstein = goldstein
        self.ploverType = ploverType
        self.ploverMode = ploverMode
    }
}

/// The PLOVER types and CAMEO codes the event coder uses.
public struct EventOntology: Sendable {
    /// PLOVER types by name.
    public let types: [String: PloverType]
    /// CAMEO codes by code.
    public let cameo: [String: CameoCode]

    /// Creates an ontology.
    public init(types: [String: PloverType], cameo: [String: CameoCode]) {
        self.types = types
        self.cameo = cameo
    }

    /// The ontology shipped with the program (empty until the compiled files exist).
    public static let shipped = EventOntology(types: [:], cameo: [:])
}
