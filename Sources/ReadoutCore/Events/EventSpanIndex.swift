/// Answers "the first span (in list order) that contains an offset" and "the first span inside a range"
/// in logarithmic time, so per-trigger look-ups over quotes and figures do not scan the whole document.
struct EventSpanIndex: Sendable {
    /// Segment boundaries, ascending: segment `i` is `bounds[i]..<bounds[i + 1]`.
    private let bounds: [Int]
    /// For each segment, the smallest list index of a span covering it, or -1.
    private let cover: [Int32]
    /// List indices sorted by span start (ties by list index).
    private let byStart: [Int32]
    /// The spans' starts, in `byStart` order.
    private let starts: [Int]
    /// The spans' ends, in `byStart` order.
    private let ends: [Int]
    /// List indices of spans whose end lies before their start (never expected, kept for exactness).
    private let reversed: [(index: Int, start: Int, end: Int)]

    /// Indexes `spans` given as half-open scalar ranges, in list order.
    init(_ spans: [(start: Int, end: Int)]) {
        var points = Set<Int>()
        for s in spans where s.start < s.end { points.insert(s.start); points.insert(s.end) }
        let bounds = points.sorted()
        var cover = [Int32](repeating: -1, count: max(0, bounds.count - 1))
        func segment(_ offset: Int) -> Int {
            var low = 0, high = bounds.count
            while low < high {
                let mid = (low + high) / 2
                if bounds[mid] < offset { low = mid + 1 } else { high = mid }
            }
            return low
        }
        for (i, s) in spans.enumerated() where s.start < s.end {
            var k = segment(s.start)
            let stop = segment(s.end)
            while k < stop {
                if cover[k] < 0 { cover[k] = Int32(i) }
                k += 1
            }
        }
        self.bounds = bounds
        self.cover = cover
        let order = spans.indices.filter { spans[$0].end >= spans[$0].start }.sorted { (spans[$0].start, $0) < (spans[$1].start, $1) }
        self.byStart = order.map { Int32($0) }
        self.starts = order.map { spans[$0].start }
        self.ends = order.map { spans[$0].end }
        self.reversed = spans.indices.filter { spans[$0].end < spans[$0].start }.map { ($0, spans[$0].start, spans[$0].end) }
    }

    /// The smallest list index of a span with `start <= offset < end`, or nil.
    func first(containing offset: Int) -> Int? {
        guard bounds.count >= 2, offset >= bounds[0], offset < bounds[bounds.count - 1] else { return nil }
        // The segment whose lower bound is the last bound <= offset.
        var low = 0, high = bounds.count
        while low < high {
            let mid = (low + high) / 2
            if bounds[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        let k = cover[low - 1]
        return k < 0 ? nil : Int(k)
    }

    /// The smallest list index of a span with `start >= lower` and `end <= upper`, or nil.
    func first(within lower: Int, _ upper: Int) -> Int? {
        var best = Int.max
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < lower { low = mid + 1 } else { high = mid }
        }
        var k = low
        while k < starts.count, starts[k] <= upper {
            if ends[k] <= upper, Int(byStart[k]) < best { best = Int(byStart[k]) }
            k += 1
        }
        for r in reversed where r.index < best && r.start >= lower && r.end <= upper { best = r.index }
        return best == Int.max ? nil : best
    }
}
