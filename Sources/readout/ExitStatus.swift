import ArgumentParser
import Foundation

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
