/// Why the top event of a gold sentence does not reproduce the gold triples, first cause first.
public enum EventErrorCause: String, Sendable, CaseIterable {
    /// Every gold triple found and nothing else.
    case correct
    /// No event at all in the sentence.
    case noEvent = "no event"
    /// Events, but none told as happening (the top one is negated, future, hypothetical…).
    case notFactual = "not factual"
    /// The top event has another type.
    case wrongType = "wrong type"
    /// The gold has a source and ours has none.
    case sourceMissing = "source missing"
    /// Our sources share no country with the gold's (or the gold has none and we name one).
    case sourceWrong = "source wrong"
    /// The gold has a target and ours has none.
    case targetMissing = "target missing"
    /// Our targets share no country with the gold's.
    case targetWrong = "target wrong"
    /// The gold has no target and ours names one.
    case targetExtra = "target extra"
    /// Type, source and target right, but some gold triple of a compound actor is missing.
    case compoundMissed = "compound actor missed"
    /// Every gold triple found, but our compound actors add triples the gold does not list.
    case compoundExtra = "compound actor extra"
}
