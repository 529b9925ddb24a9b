import ArgumentParser

/// What a reading command got through, and the exit code every reading command derives from it.
struct ReadTally: Sendable {
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
