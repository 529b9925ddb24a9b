import Foundation

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
