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
        return isFulfilled(byUpperType: "", lowercasedEvidence: evidence.lowercased())
    }

    /// `isFulfilled(byType:evidence:)` for an upper-case type and lower-case evidence (the writer's hot path).
    func isFulfilled(byUpperType type: String, lowercasedEvidence evidence: String) -> Bool {
        if types.contains(type) { return true }
        guard !stems.isEmpty else { return false }
        // ASCII text is searched byte by byte (the same answer as `contains`, without Foundation's string search).
        if evidence.utf8.allSatisfy({ $0 < 0x80 }) {
            return stems.contains { Self.asciiContains(evidence, $0) }
        }
        return stems.contains { evidence.contains($0) }
    }

    /// Whether ASCII `text` contains `part` (any UTF-8; a non-ASCII part never occurs in ASCII text).
    static func asciiContains(_ text: String, _ part: String) -> Bool {
        var text = text
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard !needle.isEmpty else { return false }
                guard needle.count <= haystack.count else { return false }
                let first = needle[0]
                var index = 0
                let last = haystack.count - needle.count
                while index <= last {
                    if haystack[index] == first {
                        var offset = 1
                        while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                        if offset == needle.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
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
