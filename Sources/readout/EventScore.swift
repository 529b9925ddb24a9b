import Foundation
import ReadoutCore

/// One PLOVER gold sentence: text, event type (mapped to today's names), source and target actors.
struct PloverGold {
    var text: String
    var date: String
    var type: String
    var sources: [(country: String, code: String)]
    var targets: [(country: String, code: String)]

    static let renamed = ["DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"]
    static let oldCodes = ["JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "GER": "DEU", "UK": "GBR"]

    init?(_ record: [String: Any]) {
        guard let event = record["event"] as? String, event != "DOCUMENT", let text = record["text"] as? String else { return nil }
        self.text = text.trimmingCharacters(in: .whitespaces)
        self.date = (record["date"] as? String).flatMap { ISODay.isValid($0) ? $0 : nil } ?? "2000-01-01"
        self.type = PloverGold.renamed[event] ?? event
        sources = PloverGold.actors(record["source"])
        targets = PloverGold.actors(record["target"])
    }

    static func actors(_ value: Any?) -> [(country: String, code: String)] {
        guard let list = value as? [[String: Any]] else { return [] }
        return list.compactMap { item in
            guard let raw = item["code"] as? String, !raw.isEmpty else { return nil }
            let country = oldCodes[raw] ?? raw
            let sector = (item["sector"] as? String).map { String($0.prefix(3)) } ?? ""
            return (country, country + (sector.allSatisfy(\.isLetter) ? sector : ""))
        }
    }
}

/// Accumulates the event scores over gold sentences.
struct EventScore {
    var sentences = 0
    var typeRight = 0
    var withSource = 0, sourceRight = 0, sourceSectorRight = 0
    var withTarget = 0, targetRight = 0, targetSectorRight = 0
    var predicted = 0, predictedMatched = 0, goldTriples = 0, goldMatched = 0
    var allPredicted = 0, allMatched = 0
    var perType: [String: (gold: Int, right: Int)] = [:]

    var typeAccuracy: Double { ratio(typeRight, sentences) }
    var sourceAccuracy: Double { ratio(sourceRight, withSource) }
    var targetAccuracy: Double { ratio(targetRight, withTarget) }
    var sourceSectorAccuracy: Double { ratio(sourceSectorRight, withSource) }
    var targetSectorAccuracy: Double { ratio(targetSectorRight, withTarget) }
    var precision: Double { ratio(predictedMatched, predicted) }
    var recall: Double { ratio(goldMatched, goldTriples) }
    var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    var allEventsPrecision: Double { ratio(allMatched, allPredicted) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }

    /// Events that happened as told: asserted or reported; a conditional threat is still a threat made.
    static func isFactual(_ e: Event) -> Bool {
        e.modality == .asserted || e.modality == .reported || (e.modality == .conditional && e.type == "THREATEN")
    }

    /// The country of an entity as the gold codes it.
    static func country(_ e: Entity) -> String {
        if let c = e.country { return c }
        if let code = e.actorCode {
            if code.hasPrefix("IGO") || code.hasPrefix("NGO") || code.hasPrefix("IMG") { return String(code.prefix(3)) }
            if e.kind == .organization { return "IGO" }
            return String(code.prefix(3))
        }
        return e.kind == .organization ? "IGO" : "?"
    }

    /// Scores one sentence; returns a description of what went wrong, or "".
    mutating func add(gold: PloverGold, readout: DocumentReadout) -> String {
        sentences += 1
        let byID = Dictionary(readout.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let factual = readout.events.filter { EventScore.isFactual($0) }
        let top = factual.first ?? readout.events.first
        var problems: [String] = []
        var entry = perType[gold.type] ?? (0, 0)
        entry.gold += 1
        if top?.type == gold.type { typeRight += 1; entry.right += 1 } else { problems.append("type \(top?.type ?? "none")≠\(gold.type)") }
        perType[gold.type] = entry
        let countries = { (ids: [String]) -> Set<String> in Set(ids.compactMap { byID[$0] }.map(EventScore.country)) }
        let codes = { (ids: [String]) -> Set<String> in Set(ids.compactMap { byID[$0]?.actorCode }) }
        if !gold.sources.isEmpty {
            withSource += 1
            let ours = countries(top?.source ?? [])
            if !ours.isDisjoint(with: gold.sources.map(\.country)) { sourceRight += 1 } else { problems.append("source \(ours.sorted())≠\(gold.sources.map(\.country))") }
            if !codes(top?.source ?? []).isDisjoint(with: gold.sources.map(\.code)) { sourceSectorRight += 1 }
        }
        if !gold.targets.isEmpty {
            withTarget += 1
            let ours = countries(top?.target ?? [])
            if !ours.isDisjoint(with: gold.targets.map(\.country)) { targetRight += 1 } else { problems.append("target \(ours.sorted())≠\(gold.targets.map(\.country))") }
            if !codes(top?.target ?? []).isDisjoint(with: gold.targets.map(\.code)) { targetSectorRight += 1 }
        }
        var goldSet = Set<String>()
        for s in gold.sources.isEmpty ? ["-"] : gold.sources.map(\.country) {
            for t in gold.targets.isEmpty ? ["-"] : gold.targets.map(\.country) { goldSet.insert("\(gold.type) \(s) \(t)") }
        }
        var ourSet = Set<String>()
        var allSet = Set<String>()
        for event in factual {
            let s = countries(event.source), t = countries(event.target)
            for a in s.isEmpty ? ["-"] : s.sorted() {
                for b in t.isEmpty ? ["-"] : t.sorted() { allSet.insert("\(event.type) \(a) \(b)") }
            }
        }
        allPredicted += allSet.count
        allMatched += allSet.intersection(goldSet).count
        for event in [top].compactMap({ $0 }).filter(EventScore.isFactual) {
            let s = countries(event.source), t = countries(event.target)
            for a in s.isEmpty ? ["-"] : s.sorted() {
                for b in t.isEmpty ? ["-"] : t.sorted() { ourSet.insert("\(event.type) \(a) \(b)") }
            }
        }
        predicted += ourSet.count
        predictedMatched += ourSet.intersection(goldSet).count
        goldTriples += goldSet.count
        goldMatched += goldSet.intersection(ourSet).count
        guard !problems.isEmpty else { return "" }
        return "✗ \(problems.joined(separator: "; "))\n  \(gold.text.prefix(200))\n  ours: \(allSet.sorted()) gold: \(goldSet.sorted())"
    }

    /// The figures as text.
    func report() -> String {
        var lines = [
            "sentences: \(sentences)",
            String(format: "type accuracy:   %.3f (%d/%d)", typeAccuracy, typeRight, sentences),
            String(format: "source accuracy: %.3f country, %.3f country+sector (%d gold sources)", sourceAccuracy, sourceSectorAccuracy, withSource),
            String(format: "target accuracy: %.3f country, %.3f country+sector (%d gold targets)", targetAccuracy, targetSectorAccuracy, withTarget),
            String(format: "triples (top event): precision %.3f (%d/%d)  recall %.3f (%d/%d)  F1 %.3f", precision, predictedMatched, predicted, recall, goldMatched, goldTriples, f1),
            String(format: "triples (all factual events): precision %.3f (%d/%d)", allEventsPrecision, allMatched, allPredicted),
            "per type (right/gold):",
        ]
        for (type, entry) in perType.sorted(by: { $0.key < $1.key }) { lines.append("  \(type): \(entry.right)/\(entry.gold)") }
        return lines.joined(separator: "\n")
    }
}
