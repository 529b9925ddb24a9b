import Foundation

/// The ingest progress display: a redrawn bar on a terminal, a plain line every few seconds otherwise.
final class IngestProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let totalBytes: Int
    private let terminal: Bool
    private let started = Date()
    private var lastDraw: Date
    private var documents = 0
    private var bytes = 0
    private var fileBytesDone = 0
    private var visible = false

    /// Creates a display for an input of `totalBytes` (0 when unknown, e.g. stdin).
    init(totalBytes: Int, terminal: Bool = Terminal.stderr) {
        self.totalBytes = totalBytes
        self.terminal = terminal
        lastDraw = terminal ? .distantPast : started
    }

    /// Counts documents processed and the input bytes they came from, redrawing when due.
    func advance(documents: Int, bytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.documents += documents
        self.bytes += bytes
        let now = Date()
        let interval = terminal ? 0.1 : 5.0
        guard now.timeIntervalSince(lastDraw) >= interval else { return }
        lastDraw = now
        draw(now: now)
    }

    /// Counts a whole input file as done (its size on disk), so the bar and ETA follow the files.
    func completeFile(bytes size: Int) {
        lock.lock()
        fileBytesDone += size
        lock.unlock()
    }

    /// Clears the bar before the summary.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if terminal && visible { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        visible = false
    }

    private func draw(now: Date) {
        let seconds = max(now.timeIntervalSince(started), 0.001)
        let megabytes = Double(bytes) / 1_000_000
        let rate = Double(documents) / seconds
        let byteRate = Double(bytes) / seconds
        let position = max(bytes, fileBytesDone)
        let positionRate = Double(position) / seconds
        var eta = ""
        if totalBytes > 0 && positionRate > 0 {
            let left = max(0, Double(totalBytes - position)) / positionRate
            eta = "  ETA " + Self.duration(left)
        }
        let input = totalBytes > 0 ? String(format: " (input %.0f%% of %.1f MB)", min(100, 100 * Double(position) / Double(totalBytes)),
                                                 Double(totalBytes) / 1_000_000) : ""
        let figures = String(format: "%d documents  %.1f MB%@  %.0f documents/s  %.2f MB/s", documents, megabytes, input, rate,
                             byteRate / 1_000_000) + eta
        if terminal {
            var bar = ""
            if totalBytes > 0 {
                let fraction = min(1, Double(position) / Double(totalBytes))
                let filled = Int(fraction * 24)
                bar = "[" + String(repeating: "█", count: filled) + String(repeating: "·", count: 24 - filled) + "] "
                    + String(format: "%3.0f%%  ", fraction * 100)
            }
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + bar + figures).utf8))
            visible = true
        } else {
            FileHandle.standardError.write(Data(("ingest: " + figures + "\n").utf8))
        }
    }

    /// `1h02m`, `3m05s` or `12s`.
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s >= 3600 { return String(format: "%dh%02dm", s / 3600, (s % 3600) / 60) }
        if s >= 60 { return String(format: "%dm%02ds", s / 60, s % 60) }
        return "\(s)s"
    }
}
