/// The TIMEX3 type of a time expression.
public enum TimexType: String, Sendable, Codable, Hashable {
    /// A calendar day, week, month or year (`2022-01-21`, `2022-W04`).
    case date = "DATE"
    /// A time of day on a date (`2022-01-21T14:00`).
    case time = "TIME"
    /// A length of time (`P3W` for three weeks).
    case duration = "DURATION"
    /// A recurring time ("every week").
    case set = "SET"
}

/// A time expression with its resolved TIMEX3 value.
public struct Timex: Sendable, Codable, Hashable {
    /// Start in Unicode scalars (inclusive).
    public var start: Int
    /// End in Unicode scalars (exclusive).
    public var end: Int
    /// The expression as written.
    public var text: String
    /// DATE, TIME, DURATION or SET.
    public var type: TimexType
    /// TIMEX3 value (`2022-01-21`, `2022-W04`, `P3W`, `PAST_REF`).
    public var value: String

    /// Creates a time expression.
    public init(start: Int, end: Int, text: String, type: TimexType, value: String) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.value = value
    }
}
