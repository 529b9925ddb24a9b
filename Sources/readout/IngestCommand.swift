import ArgumentParser
import Foundation
import ReadoutCore
import ReadoutStore

/// `readout ingest`: read many documents into the store, on all cores, with progress and a summary.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read documents into the store (readout.db): idempotent, crash-safe, on all cores.",
        discussion: """
        Inputs as for `readout read` (files, directories, feeds, JSON Lines, - for stdin), or with --readouts \
        JSON Lines of readouts that `readout read` printed. Re-ingesting a document adds nothing; a changed \
        document with the same id or URL replaces its old readout. Each batch is one transaction, so a run \
        killed at any point leaves every document stored whole or not at all; run it again to finish.
        Exit status: 0 all read, 1 some skipped, 2 none read or bad arguments.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var store: StoreOptions

    @Flag(help: "The inputs are readouts as JSON Lines (the output of `readout read`), stored without reading again.")
    var readouts = false

    @Option(help: "Pipeline threads at most (default: all cores); one fewer while writing is the slower side, so the writer keeps a core.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Documents per transaction.")
    var batch: Int = 256

    @Flag(help: "No progress display.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard batch >= 1 else { throw ValidationError("--batch must be at least 1") }
    }

    func run() throws {
        let store = try store.open(creating: true)
        let reader = input.reader
        var totalBytes = 0
        for path in input.paths where path != "-" {
            for file in reader.files(at: path) {
                totalBytes += Self.size(of: file)
            }
        }
        let progress = IngestProgress(totalBytes: totalBytes, terminal: Terminal.stderr && !quiet)
        let runner = IngestRunner(store: store, pipeline: ReadoutPipeline(), jobs: jobs, batchDocuments: batch, progress: progress)
        let started = Date()
        do {
            for path in input.paths {
                if readouts {
                    try ReadoutLines.read(path: path, reader: reader) { outcome in
                        switch outcome {
                        case .line(let data, let location): try runner.add(.readoutLine(data, location: location))
                        case .problem(let problem): runner.skip(problem.description)
                        }
                    }
                    continue
                }
                let files = path == "-" ? ["-"] : reader.files(at: path)
                for file in files {
                    try reader.read(path: file) { outcome in
                        switch outcome {
                        case .document(let document, let replaced):
                            if replaced > 0 { printError("\(file): \(document.id): replaced \(replaced) invalid UTF-8 bytes") }
                            try runner.add(.document(document))
                        case .problem(let problem):
                            runner.skip(problem.description)
                        }
                    }
                    if file != "-" { progress.completeFile(bytes: Self.size(of: file)) }
                }
            }
            try runner.finish()
        } catch {
            progress.finish()
            printError("ingest stopped: \(error)")
            printError("what was committed before is stored whole; run the same command again to finish")
            throw ExitCode(2)
        }
        progress.finish()
        var summary = runner.summary
        summary.seconds = Date().timeIntervalSince(started)
        for problem in summary.problems.prefix(20) { printError("skipped \(problem)") }
        if summary.problems.count > 20 { printError("… and \(summary.problems.count - 20) more skipped") }
        for line in summary.lines(storePath: self.store.path, statistics: try? store.statistics()) { printError(line) }
        var tally = ReadTally()
        tally.read = summary.read
        tally.skipped = summary.problems.count
        throw tally.exitCode
    }

    /// A file's size in bytes, 0 when unknown.
    static func size(of file: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: file)[.size]) as? NSNumber)?.intValue ?? 0
    }
}

/// Reads JSON Lines of readouts a chunk at a time, handing over each non-empty line with its location.
enum ReadoutLines {
    enum Outcome {
        case line(Data, location: String)
        case problem(ReadProblem)
    }

    static func read(path: String, reader: DocumentReader, _ body: (Outcome) throws -> Void) throws {
        let files = path == "-" ? ["-"] : reader.files(at: path)
        for file in files {
            let handle: FileHandle
            if file == "-" {
                handle = FileHandle.standardInput
            } else if let opened = FileHandle(forReadingAtPath: file) {
                handle = opened
            } else {
                try body(.problem(ReadProblem(location: file, message: "cannot read the file")))
                continue
            }
            var carry = Data()
            var lineNumber = 0
            func emit(_ line: Data) throws {
                lineNumber += 1
                if line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) {
                    try body(.line(line, location: "\(file):\(lineNumber)"))
                }
            }
            while let chunk = try handle.read(upToCount: 4 << 20), !chunk.isEmpty {
                carry.append(chunk)
                var start = carry.startIndex
                while let newline = carry[start...].firstIndex(of: 10) {
                    try emit(carry[start..<newline])
                    start = carry.index(after: newline)
                }
                carry = Data(carry[start...])
            }
            if !carry.isEmpty { try emit(carry) }
            if file != "-" { try? handle.close() }
        }
    }
}
