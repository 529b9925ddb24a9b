import ArgumentParser
import Foundation
import ReadoutCore

/// `readout eval ner`: exact-span precision, recall and F1 of the entity recogniser's names on a CoNLL file.
struct EvalNerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Score named-entity spans (PER, LOC, ORG, MISC) against a CoNLL-2003 style file.",
        discussion: """
        Each document (split at -DOCSTART-) is rebuilt as text: tokens joined by spaces, sentences by line \
        breaks. Our kinds map to CoNLL types: person→PER, country/place→LOC, organization→ORG, \
        demonyms and groups→MISC. A name counts only when its span and type match exactly.

        Example: `readout eval ner eng.testb --show-mistakes`. Exit status: 0 when the file was scored \
        (scores are not errors), 2 when it cannot be read, holds no sentences or the arguments are wrong.
        """
    )

    @Argument(help: "The CoNLL file (token … NER-tag per line).")
    var file: String

    @Option(help: "Document date (YYYY-MM-DD) used to resolve roles.")
    var date: String = "1996-08-30"

    @Flag(help: "Print one JSON object with precision, recall, f1 and perType.")
    var json = false

    @Flag(help: "Print every wrong name (+TYPE predicted only, -TYPE missed) before the scores.")
    var showMistakes = false

    func validate() throws {
        guard ISODay.isValid(date) else { throw ValidationError("--date must be a day as YYYY-MM-DD, got '\(date)'") }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("eval ner: cannot read \(file)")
            throw ExitCode(2)
        }
        let documents = NerEvaluation.documents(conll: String(decoding: data, as: UTF8.self))
        guard !documents.isEmpty else {
            printError("eval ner: no sentences in \(file) (expected lines of 'token … tag')")
            throw ExitCode(2)
        }
        if showMistakes {
            for document in documents {
                for line in NerEvaluation.mistakes(document, stage: EntityStage(), date: date) { print(line) }
            }
        }
        let clock = ContinuousClock()
        let started = clock.now
        let (overall, perType) = NerEvaluation.score(documents, stage: EntityStage(), date: date)
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        func round(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
        if json {
            var types: [String: Any] = [:]
            for (type, s) in perType {
                types[type] = ["precision": round(s.precision), "recall": round(s.recall), "f1": round(s.f1),
                               "tp": s.truePositives, "fp": s.falsePositives, "fn": s.falseNegatives]
            }
            let object: [String: Any] = ["precision": round(overall.precision), "recall": round(overall.recall),
                                         "f1": round(overall.f1), "perType": types, "documents": documents.count,
                                         "seconds": round(seconds)]
            let out = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: out, as: UTF8.self))
            return
        }
        print("documents: \(documents.count)   time: \(String(format: "%.2f", seconds)) s")
        print("type   precision  recall     f1      tp     fp     fn")
        for type in NerEvaluation.types {
            let s = perType[type] ?? NerEvaluation.Score()
            print(String(format: "%-6@ %9.3f %7.3f %7.3f %7d %6d %6d", type as NSString, s.precision, s.recall, s.f1,
                         s.truePositives, s.falsePositives, s.falseNegatives))
        }
        print(String(format: "%-6@ %9.3f %7.3f %7.3f %7d %6d %6d", "all" as NSString, overall.precision, overall.recall,
                     overall.f1, overall.truePositives, overall.falsePositives, overall.falseNegatives))
    }
}
