import Foundation

/// Counts gathered by one bench worker.
struct BenchTally: Sendable {
    var bytes = 0
    var documents = 0
    var sentences = 0
    var stageSeconds: [Double]

    init(stageCount: Int) { stageSeconds = Array(repeating: 0, count: stageCount) }

    mutating func add(stage: Int, _ seconds: Double) {
        stageSeconds[stage] += seconds
    }
}

/// The bench workers' counts, merged under a lock.
final class BenchTotals: @unchecked Sendable {
    private let lock = NSLock()
    private var tally: BenchTally

    init(stageCount: Int) { tally = BenchTally(stageCount: stageCount) }

    func merge(_ other: BenchTally) {
        lock.lock()
        defer { lock.unlock() }
        tally.bytes += other.bytes
        tally.documents += other.documents
        tally.sentences += other.sentences
        for i in tally.stageSeconds.indices { tally.stageSeconds[i] += other.stageSeconds[i] }
    }

    func snapshot() -> BenchTally {
        lock.lock()
        defer { lock.unlock() }
        return tally
    }
}
