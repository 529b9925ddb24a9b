import ArgumentParser
import Foundation
import ReadoutCore

/// `readout eval gold`: check readouts against hand-made gold fact files (`X.gold.json` next to `X.txt`).
struct EvalGoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gold",
        abstract: "Check readouts against hand-made gold fact files (X.gold.json next to X.txt).",
        discussion: """
        PATH is a gold file or a directory searched recursively for *.gold.json; the document read for \
        X.gold.json is X.txt next to it (seed format ' date YYYY-MM-DD text', or plain text with the gold \
        document.date). Only 'required' items are scored, 'optional' ones are ignored, 'forbidden' sentences \
        are parsed into checks. Names and texts compare case-insensitively, whitespace and curly quotes normalised.

        entities: name equal to ours or among our mentions; kind; code (actor vs actorCode, country for places); \
        a country-level code match (USAGOV vs USA) is partial. Each gold mention must be among the entity's \
        mentions; "X (CODE)" is a mention X of any entity with actorCode CODE; a mention of ours inside the gold \
        mention is partial. Forbidden: "NAME[ or NAME] as a KIND", "NAME as anything but a KIND".

        events: same type; gold source/target codes among ours (entity ids map to actorCode, gold names to \
        entity names; country level is partial; reciprocal events may be swapped); modality, date (equal, one \
        within the other, or any of a list), location and claimant (attributed_to) when given. Forbidden \
        sentences are parsed for a PLOVER type, "by X", "against/on Y", "a X to X event", a modality word and \
        a number (the evidence must contain it); X and Y are codes or names of gold or readout entities. An \
        actor named outside those phrases, or one that cannot be resolved, makes the sentence "not checked".

        quotes: word overlap of at least half of the longer text; kind, speaker (name, mention or "(CODE)"), cue.

        timexes: text and value (each of 'occurrences'), type; another span with the same value is partial; a \
        "dateline" timex is found when the document date equals its value.

        figures: value; bound, what, owner ('of'), claimant ('attributed_to').

        expectations: actor; counterpart, due value, due_from/due_to, stated, status.

        demands: by (who demands) and of (of whom, any one) among ours; what: at least half of the gold's \
        content words in ours. A country-level actor match or less overlap is partial.

        Forbidden sentences that cannot be parsed are listed as "not checked", never passed. Marks: ✔ found, \
        ~ partial (found with a difference), ✘ missing or not produced, ? not checked. Exit status: 0 whenever \
        the gold could be read (scores are not errors), 2 when a gold file or its text cannot be read.
        """
    )

    @Argument(help: "A gold file (X.gold.json) or a directory of them.")
    var path: String

    @Flag(help: "Print one JSON object with per-section found, partial, total, recall and forbiddenViolations.")
    var json = false

    func run() throws {
        let files = goldFiles()
        guard !files.isEmpty else {
            printError("eval gold: no .gold.json files at \(path)")
            throw ExitCode(2)
        }
        var reports: [GoldReport] = []
        var failed = false
        for file in files {
            do {
                reports.append(try check(file))
            } catch {
                printError("eval gold: \(error)")
                failed = true
            }
        }
        if json {
            print(GoldJSONSummary(reports: reports).jsonText)
        } else {
            for report in reports { print(report.text + "\n") }
            print(GoldJSONSummary(reports: reports).totalsText)
        }
        if failed { throw ExitCode(2) }
    }

    private func goldFiles() -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let item = enumerator?.nextObject() as? String {
            if item.hasSuffix(".gold.json") { files.append((path as NSString).appendingPathComponent(item)) }
        }
        return files.sorted()
    }

    private func check(_ file: String) throws -> GoldReport {
        let gold = try GoldFacts.read(path: file)
        let stem = Self.stem(of: file)
        let textPath = stem + ".txt"
        // The text's own date header comes first; the gold document.date is the fallback for plain text.
        var (read, problem) = Self.readDocument(textPath, options: ReaderOptions())
        if read == nil, let date = gold.documentDate, ISODay(date) != nil {
            (read, problem) = Self.readDocument(textPath, options: ReaderOptions(date: date))
        }
        guard let document = read else {
            throw GoldFacts.ReadError(description: "\(textPath): cannot read the document text (\(problem ?? "no document"))")
        }
        let readout = ReadoutPipeline().read(document)
        let name = (stem as NSString).lastPathComponent
        return GoldCheck(readout: readout, gold: gold).run(name: name)
    }

    /// `dir/X.gold.json` → `dir/X` (also `X.json` → `X`).
    private static func stem(of file: String) -> String {
        for suffix in [".gold.json", ".json"] where file.hasSuffix(suffix) { return String(file.dropLast(suffix.count)) }
        return file
    }

    private static func readDocument(_ path: String, options: ReaderOptions) -> (Document?, String?) {
        var document: Document?
        var problem: String?
        DocumentReader(options: options).read(path: path) { outcome in
            switch outcome {
            case .document(let d, _): if document == nil { document = d }
            case .problem(let p): problem = "\(p)"
            }
        }
        return (document, problem)
    }
}
