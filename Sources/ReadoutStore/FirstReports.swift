/// The reports known earliest: their mentions and that day.
struct FirstReports {
    /// The earliest day a report is known (`Int.max` before any).
    var day = Int.max
    /// The mentions known that day.
    var mentions: [Int64] = []

    /// Takes a mention known on `knownDay`: it replaces the ones known later and joins those known the same day.
    mutating func add(mention: Int64, knownDay: Int) {
        if knownDay < day {
            day = knownDay
            mentions = [mention]
        } else if knownDay == day {
            mentions.append(mention)
        }
    }
}

/// The smaller of two optional days (nil when both are).
func min(_ a: Int?, _ b: Int?) -> Int? {
    guard let a else { return b }
    guard let b else { return a }
    return Swift.min(a, b)
}
