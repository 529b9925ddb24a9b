/// An exponentially weighted average of recent values (each new value weighs a tenth).
struct RecentAverage {
    /// The average, nil before the first value.
    private(set) var value: Double?

    /// Adds a value.
    mutating func add(_ sample: Double) {
        value = value.map { $0 * 0.9 + sample * 0.1 } ?? sample
    }
}
