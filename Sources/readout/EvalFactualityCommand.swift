import ArgumentParser
import Foundation
import ReadoutCore

/// `readout eval factuality DIR`: compares our modality with MEANTIME's factuality on the events both find.
struct EvalFactualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factuality",
        abstract: "Compare event modality with MEANTIME factuality (certainty, polarity, time) on events both find.",
        discussion: """
        Reads every NewsReader XML file under DIR, rebuilds the text from its tokens (one sentence a line; the \
        document date from the dateline sentence when it parses, else 2000-01-01), runs the pipeline, and matches \
        our event triggers to MEANTIME event mentions whose anchor tokens overlap them. Our modality maps to \
        MEANTIME values: asserted/reported → CERTAIN POS NON_FUTURE; negated/denied → CERTAIN NEG NON_FUTURE; \
        future → CERTAIN POS FUTURE; hypothetical/conditional → POSSIBLE POS FUTURE. For each attribute and each \
        gold value we report how many matched events carry it and the share where ours agrees.
        """
    )

    @Argument(help: "The MEANTIME directory (searched recursively for .xml files).")
    var directory: String

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @Flag(help: "Print each matched event whose factuality differs from ours.")
    var verbose = false

    func run() throws {
        let files = DocumentReader().files(at: directory).filter { $0.hasSuffix(".xml") }
        guard !files.isEmpty else {
            printError("eval factuality: no .xml files under \(directory)")
            throw ExitCode(2)
        }
        let pipeline = ReadoutPipeline()
        let stage = EventStage()
        var tally = FactualityTally()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file), let doc = MeantimeDocument(xml: String(decoding: data, as: UTF8.self)) else {
                printError("skipped \(file): not a MEANTIME document")
                continue
            }
            let document = Document(date: doc.date, text: doc.text)
            let analyzed = pipeline.splitter.analyze(document.text)
            var readout = DocumentReadout(document: document)
            for s in pipeline.stages where !(s is EventStage) { s.run(on: analyzed, readout: &readout) }
            let ours = stage.triggerReadings(on: analyzed, readout: readout)
            tally.documents += 1
            tally.goldEvents += doc.events.count
            tally.ourTriggers += ours.count
            for reading in ours {
                guard let gold = doc.events.first(where: { $0.spans.contains { $0.start < reading.end && reading.start < $0.end } }) else { continue }
                tally.add(gold: gold, ours: reading.modality)
                let mapped = FactualityTally.mapped(reading.modality)
                if verbose, mapped.certainty != gold.certainty || mapped.polarity != gold.polarity || mapped.time != gold.time {
                    let scalars = Array(doc.text.unicodeScalars)
                    let lo = max(0, reading.start - 60), hi = min(scalars.count, reading.end + 30)
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[lo..<hi])
                    print("\(reading.modality.rawValue) vs \(gold.certainty)/\(gold.polarity)/\(gold.time): …\(String(view).replacingOccurrences(of: "\n", with: " "))…")
                }
            }
        }
        if json {
            let out = try JSONSerialization.data(withJSONObject: tally.figures(), options: [.sortedKeys])
            print(String(decoding: out, as: UTF8.self))
        } else {
            print(tally.report())
        }
    }
}

/// Agreement counts per MEANTIME attribute value.
struct FactualityTally {
    var documents = 0, goldEvents = 0, ourTriggers = 0, matched = 0
    /// attribute → gold value → (events, agreeing).
    var counts: [String: [String: (total: Int, agree: Int)]] = [:]

    static func mapped(_ m: Modality) -> (certainty: String, polarity: String, time: String) {
        switch m {
        case .asserted, .reported: return ("CERTAIN", "POS", "NON_FUTURE")
        case .negated, .denied: return ("CERTAIN", "NEG", "NON_FUTURE")
        case .future: return ("CERTAIN", "POS", "FUTURE")
        case .hypothetical, .conditional: return ("POSSIBLE", "POS", "FUTURE")
        }
    }

    mutating func add(gold: MeantimeEvent, ours: Modality) {
        matched += 1
        let m = FactualityTally.mapped(ours)
        for (attribute, goldValue, ourValue) in [("certainty", gold.certainty, m.certainty), ("polarity", gold.polarity, m.polarity), ("time", gold.time, m.time)] {
            let value = goldValue.isEmpty ? "UNSPECIFIED" : goldValue
            var entry = counts[attribute, default: [:]][value] ?? (0, 0)
            entry.total += 1
            if value == ourValue { entry.agree += 1 }
            counts[attribute, default: [:]][value] = entry
        }
    }

    func agreement(_ attribute: String) -> Double {
        let all = counts[attribute]?.values.reduce((0, 0)) { ($0.0 + $1.total, $0.1 + $1.agree) } ?? (0, 0)
        return all.0 > 0 ? Double(all.1) / Double(all.0) : 0
    }

    func figures() -> [String: Any] {
        var result: [String: Any] = ["documents": documents, "goldEvents": goldEvents, "ourTriggers": ourTriggers, "matched": matched]
        for (attribute, values) in counts {
            result[attribute + "Agreement"] = agreement(attribute)
            for (value, entry) in values {
                result["\(attribute).\(value)"] = ["events": entry.total, "agreement": entry.total > 0 ? Double(entry.agree) / Double(entry.total) : 0]
            }
        }
        return result
    }

    func report() -> String {
        var lines = ["documents: \(documents), MEANTIME event mentions: \(goldEvents), our triggers: \(ourTriggers), matched: \(matched)"]
        for attribute in ["certainty", "polarity", "time"] {
            lines.append(String(format: "%@: agreement %.3f", attribute, agreement(attribute)))
            for (value, entry) in (counts[attribute] ?? [:]).sorted(by: { $0.key < $1.key }) {
                lines.append(String(format: "  %-16@ %4d events, ours agrees %.3f", value as NSString, entry.total, entry.total > 0 ? Double(entry.agree) / Double(entry.total) : 0))
            }
        }
        return lines.joined(separator: "\n")
    }
}
