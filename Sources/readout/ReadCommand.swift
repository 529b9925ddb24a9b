import ArgumentParser
import Foundation
import ReadoutCore

/// `readout read`: one JSON readout per document on stdout, no database.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read documents and print one JSON readout per line.",
        discussion: """
        Formats: seed (' date YYYY-MM-DD text'), plain text (with --date or a first line 'date: YYYY-MM-DD'), \
        JSON Lines (.jsonl), HTML pages, RSS and Atom feeds. Bad records are reported on stderr and skipped.
        Exit status: 0 all read, 1 some skipped, 2 none read or bad arguments.
        """
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "Indent the JSON (for reading one document).")
    var pretty = false

    func run() throws {
        let pipeline = ReadoutPipeline()
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        var tally = ReadTally()
        let out = FileHandle.standardOutput
        for path in input.paths {
            input.reader.read(path: path) { outcome in
                switch outcome {
                case .document(let document, let replaced):
                    tally.read += 1
                    tally.replacedBytes += replaced
                    if replaced > 0 { printError("\(path): \(document.id): replaced \(replaced) invalid UTF-8 bytes") }
                    let readout = pipeline.read(document)
                    if let data = try? encoder.encode(readout) {
                        out.write(data)
                        out.write(Data("\n".utf8))
                    }
                case .problem(let problem):
                    tally.skipped += 1
                    printError("skipped \(problem)")
                }
            }
        }
        if tally.skipped > 0 { printError("read \(tally.read) documents, skipped \(tally.skipped)") }
        throw tally.exitCode
    }
}
