import Foundation

/// Reads the process's peak resident memory from `/proc/self/status` (Linux).
public enum PeakMemory {
    /// Peak resident set size in megabytes, or nil where `/proc` is unavailable.
    public static func megabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").dropFirst().first { Int($0) != nil }
            if let digits, let kb = Double(digits) { return kb / 1024 }
        }
        return nil
    }
}
