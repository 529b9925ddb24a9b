import ArgumentParser
import Foundation
import ReadoutCore

/// `readout read`: one JSON readout per document on stdout, no database.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read documents and print one JSON readout per line.",
        discussion: """
        Formats, by extension and by content: the seed format (' date YYYY-MM-DD text'), plain text \
        (with a first line 'date: YYYY-MM-DD' or --date), JSON Lines (.jsonl: 'date' and 'text' required; \
        'id', 'title', 'url', 'source' optional), JSON (.json: one record or an array), HTML article pages \
        (.html, .htm) and RSS or Atom feeds (.xml, .rss, .atom; one document per item). A directory is \
        searched recursively for those extensions, hidden files skipped; - reads stdin. Text is UTF-8 (a BOM \
        is skipped, CRLF becomes LF, invalid bytes are replaced and counted). Files over 64 MB are skipped \
        with a message, except JSON Lines, which are streamed.

        Bad records (an empty or binary file, a JSONL line that is not JSON or has no text, a missing or \
        unreadable date, an HTML page with no article text, a file too large or gone) are reported on stderr \
        with their file and line or record, and skipped; the rest are read.

        Examples: `readout read report.txt --pretty`, `readout read feeds/ > readouts.jsonl`, \
        `cat story.txt | readout read - --date 2022-01-21`.

        Exit status: 0 when every record was read, 1 when some were skipped, 2 when none could be read \
        or the arguments are wrong.
        """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var kbExtra: KBExtraOptions

    @Flag(help: "Indent the JSON (for reading one document).")
    var pretty = false

    func run() throws {
        let pipeline = try kbExtra.pipeline()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var line: [UInt8] = []
        var tally = ReadTally()
        let out = FileHandle.standardOutput
        let reader = input.reader
        for path in input.paths {
            reader.read(path: path) { outcome in
                switch outcome {
                case .document(let document, let replaced):
                    tally.read += 1
                    tally.replacedBytes += replaced
                    if replaced > 0 {
                        printError("\(path == "-" ? "stdin" : path): document \(document.id): replaced \(replaced) invalid UTF-8 byte\(replaced == 1 ? "" : "s") with U+FFFD")
                    }
                    let readout = pipeline.read(document)
                    do {
                        if pretty {
                            var data = try encoder.encode(readout)
                            data.append(0x0A)
                            out.write(data)
                        } else {
                            line.removeAll(keepingCapacity: true)
                            try ReadoutJSON.append(readout, to: &line)
                            line.append(0x0A)
                            out.write(Data(line))
                        }
                    } catch {
                        tally.read -= 1
                        tally.skipped += 1
                        printError("skipped document \(document.id): cannot encode its readout: \(error)")
                    }
                case .problem(let problem):
                    tally.skipped += 1
                    printError("skipped \(problem)")
                }
            }
        }
        if tally.skipped > 0 || tally.read == 0 {
            printError("read \(tally.read) document\(tally.read == 1 ? "" : "s"), skipped \(tally.skipped)")
        }
        throw tally.exitCode
    }
}
