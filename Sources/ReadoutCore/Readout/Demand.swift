/// A demand made in a document: who asks what of whom, and the answers the same document reports.
///
/// Across documents the store keeps demands open until a later report answers them; within one
/// document a demand is `open`, `rejected` (a rejection from whom it was made of), `answered` (another
/// reply from them) or `met` (they agreed or conceded).
public struct Demand: Sendable, Codable, Hashable {
    /// Document-local id (`d1`, …).
    public var id: String
    /// Entity ids of who demands.
    public var by: [String]
    /// Entity ids of whom the demand is made.
    public var of: [String]
    /// What is demanded, in the document's words ("the withdrawal of NATO armed forces from Bulgaria and Romania").
    public var what: String
    /// The earliest date the document gives for the demand (TIMEX3 value).
    public var stated: String?
    /// Other dates the document restates it on.
    public var restated: [String]
    /// open, rejected, answered or met.
    public var status: String
    /// The REQUEST event this demand comes from.
    public var event: String
    /// Ids of the events in the document that answer it.
    public var answers: [String]
    /// The text that states the demand.
    public var evidence: TextSpan

    /// Creates a demand.
    public init(id: String, by: [String], of: [String], what: String, stated: String?, restated: [String] = [],
                status: String = "open", event: String, answers: [String] = [], evidence: TextSpan) {
        self.id = id
        self.by = by
        self.of = of
        self.what = what
        self.stated = stated
        self.restated = restated
        self.status = status
        self.event = event
        self.answers = answers
        self.evidence = evidence
    }
}
