import ArgumentParser
import Foundation
import ReadoutCore

/// `readout eval quotes DIR`: content and speaker scores against brat attribution data.
struct EvalQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score quotes against brat attribution data (DIR/text/*.txt and DIR/attributions/*.ann).",
        discussion: """
        Contents match by overlap (a prediction covers at least half the gold span, one to one) and exactly \
        (same edges once spaces, quotation marks, punctuation and a leading 'that' are ignored). Quotes that \
        share a cue count as one attribution; quotes nested in another are not counted (the gold has one label \
        per token). Direct = the content contains a double quotation mark (“ ” \" « » „, or '' used as one). Speaker accuracy is over \
        overlap-matched contents: our speaker's mentions or our speaker text overlap the gold Source \
        (no source in the gold: right when we name none). With several annotators of one text, the first \
        annotation file (by name) is used.
        """
    )

    @Argument(help: "The directory with text/ and attributions/.")
    var directory: String

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "List missed and spurious direct quotes for review.")
    var verbose = false

    @Flag(help: "With --verbose, also list missed attributions without quotation marks, with the words before them.")
    var allMisses = false

    @Option(help: "Date for every document when the file name has none (YYYY-MM-DD).")
    var date: String = "2016-11-01"

    func run() throws {
        let fm = FileManager.default
        let annDir = (directory as NSString).appendingPathComponent("attributions")
        let textDir = (directory as NSString).appendingPathComponent("text")
        guard let names = try? fm.contentsOfDirectory(atPath: annDir) else {
            printError("eval quotes: cannot list \(annDir); expected DIR/attributions/*.ann and DIR/text/*.txt")
            throw ExitCode(2)
        }
        var chosen: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".ann") {
            let stem = String(name.dropLast(4))
            var textStem = stem
            if !fm.fileExists(atPath: (textDir as NSString).appendingPathComponent(stem + ".txt")),
               let cut = stem.lastIndex(of: "_") {
                textStem = String(stem[..<cut])
            }
            if chosen[textStem] == nil { chosen[textStem] = name }
        }
        // Quotes need only the entities before them; the other stages would only slow the scoring down.
        let pipeline = ReadoutPipeline(stages: ReadoutPipeline.standardStages().filter { $0.name == "entities" || $0.name == "quotes" })
        let scorer = AttributionScorer()
        var direct = AttributionScorer.Tally(), all = AttributionScorer.Tally()
        var documents = 0
        for (stem, annName) in chosen.sorted(by: { $0.key < $1.key }) {
            let textPath = (textDir as NSString).appendingPathComponent(stem + ".txt")
            guard let text = try? String(contentsOfFile: textPath, encoding: .utf8),
                  let ann = try? String(contentsOfFile: (annDir as NSString).appendingPathComponent(annName), encoding: .utf8) else {
                printError("skipped \(stem): cannot read its text or annotation")
                continue
            }
            let gold = BratAttributions.parse(ann, text: text)
            let document = Document(id: stem, date: Self.day(in: stem) ?? date, text: text)
            let readout = pipeline.read(document)
            let result = scorer.score(text: text, readout: readout, gold: gold)
            direct.add(result.direct)
            all.add(result.all)
            documents += 1
            if verbose {
                review(stem, text, result.missed, result.spurious)
                let scalars = Array(text.unicodeScalars)
                func cut(_ r: Range<Int>?) -> String {
                    guard let r else { return "-" }
                    let a = max(0, min(r.lowerBound, scalars.count)), b = max(a, min(r.upperBound, scalars.count))
                    return String(String.UnicodeScalarView(scalars[a..<b])).replacingOccurrences(of: "\n", with: " ")
                }
                for w in result.wrongSpeaker {
                    print("SPKR \(stem): gold [\(cut(w.gold))] ours [\(cut(w.ours))] :: " + cut(w.content).prefix(80))
                }
            }
        }
        if json {
            let out: [String: [String: Double]] = ["direct": summary(direct), "all": summary(all)]
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(out), as: UTF8.self))
        } else {
            print("documents \(documents)")
            for (label, tally) in [("direct quotes", direct), ("all attributions", all)] {
                let o = tally.overlap, e = tally.exact
                print(label + ": gold \(tally.gold) predicted \(tally.predicted)")
                print(String(format: "  overlap P %.3f R %.3f F1 %.3f | exact P %.3f R %.3f F1 %.3f | speaker accuracy %.3f (%d/%d)",
                             o.p, o.r, o.f, e.p, e.r, e.f, tally.speakerAccuracy, tally.speakerCorrect, tally.goldMatchedOverlap))
            }
        }
    }

    /// The JSON figures of one group.
    func summary(_ t: AttributionScorer.Tally) -> [String: Double] {
        ["gold": Double(t.gold), "predicted": Double(t.predicted),
         "contentPrecisionOverlap": t.overlap.p, "contentRecallOverlap": t.overlap.r, "contentF1Overlap": t.overlap.f,
         "contentPrecisionExact": t.exact.p, "contentRecallExact": t.exact.r, "contentF1Exact": t.exact.f,
         "speakerAccuracy": t.speakerAccuracy]
    }

    /// Prints unmatched direct gold and spurious predictions.
    func review(_ stem: String, _ text: String, _ missed: [AttributionScorer.Gold], _ spurious: [Range<Int>]) {
        let scalars = Array(text.unicodeScalars)
        func cut(_ r: Range<Int>) -> String {
            let a = max(0, min(r.lowerBound, scalars.count)), b = max(a, min(r.upperBound, scalars.count))
            return String(String.UnicodeScalarView(scalars[a..<b])).replacingOccurrences(of: "\n", with: " ")
        }
        for g in missed where g.direct { print("MISS \(stem): " + g.content.map(cut).joined(separator: " … ")) }
        for s in spurious { print("SPUR \(stem): " + cut(s)) }
        guard allMisses else { return }
        for g in missed where !g.direct {
            guard let first = g.content.first else { continue }
            let before = cut(max(0, first.lowerBound - 60)..<first.lowerBound)
            print("MISS-INDIRECT \(stem): [\(before)] " + g.content.map(cut).joined(separator: " … "))
        }
    }

    /// `YYYY-MM-DD` inside a file name like `nyt_2016-10-01_title`.
    static func day(in name: String) -> String? {
        for part in name.split(separator: "_") where part.count == 10 && ISODay.isValid(String(part)) { return String(part) }
        return nil
    }
}
