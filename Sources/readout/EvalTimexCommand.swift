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

    @Flag(help: "List every disagreement (missed, spurious, wrong span, type or value).")
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
                for d in differences {
                    let g = d.gold.map { "\"\($0.text)\" \($0.type.rawValue) \($0.value)" } ?? "-"
                    let s = d.system.map { "\"\($0.text)\" \($0.type.rawValue) \($0.value)" } ?? "-"
                    print("\(d.document) [\(document.date)]\tgold: \(g)\tsystem: \(s)")
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
}
