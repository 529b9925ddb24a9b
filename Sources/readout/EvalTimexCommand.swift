import ArgumentParser
import Foundation
import ReadoutCore

/// `readout eval timex`: score the time stage against TimeML gold files.
struct EvalTimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Score time expressions against TimeML (.tml) files, TempEval-3 style.",
        discussion: """
        Each .tml file's TEXT element (tags removed) is read with the DCT (the TIMEX3 with \
        functionInDocument="CREATION_TIME") as the document date. Reports strict and relaxed span F1, \
        type accuracy and value F1.
        """
    )

    @Argument(help: "TimeML files or directories (searched recursively for .tml).")
    var paths: [String]

    @Flag(help: "Print one JSON object with the scores.")
    var json = false

    @Flag(help: """
        List every disagreement, one tab-separated line each: document, document date, kind (value, type, span, \
        missed, spurious), gold text/type/value, system text/type/value, and the text around it.
        """)
    var errors = false

    func run() throws {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                printError("eval timex: no such file or directory: \(path)")
                throw ExitCode(2)
            }
            if isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: path)
                while let item = enumerator?.nextObject() as? String {
                    if item.hasSuffix(".tml") { files.append((path as NSString).appendingPathComponent(item)) }
                }
            } else {
                files.append(path)
            }
        }
        files.sort()
        guard !files.isEmpty else {
            printError("eval timex: no .tml files under \(paths.joined(separator: " "))")
            throw ExitCode(2)
        }
        var score = TimexScore()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("skipped \(file): cannot read the file")
                continue
            }
            let document: TimexGoldDocument
            do {
                document = try TimexGoldDocument.parse(timeML: String(decoding: data, as: UTF8.self), name: file)
            } catch {
                printError("skipped \(error)")
                continue
            }
            guard let date = ISODay(document.date) else { continue }
            let system = TimexResolver.timexes(in: document.text, date: date)
            let differences = score.add(gold: document.timexes, system: system, document: (file as NSString).lastPathComponent)
            if errors {
                let scalars = Array(document.text.unicodeScalars)
                for d in differences {
                    print(Self.errorLine(d, date: document.date, scalars: scalars))
                }
            }
        }
        if json {
            let object: [String: Double] = [
                "spanF1Strict": score.spanF1Strict, "spanF1Relaxed": score.spanF1Relaxed,
                "typeAccuracy": score.typeAccuracy, "valueF1": score.valueF1,
                "relaxedPrecision": score.relaxedPrecision, "relaxedRecall": score.relaxedRecall,
                "gold": Double(score.gold), "system": Double(score.system),
            ]
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(object), as: UTF8.self))
        } else {
            print("files: \(files.count)  gold: \(score.gold)  system: \(score.system)")
            print(String(format: "span F1 strict %.3f  relaxed %.3f (P %.3f R %.3f)  type accuracy %.3f  value F1 %.3f",
                         score.spanF1Strict, score.spanF1Relaxed, score.relaxedPrecision, score.relaxedRecall,
                         score.typeAccuracy, score.valueF1))
        }
    }

    /// One disagreement as a tab-separated line with the text around it (newlines and tabs shown as spaces).
    static func errorLine(_ d: TimexScore.Difference, date: String, scalars: [Unicode.Scalar]) -> String {
        func flat(_ s: String) -> String {
            String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 }))
        }
        func describe(_ t: Timex?) -> String {
            guard let t else { return "-\t-\t-" }
            return "\(flat(t.text))\t\(t.type.rawValue)\t\(t.value)"
        }
        let start = min(d.gold?.start ?? Int.max, d.system?.start ?? Int.max)
        let end = max(d.gold?.end ?? 0, d.system?.end ?? 0)
        let from = max(0, start - 70), to = min(scalars.count, end + 50)
        var context = ""
        if from < to, start <= end {
            context = flat(String(String.UnicodeScalarView(scalars[from..<start]))) + "[["
                + flat(String(String.UnicodeScalarView(scalars[start..<end]))) + "]]"
                + flat(String(String.UnicodeScalarView(scalars[end..<to])))
        }
        return "\(d.document)\t\(date)\t\(d.kind)\t\(describe(d.gold))\t\(describe(d.system))\t\(context)"
    }
}
