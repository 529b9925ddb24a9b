/// An announced future action with a due window: a ledger entry that later reports can close.
public struct Expectation: Sendable, Codable, Hashable {
    /// Entity id (or actor code) of who is expected to act.
    public var actor: String
    /// Entity id (or actor code) of whom the action is for.
    public var counterpart: String?
    /// The promised action in a few words ("issue a written response").
    public var action: String
    /// The due window.
    public var due: DateWindow?
    /// The ISO day the expectation was stated (the article date).
    public var stated: String
    /// pending, fulfilled or overdue.
    public var status: String
    /// The text that states the expectation.
    public var evidence: TextSpan

    /// Creates an expectation.
    public init(actor: String, counterpart: String? = nil, action: String, due: DateWindow? = nil, stated: String,
                status: String = "pending", evidence: TextSpan) {
        self.actor = actor
        self.counterpart = counterpart
        self.action = action
        self.due = due
        self.stated = stated
        self.status = status
        self.evidence = evidence
    }
}
