import ArgumentParser
import Foundation
import ReadoutCore

/// `readout kb import-petrarch FILE`: convert a PETRARCH/TABARI actor dictionary to a `--kb-extra` TSV file.
struct KBImportPetrarchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-petrarch",
        abstract: "Convert a PETRARCH/TABARI .actors dictionary (with dated codes like [RUSGOV >20040309]) into a --kb-extra TSV file.",
        discussion: """
        Writes the TSV to --out (default: standard output); pass it later with --kb-extra, e.g. \
        `readout kb import-petrarch Phoenix.Countries.actors --out actors.tsv` then \
        `readout read report.txt --kb-extra actors.tsv`. Lines that cannot be parsed are listed on stderr \
        (the first 20) and skipped. Exit status: 0 when the file was converted, 2 when it cannot be read \
        or --out cannot be written.
        """
    )

    @Argument(help: "The actor dictionary file.")
    var file: String

    @Option(help: "Write the TSV here instead of standard output.")
    var out: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("import-petrarch: cannot read \(file)")
            throw ExitCode(2)
        }
        let result = PetrarchImporter().entries(from: data)
        var text = "# Imported from \(file) by readout kb import-petrarch\n"
        for e in result.entries { text += KBLineFormat.encode(e) + "\n" }
        if let out {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: out)) } catch {
                printError("import-petrarch: cannot write \(out): \(error.localizedDescription)")
                throw ExitCode(2)
            }
            print("wrote \(result.entries.count) entries to \(out)")
        } else {
            print(text, terminator: "")
        }
        for p in result.problems.prefix(20) { printError("\(file):\(p)") }
        if !result.problems.isEmpty { printError("\(result.problems.count) lines skipped") }
    }
}
