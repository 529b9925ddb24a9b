/// The score of one gold sentence: the triples on both sides, the cause of any error, and our events described.
public struct EventSentenceResult: Sendable {
    /// The gold sentence.
    public var gold: EventGoldSentence
    /// The gold triples.
    public var goldTriples: Set<String>
    /// The triples of our top event (empty when it is not factual).
    public var ourTriples: Set<String>
    /// The triples of all our factual events.
    public var allTriples: Set<String>
    /// The first cause of error, or `.correct`.
    public var cause: EventErrorCause
    /// True when the top event misses a gold triple that another of our factual events has.
    public var otherEventMatches: Bool
    /// Our events, one line each: type, modality, sources and targets with their countries, evidence.
    public var events: [String]

    /// Gold triples our top event misses.
    public var missed: Int { goldTriples.subtracting(ourTriples).count }
    /// Triples of our top event the gold does not list.
    public var spurious: Int { ourTriples.subtracting(goldTriples).count }

    /// The sentence as text for `--errors`: cause, sentence, gold and our triples, our events.
    public func describe() -> String {
        var lines = ["\(cause == .correct ? "✓" : "✗") \(cause.rawValue)\(otherEventMatches ? " (another event of ours matches)" : "")"]
        lines.append("  \(gold.text)")
        lines.append("  gold: \(goldTriples.sorted().joined(separator: ", "))")
        lines.append("  ours: \(ourTriples.isEmpty ? "-" : ourTriples.sorted().joined(separator: ", "))")
        for event in events { lines.append("    \(event)") }
        return lines.joined(separator: "\n")
    }
}
