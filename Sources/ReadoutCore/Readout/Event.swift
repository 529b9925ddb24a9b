/// Whether an event happened or was only claimed, denied, feared or promised.
public enum Modality: String, Sendable, Codable, Hashable, CaseIterable {
    /// The text states the event happened, in its own voice.
    case asserted
    /// The text states the event did not happen ("did not agree").
    case negated
    /// An actor denies the event ("Moscow denies planning an invasion").
    case denied
    /// Claimed by a source named in `claimant` ("according to Kiev").
    case reported
    /// Would happen only if something else does ("if Russia invades").
    case conditional
    /// Feared, possible or asked for, not claimed to happen ("could invade").
    case hypothetical
    /// Announced or scheduled for later ("will meet next week").
    case future
}

/// A PLOVER event: who did what to whom, when, where, and whether it happened.
public struct Event: Sendable, Codable, Hashable {
    /// Document-local id (`ev1`, …).
    public var id: String
    /// PLOVER type (AGREE, CONSULT, …, ASSAULT).
    public var type: String
    /// PLOVER mode, when one applies.
    public var mode: String?
    /// The closest CAMEO code.
    public var cameo: String?
    /// Source entity ids.
    public var source: [String]
    /// Target entity ids.
    public var target: [String]
    /// The date the event speaks of.
    public var date: DateWindow?
    /// The place name, when the text gives one.
    public var location: String?
    /// asserted, negated, denied, reported, conditional, hypothetical or future.
    public var modality: Modality
    /// Entity id or actor code of who claims the event, for reported events.
    public var claimant: String?
    /// The first mention's text span.
    public var evidence: TextSpan
    /// Every mention of the same event in the document.
    public var mentions: [TextSpan]
    /// PLOVER/Goldstein conflict–cooperation score.
    public var score: Double?
    /// True when source and target act on each other ("A and B met"); nil when not.
    public var reciprocal: Bool?
    /// Latitude of the location in degrees, from the knowledge base.
    public var latitude: Double?
    /// Longitude of the location in degrees, from the knowledge base.
    public var longitude: Double?

    /// Creates an event.
    public init(id: String, type: String, mode: String? = nil, cameo: String? = nil, source: [String] = [],
                target: [String] = [], date: DateWindow? = nil, location: String? = nil, modality: Modality = .asserted,
                claimant: String? = nil, evidence: TextSpan, mentions: [TextSpan] = [], score: Double? = nil,
                reciprocal: Bool? = nil, latitude: Double? = nil, longitude: Double? = nil) {
        self.id = id
        self.type = type
        self.mode = mode
        self.cameo = cameo
        self.source = source
        self.target = target
        self.date = date
        self.location = location
        self.modality = modality
        self.claimant = claimant
        self.evidence = evidence
        self.mentions = mentions
        self.score = score
        self.reciprocal = reciprocal
        self.latitude = latitude
        self.longitude = longitude
    }
}
