import Foundation
import ReadoutStore

/// What an ingest run did, printed at the end.
struct IngestSummary {
    /// Records read whole.
    var read = 0
    /// Records skipped, with the reason for each.
    var problems: [String] = []
    /// Input bytes of the documents read.
    var bytes = 0
    /// Documents whose stored copy was already current (found before running the pipeline).
    var alreadyStored = 0
    /// What the store did.
    var written = WriteReport()
    /// Wall-clock seconds.
    var seconds = 0.0
    /// CPU seconds of the pipeline threads (reading and preparing readouts) and of the writer thread.
    var readCPUSeconds = 0.0
    var writeCPUSeconds = 0.0
    /// Wall-clock seconds the writer thread spent writing (CPU, and waiting for the disk).
    var writeSeconds = 0.0

    /// The summary lines.
    func lines(storePath: String, statistics: StoreStatistics?) -> [String] {
        let megabytes = Double(bytes) / 1_000_000
        var lines = [String(format: "ingested %d documents (%.1f MB) in %.1f s: %.2f MB/s, %.0f documents/s",
                            read, megabytes, seconds, megabytes / max(seconds, 0.001), Double(read) / max(seconds, 0.001))]
        if readCPUSeconds + writeCPUSeconds > 0 {
            lines.append(String(format: "  CPU: reading %.1f s (%.2f MB/s), writing %.1f s (%.2f MB/s, one thread; %.1f s wall)", readCPUSeconds,
                                megabytes / max(readCPUSeconds, 0.001), writeCPUSeconds, megabytes / max(writeCPUSeconds, 0.001),
                                writeSeconds))
        }
        lines.append("  added \(written.added), replaced \(written.replaced), unchanged \(written.unchanged + alreadyStored)")
        if !problems.isEmpty {
            lines.append("  skipped \(problems.count):")
            var reasons: [String: (count: Int, example: String)] = [:]
            for problem in problems {
                let reason = problem.split(separator: ":", omittingEmptySubsequences: false).dropFirst().joined(separator: ":")
                    .trimmingCharacters(in: .whitespaces)
                let key = reason.isEmpty ? problem : reason
                reasons[key, default: (0, problem)].count += 1
            }
            for (reason, entry) in reasons.sorted(by: { $0.value.count > $1.value.count }) {
                lines.append("    \(entry.count) × \(reason) (e.g. \(entry.example))")
            }
        }
        let events = written.eventsByType.values.reduce(0, +)
        let byType = written.eventsByType.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }
        lines.append("  events: \(events)" + (byType.isEmpty ? "" : " (" + byType.joined(separator: ", ") + ")")
                     + "; \(written.mergedEventMentions) merged into events other reports gave")
        lines.append("  new entities: \(written.newEntities)")
        if let statistics {
            lines.append("  store \(storePath): \(statistics.documents) documents, \(statistics.entities) entities, "
                         + "\(statistics.events) events, \(statistics.quotes) quotes, \(statistics.expectations) expectations, "
                         + "\(statistics.demands) demands")
        }
        return lines
    }
}
