/// What would fulfil an announced action: the PLOVER types it names and the word stems to look for in evidence.
public struct ExpectedAction: Sendable, Hashable {
    /// PLOVER types whose events fulfil the action.
    public var types: Set<String>
    /// Lower-case stems; an event whose evidence contains one fulfils the action.
    public var stems: [String]

    /// Reads an action phrase ("issue a written response", "impose sanctions", "SANCTION").
    public init(action: String) {
        let lower = action.lowercased()
        var types: Set<String> = []
        var stems: [String] = []
        for (words, type) in Self.cues {
            for word in words where lower.contains(word) {
                if let type { types.insert(type) }
                stems.append(word)
            }
        }
        let upper = action.uppercased()
        if PloverVocabulary.quadClass(of: upper) != nil { types.insert(upper) }
        if types.isEmpty && stems.isEmpty {
            // Unknown action words: fall back on its content words.
            stems = lower.split { !$0.isLetter }.map(String.init).filter { $0.count >= 5 && !Self.stopWords.contains($0) }
        }
        self.types = types
        self.stems = stems
    }

    /// Whether an event of `type` with `evidence` text fulfils the action.
    public func isFulfilled(byType type: String, evidence: String) -> Bool {
        if types.contains(type.uppercased()) { return true }
        guard !stems.isEmpty else { return false }
        let lower = evidence.lowercased()
        return stems.contains { lower.contains($0) }
    }

    /// `isFulfilled(byType:evidence:)` for an upper-case type and lower-case evidence (the writer's hot path).
    func isFulfilled(byUpperType type: String, lowercasedEvidence evidence: String) -> Bool {
        if types.contains(type) { return true }
        return stems.contains { evidence.contains($0) }
    }

    /// Action words and the PLOVER type they name (nil: only look for the word in the evidence).
    static let cues: [([String], String?)] = [
        (["respon", "reply", "replie", "answer"], nil),
        (["sanction", "embargo", "freez", "export control"], "SANCTION"),
        (["meet", "talks", "summit", "visit", "consult", "negotiat"], "CONSULT"),
        (["sign", "agree", "accord", "deal", "treaty"], "AGREE"),
        (["withdraw", "pull back", "pull out", "retreat", "de-escalat"], "RETREAT"),
        (["aid", "assist", "weapons", "deliver"], "AID"),
        (["deploy", "mobiliz", "mobilis", "reinforc"], "MOBILIZE"),
        (["invade", "invasion", "attack", "strike", "assault"], "ASSAULT"),
        (["recogni", "support", "endorse"], "SUPPORT"),
        (["cooperat", "exercise"], "COOPERATE"),
        (["expel", "blockade", "seize", "arrest"], "COERCE"),
    ]

    /// Words too common to identify an action.
    static let stopWords: Set<String> = ["about", "after", "their", "there", "these", "those", "which", "would", "could", "should", "other"]
}
