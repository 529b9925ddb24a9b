/// How a quotation is given.
public enum QuoteKind: String, Sendable, Codable, Hashable {
    /// A whole statement inside quotation marks.
    case direct
    /// A quoted fragment inside the writer's own sentence.
    case partial
    /// Reported speech without quotation marks ("Lavrov said that ...").
    case indirect
}

/// A quotation with its speaker and cue.
public struct Quote: Sendable, Codable, Hashable {
    /// Start of the quoted content in Unicode scalars (inclusive).
    public var start: Int
    /// End of the quoted content in Unicode scalars (exclusive).
    public var end: Int
    /// The quoted content.
    public var text: String
    /// direct, partial or indirect.
    public var kind: QuoteKind
    /// The speaker's entity id, or nil when the text does not say.
    public var speaker: String?
    /// The attribution cue ("said", "warned", "according to", ":").
    public var cue: String?
    /// Where the speaker is named in the text (a name, title, pronoun or `officials`), when it is.
    public var speakerSpan: TextSpan? = nil
    /// Where the cue is in the text; quotes that share it are pieces of one attribution.
    public var cueSpan: TextSpan? = nil

    /// Creates a quote.
    public init(start: Int, end: Int, text: String, kind: QuoteKind, speaker: String? = nil, cue: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
    }
}
