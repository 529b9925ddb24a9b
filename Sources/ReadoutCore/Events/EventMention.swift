/// One mention of an event in one sentence, before mentions of the same event are merged.
struct EventMention: Sendable {
    /// The trigger's sense.
    var sense: TriggerSense
    /// The sentence index.
    var sentence: Int
    /// First word of the trigger.
    var first: Int
    /// Word past the trigger.
    var end: Int
    /// Source entity indices.
    var source: [Int] = []
    /// Target entity indices.
    var target: [Int] = []
    /// Whether it happened.
    var modality: Modality = .asserted
    /// Entity index of who claims it, for reported events.
    var claimant: Int?
    /// The date window.
    var date: DateWindow?
    /// True when the date came from a time expression in the sentence (not the document date).
    var dateFromText = false
    /// The place name.
    var location: String?
    /// Both parties act on each other ("A and B met").
    var reciprocal = false
    /// A definite or possessive noun ("the talks", "Moscow's demands"): presupposed, not newly asserted.
    var presupposed = false
    /// The PLOVER type of an event noun after "during"/"at the", whose date and place this event shares.
    var during: String?
    /// First and last scalar offsets of the evidence.
    var evidenceStart: Int
    /// End of the evidence.
    var evidenceEnd: Int
    /// True for an intention derived from a future action ("X will send aid" → X promises).
    var derived = false
}
