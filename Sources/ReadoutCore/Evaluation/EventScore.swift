import Foundation

/// Accumulates event scores over PLOVER gold sentences: type, source and target accuracy, triple precision,
/// recall and F1, and the error breakdown by cause.
public struct EventScore: Sendable {
    /// Gold sentences scored.
    public private(set) var sentences = 0
    /// Sentences whose top event has the gold type.
    public private(set) var typeRight = 0
    /// Sentences with a gold source, and those whose top event's sources share its country (and full code).
    public private(set) var withSource = 0, sourceRight = 0, sourceSectorRight = 0
    /// Sentences with a gold target, and those whose top event's targets share its country (and full code).
    public private(set) var withTarget = 0, targetRight = 0, targetSectorRight = 0
    /// Triples of our top events, those in the gold, gold triples, and those we found.
    public private(set) var predicted = 0, predictedMatched = 0, goldTriples = 0, goldMatched = 0
    /// Triples of all our factual events, and those in the gold.
    public private(set) var allPredicted = 0, allMatched = 0
    /// Gold sentences and right types per gold type.
    public private(set) var perType: [String: (gold: Int, right: Int)] = [:]
    /// Per cause: sentences, gold triples missed, our triples the gold does not list.
    public private(set) var causes: [EventErrorCause: (sentences: Int, missed: Int, spurious: Int)] = [:]
    /// Sentences where another of our factual events has a gold triple the top event misses.
    public private(set) var otherEventMatches = 0
    /// Sentences with more than one factual event, the factual events beyond the top one, and their triples
    /// that are neither the gold's nor the top event's.
    public private(set) var sentencesWithSeveral = 0, extraEvents = 0, extraTriples = 0

    /// Creates an empty score.
    public init() {}

    /// Share of sentences whose top event has the gold type (no event counts as wrong).
    public var typeAccuracy: Double { ratio(typeRight, sentences) }
    /// Share of sentences with a gold source whose top event has a source of the gold country.
    public var sourceAccuracy: Double { ratio(sourceRight, withSource) }
    /// Share of sentences with a gold target whose top event has a target of the gold country.
    public var targetAccuracy: Double { ratio(targetRight, withTarget) }
    /// As `sourceAccuracy`, comparing full actor codes (country and sector).
    public var sourceSectorAccuracy: Double { ratio(sourceSectorRight, withSource) }
    /// As `targetAccuracy`, comparing full actor codes (country and sector).
    public var targetSectorAccuracy: Double { ratio(targetSectorRight, withTarget) }
    /// Triple precision of the top events.
    public var precision: Double { ratio(predictedMatched, predicted) }
    /// Triple recall of the top events.
    public var recall: Double { ratio(goldMatched, goldTriples) }
    /// Triple F1 of the top events.
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    /// Triple precision of all factual events.
    public var allEventsPrecision: Double { ratio(allMatched, allPredicted) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }

    /// Events that happened as told: asserted or reported; a conditional threat is still a threat made.
    public static func isFactual(_ e: Event) -> Bool {
        e.modality == .asserted || e.modality == .reported || (e.modality == .conditional && e.type == "THREATEN")
    }

    /// The country of an entity as the gold codes it: its ISO code, else the first three letters of its actor
    /// code; international organisations without one count as IGO, other names without either as "?".
    public static func country(_ e: Entity) -> String {
        if let c = e.country { return c }
        if let code = e.actorCode {
            if code.hasPrefix("IGO") || code.hasPrefix("NGO") || code.hasPrefix("IMG") { return String(code.prefix(3)) }
            if e.kind == .organization { return "IGO" }
            return String(code.prefix(3))
        }
        return e.kind == .organization ? "IGO" : "?"
    }

    /// Our top event of a sentence: the first factual one in text order, else the first.
    public static func top(of readout: DocumentReadout) -> Event? {
        readout.events.first(where: isFactual) ?? readout.events.first
    }

    /// Scores one sentence.
    @discardableResult
    public mutating func add(gold: EventGoldSentence, readout: DocumentReadout) -> EventSentenceResult {
        sentences += 1
        let byID = Dictionary(readout.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let countries = { (ids: [String]) -> Set<String> in Set(ids.compactMap { byID[$0] }.map(EventScore.country)) }
        let codes = { (ids: [String]) -> Set<String> in Set(ids.compactMap { byID[$0]?.actorCode }) }
        // A reciprocal event of ours (source A, target B, reciprocal) and a reciprocal gold event (parties A and B as
        // sources, no target) tell the same fact: compare them as parties, (type, party, -).
        let asParties = { (event: Event) -> Bool in gold.reciprocal && event.reciprocal == true }
        let sides = { (event: Event) -> (source: Set<String>, target: Set<String>) in
            asParties(event) ? (countries(event.source + event.target), []) : (countries(event.source), countries(event.target))
        }
        let triples = { (event: Event) -> Set<String> in
            var set = Set<String>()
            let (s, t) = sides(event)
            for a in s.isEmpty ? ["-"] : s.sorted() {
                for b in t.isEmpty ? ["-"] : t.sorted() { set.insert("\(event.type) \(a) \(b)") }
            }
            return set
        }
        let factual = readout.events.filter(EventScore.isFactual)
        let top = EventScore.top(of: readout)
        var entry = perType[gold.type] ?? (0, 0)
        entry.gold += 1
        if top?.type == gold.type { typeRight += 1; entry.right += 1 }
        perType[gold.type] = entry
        let goldSources = Set(gold.sources.map(\.country)), goldTargets = Set(gold.targets.map(\.country))
        let (ourSources, ourTargets) = top.map(sides) ?? ([], [])
        if !gold.sources.isEmpty {
            withSource += 1
            if !ourSources.isDisjoint(with: goldSources) { sourceRight += 1 }
            if !codes(top?.source ?? []).isDisjoint(with: gold.sources.map(\.code)) { sourceSectorRight += 1 }
        }
        if !gold.targets.isEmpty {
            withTarget += 1
            if !ourTargets.isDisjoint(with: goldTargets) { targetRight += 1 }
            if !codes(top?.target ?? []).isDisjoint(with: gold.targets.map(\.code)) { targetSectorRight += 1 }
        }
        let goldSet = gold.triples
        var allSet = Set<String>()
        for event in factual { allSet.formUnion(triples(event)) }
        allPredicted += allSet.count
        allMatched += allSet.intersection(goldSet).count
        let ourSet = top.map { EventScore.isFactual($0) ? triples($0) : [] } ?? []
        predicted += ourSet.count
        predictedMatched += ourSet.intersection(goldSet).count
        goldTriples += goldSet.count
        goldMatched += goldSet.intersection(ourSet).count
        if factual.count > 1 {
            sentencesWithSeveral += 1
            extraEvents += factual.count - 1
            extraTriples += allSet.subtracting(goldSet).subtracting(ourSet).count
        }

        let cause: EventErrorCause
        if top == nil { cause = .noEvent }
        else if ourSet.isEmpty { cause = .notFactual }
        else if top?.type != gold.type { cause = .wrongType }
        else if !goldSources.isEmpty && ourSources.isEmpty { cause = .sourceMissing }
        else if goldSources.isEmpty ? !ourSources.isEmpty : ourSources.isDisjoint(with: goldSources) { cause = .sourceWrong }
        else if !goldTargets.isEmpty && ourTargets.isEmpty { cause = .targetMissing }
        else if goldTargets.isEmpty && !ourTargets.isEmpty { cause = .targetExtra }
        else if !goldTargets.isEmpty && ourTargets.isDisjoint(with: goldTargets) { cause = .targetWrong }
        else if !goldSet.isSubset(of: ourSet) { cause = .compoundMissed }
        else if !ourSet.isSubset(of: goldSet) { cause = .compoundExtra }
        else { cause = .correct }
        let missedHere = goldSet.subtracting(ourSet)
        let other = !missedHere.isEmpty && !missedHere.isDisjoint(with: allSet.subtracting(ourSet))
        if other { otherEventMatches += 1 }
        var tally = causes[cause] ?? (0, 0, 0)
        tally.sentences += 1
        tally.missed += missedHere.count
        tally.spurious += ourSet.subtracting(goldSet).count
        causes[cause] = tally

        let describe = { (ids: [String]) -> String in
            ids.compactMap { byID[$0] }.map { "\($0.name)=\($0.actorCode ?? EventScore.country($0))" }.joined(separator: "+")
        }
        let events = readout.events.map { e in
            "\(e.id == top?.id ? "*" : " ") \(e.type)\(e.mode.map { "/\($0)" } ?? "") \(e.modality.rawValue): "
                + "[\(describe(e.source))] → [\(describe(e.target))] «\(e.evidence.text)»"
        }
        return EventSentenceResult(gold: gold, goldTriples: goldSet, ourTriples: ourSet, allTriples: allSet, cause: cause,
                                   otherEventMatches: other, events: events)
    }

    /// The figures as text.
    public func report() -> String {
        var lines = [
            "sentences: \(sentences)",
            formatted("type accuracy:   %@ (\(typeRight)/\(sentences))", typeAccuracy),
            formatted("source accuracy: %@ country, ", sourceAccuracy) + formatted("%@ country+sector (\(withSource) gold sources)", sourceSectorAccuracy),
            formatted("target accuracy: %@ country, ", targetAccuracy) + formatted("%@ country+sector (\(withTarget) gold targets)", targetSectorAccuracy),
            formatted("triples (top event): precision %@ (\(predictedMatched)/\(predicted))  ", precision)
                + formatted("recall %@ (\(goldMatched)/\(goldTriples))  ", recall) + formatted("F1 %@", f1),
            formatted("triples (all factual events): precision %@ (\(allMatched)/\(allPredicted))", allEventsPrecision),
            "per type (right/gold):",
        ]
        for (type, entry) in perType.sorted(by: { $0.key < $1.key }) { lines.append("  \(type): \(entry.right)/\(entry.gold)") }
        return lines.joined(separator: "\n")
    }

    /// The error breakdown as text: per cause, sentences, gold triples missed and our triples not in the gold.
    public func breakdown() -> String {
        var lines = ["error breakdown (first cause per sentence; top event):", "  cause                    sentences  missed  spurious"]
        for cause in EventErrorCause.allCases {
            let t = causes[cause] ?? (0, 0, 0)
            let name = cause.rawValue.padding(toLength: 24, withPad: " ", startingAt: 0)
            lines.append("  \(name) \(pad(t.sentences, 9)) \(pad(t.missed, 7)) \(pad(t.spurious, 9))")
        }
        lines.append("  top event misses a gold triple another event of ours has: \(otherEventMatches) sentences")
        lines.append("  sentences with several factual events: \(sentencesWithSeveral); events beyond the top one: \(extraEvents); "
                     + "their triples in neither the gold nor the top event: \(extraTriples)")
        return lines.joined(separator: "\n")
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }

    private func formatted(_ template: String, _ value: Double) -> String {
        let scaled = Int((value * 1000).rounded())
        let text = "\(scaled / 1000).\(String(scaled % 1000).leftPadded(3))"
        return template.replacingOccurrences(of: "%@", with: text)
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
