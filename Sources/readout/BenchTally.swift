import Foundation

/// Counts gathered by one bench worker.
struct BenchTally: Sendable {
    /// Input bytes read.
    var bytes = 0
    /// Documents read.
    var documents = 0
    /// Sentence-like units segmented.
    var sentences = 0
    /// Thread CPU seconds per stage, in `BenchCommand`'s stage order (read, segment, then the pipeline's).
    var stageSeconds: [Double]

    /// An empty tally for `stageCount` stages.
    init(stageCount: Int) { stageSeconds = Array(repeating: 0, count: stageCount) }

    /// Adds CPU seconds spent in one stage.
    mutating func add(stage: Int, _ seconds: Double) {
        stageSeconds[stage] += seconds
    }
}

/// The bench workers' counts, merged under a lock.
final class BenchTotals: @unchecked Sendable {
    private let lock = NSLock()
    private var tally: BenchTally

    /// Empty totals for `stageCount` stages.
    init(stageCount: Int) { tally = BenchTally(stageCount: stageCount) }

    /// Adds one worker's tally.
    func merge(_ other: BenchTally) {
        lock.lock()
        defer { lock.unlock() }
        tally.bytes += other.bytes
        tally.documents += other.documents
        tally.sentences += other.sentences
        for i in tally.stageSeconds.indices { tally.stageSeconds[i] += other.stageSeconds[i] }
    }

    /// The totals so far.
    func snapshot() -> BenchTally {
        lock.lock()
        defer { lock.unlock() }
        return tally
    }
}
