import ArgumentParser
import Foundation

/// The exit codes every reading command shares.
struct ReadTally {
    /// Records read whole.
    var read = 0
    /// Records skipped with a message.
    var skipped = 0
    /// Invalid UTF-8 bytes replaced.
    var replacedBytes = 0

    /// 0 when all were read, 1 when some were skipped, 2 when none could be read.
    var exitCode: ExitCode {
        if read == 0 { return ExitCode(2) }
        return skipped > 0 ? ExitCode(1) : .success
    }
}

/// The exit status for wrong arguments: 2, as documented in `readout --help` (not the parser's default 64).
let usageExitCode: Int32 = 2

extension Readout {
    /// Runs the command line, turning argument errors into exit status 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                let message = fullMessage(for: error)
                if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
                Foundation.exit(usageExitCode)
            }
            exit(withError: error)
        }
    }
}
