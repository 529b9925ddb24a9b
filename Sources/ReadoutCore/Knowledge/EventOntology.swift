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
    /// The PLOVER context it maps to ("diplomatic", "military", …).
    public var ploverContext: String?
    /// CAMEO quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
    public var quadClass: Int?

    /// Creates a CAMEO code entry.
    public init(code: String, description: String, goldstein: Double?, ploverType: String?, ploverMode: String?,
                ploverContext: String? = nil, quadClass: Int? = nil) {
        self.code = code
        self.description = description
        self.goldstein = goldstein
        self.ploverType = ploverType
        self.ploverMode = ploverMode
        self.ploverContext = ploverContext
        self.quadClass = quadClass
    }
}

/// The PLOVER types and CAMEO codes the event coder uses.
public struct EventOntology: Sendable {
    /// PLOVER types by name.
    public let types: [String: PloverType]
    /// CAMEO codes by code.
    public let cameo: [String: CameoCode]
    /// PLOVER contexts by name, with their descriptions.
    public let contexts: [String: String]

    /// Creates an ontology.
    public init(types: [String: PloverType], cameo: [String: CameoCode], contexts: [String: String] = [:]) {
        self.types = types
        self.cameo = cameo
        self.contexts = contexts
    }

    /// The ontology shipped with the program, loaded once on first use (empty if the files are missing).
    public static let shipped: EventOntology = {
        guard let dir = KBLoader.shippedDirectory else { return EventOntology(types: [:], cameo: [:]) }
        return EventOntologyFormat.load(directory: dir)
    }()

    /// The score of a PLOVER type with an optional mode (the mode's score when it has one).
    public func score(type: String, mode: String? = nil) -> Double? {
        guard let t = types[type] else { return nil }
        if let mode, let s = t.modes[mode], let s { return s }
        return t.score
    }
}
