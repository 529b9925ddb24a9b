/// A TIMEX3 value with the ISO days it covers.
public struct DateWindow: Sendable, Codable, Hashable {
    /// TIMEX3 value (`2022-W04`).
    public var value: String
    /// First ISO day covered (`2022-01-24`).
    public var start: String?
    /// Last ISO day covered (`2022-01-30`).
    public var end: String?

    /// Creates a date window.
    public init(value: String, start: String? = nil, end: String? = nil) {
        self.value = value
        self.start = start
        self.end = end
    }
}
