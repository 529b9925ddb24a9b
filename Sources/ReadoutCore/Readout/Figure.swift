/// How a figure bounds the true number.
public enum FigureBound: String, Sendable, Codable, Hashable {
    /// The number is given as is ("100,000 troops").
    case exact
    /// The true number is at least this ("more than 100,000").
    case lower
    /// The true number is at most this ("up to 100,000", "fewer than").
    case upper
    /// The number is an estimate around the true one ("about 100,000").
    case approximate
}

/// A number with what it counts, whose it is and who claims it.
public struct Figure: Sendable, Codable, Hashable {
    /// Start in Unicode scalars (inclusive).
    public var start: Int
    /// End in Unicode scalars (exclusive).
    public var end: Int
    /// The figure as written ("more than 100,000 Russian soldiers").
    public var text: String
    /// The numeric value.
    public var value: Double
    /// exact, lower, upper or approximate.
    public var bound: FigureBound
    /// What is counted ("soldiers", "USD").
    public var what: String?
    /// Actor code of whose the counted things are ("RUSMIL").
    public var owner: String?
    /// Entity id or actor code of who claims the figure; nil when the reporter states it.
    public var claimant: String?

    /// Creates a figure.
    public init(start: Int, end: Int, text: String, value: Double, bound: FigureBound, what: String? = nil,
                owner: String? = nil, claimant: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.bound = bound
        self.what = what
        self.owner = owner
        self.claimant = claimant
    }
}
