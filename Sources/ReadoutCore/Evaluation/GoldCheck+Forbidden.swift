import Foundation

/// A forbidden-event sentence turned into a filter over events.
struct ForbiddenEventPattern: Sendable {
    var type: String?
    var sources: [String] = []
    var targets: [String] = []
    var modality: String?
    var number: String?

    /// The filter in words, for the report.
    var description: String {
        var parts = [type.map { "\($0) events" } ?? "events"]
        if !sources.isEmpty { parts.append("by \(sources.joined(separator: "/"))") }
        if !targets.isEmpty { parts.append("against \(targets.joined(separator: "/"))") }
        if let modality { parts.append("with modality \(modality)") }
        if let number { parts.append("whose evidence has \(number)") }
        return parts.joined(separator: " ")
    }
}

extension GoldCheck {
    /// PLOVER event types: the shipped ontology's, or the standard list when it is not available.
    static let ploverTypes: Set<String> = {
        let shipped = Set(EventOntology.shipped.types.keys.map { $0.uppercased() })
        return shipped.union(["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                              "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DEMAND", "DISAPPROVE", "CONCEDE"])
    }()

    static let modalityWords = Set(Modality.allCases.map(\.rawValue))

    /// Parses a forbidden sentence and looks for events it forbids; unparseable sentences are not checked.
    func checkForbiddenEvent(_ sentence: String) -> GoldForbiddenResult {
        let parsed: ForbiddenEventPattern
        switch parseForbiddenEvent(sentence) {
        case .success(let p): parsed = p
        case .failure(let why): return GoldForbiddenResult(sentence: sentence, status: .notChecked, detail: why.description)
        }
        let hits = readout.events.filter { e in
            if let t = parsed.type, e.type.uppercased() != t { return false }
            if let m = parsed.modality, e.modality.rawValue != m { return false }
            if !parsed.sources.isEmpty, !e.source.contains(where: { id in parsed.sources.contains { GoldCheck.codeMatch(gold: $0, ours: code(of: id)) > 0 } }) { return false }
            if !parsed.targets.isEmpty, !e.target.contains(where: { id in parsed.targets.contains { GoldCheck.codeMatch(gold: $0, ours: code(of: id)) > 0 } }) { return false }
            if let n = parsed.number {
                let texts = [e.evidence.text] + e.mentions.map(\.text)
                if !texts.contains(where: { $0.replacingOccurrences(of: ",", with: "").contains(n) }) { return false }
            }
            return true
        }
        if hits.isEmpty {
            return GoldForbiddenResult(sentence: sentence, status: .clear, detail: "checked: no \(parsed.description)")
        }
        return GoldForbiddenResult(sentence: sentence, status: .violated,
                                   detail: "\(parsed.description): " + hits.map(eventLine).joined(separator: " | "))
    }

    struct Unparsed: Error, CustomStringConvertible { var description: String }

    /// Reads a PLOVER type, "by X", "against/on/to/toward Y", "a X to X event", a modality word and a number.
    func parseForbiddenEvent(_ sentence: String) -> Result<ForbiddenEventPattern, Unparsed> {
        // Drop parenthesised asides and thousands separators ("100,000" → "100000").
        var plain = ""
        var depth = 0
        let chars = Array(sentence)
        for (i, c) in chars.enumerated() {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 {
                let separator = c == "," && i > 0 && i + 1 < chars.count && chars[i - 1].isNumber && chars[i + 1].isNumber
                if !separator { plain.append(c) }
            }
        }
        let words = plain.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "'" || $0 == "‘" || $0 == "’" }).map(String.init)
        var p = ForbiddenEventPattern()
        func isCode(_ w: String) -> Bool {
            w.count >= 2 && w.count <= 8 && w.unicodeScalars.allSatisfy { CharacterSet.uppercaseLetters.contains($0) }
                && !GoldCheck.ploverTypes.contains(w)
        }
        p.type = words.first { GoldCheck.ploverTypes.contains($0) }
        // "a RUS to RUS event"
        for i in words.indices.dropFirst().dropLast() where words[i] == "to" && isCode(words[i - 1]) && isCode(words[i + 1]) {
            p.sources = [words[i - 1]]
            p.targets = [words[i + 1]]
        }
        let lower = words.map { $0.lowercased() }
        if let i = lower.firstIndex(of: "modality"), i + 1 < lower.count, GoldCheck.modalityWords.contains(lower[i + 1]) {
            p.modality = lower[i + 1]
        } else if let m = lower.first(where: { GoldCheck.modalityWords.contains($0) && $0 != "future" }) {
            p.modality = m
        }
        p.number = words.lazy.map { $0.replacingOccurrences(of: ",", with: "") }
            .first { $0.count >= 2 && $0.allSatisfy(\.isNumber) }
        let stops: Set<String> = ["by", "against", "on", "to", "toward", "towards", "with", "for", "from", "in", "at", "asserted",
                                  "event", "events", "of", "that", "as", "reported", "when", "while"]
        func phrase(after keys: Set<String>) -> [String]? {
            guard let i = lower.firstIndex(where: { keys.contains($0) }) else { return nil }
            var j = i + 1
            var out: [String] = []
            while j < words.count, !stops.contains(lower[j]) { out.append(words[j]); j += 1 }
            return out.isEmpty ? nil : out
        }
        func resolve(_ phrase: [String]) -> Result<[String], Unparsed> {
            let text = phrase.joined(separator: " ")
            let parts = text.replacingOccurrences(of: " or ", with: "|").replacingOccurrences(of: " and ", with: "|")
                .split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            var codes: [String] = []
            for part in parts {
                if isCode(part) { codes.append(part); continue }
                let bare = part.lowercased().hasPrefix("the ") ? String(part.dropFirst(4)) : part
                if let c = countryByName[GoldCheck.norm(part)] ?? countryByName[GoldCheck.norm(bare)] { codes.append(c) }
            }
            return codes.isEmpty ? .failure(Unparsed(description: "not checked: cannot resolve “\(text)” to an actor code")) : .success(codes)
        }
        let narrators: Set<String> = ["reporter", "the reporter", "author", "the author", "journalist", "the journalist", "the article", "the text"]
        if p.sources.isEmpty, let by = phrase(after: ["by"]), !narrators.contains(by.joined(separator: " ").lowercased()) {
            switch resolve(by) { case .success(let c): p.sources = c; case .failure(let e): return .failure(e) }
        }
        if p.targets.isEmpty, let against = phrase(after: ["against", "on", "toward", "towards"]) {
            switch resolve(against) { case .success(let c): p.targets = c; case .failure(let e): return .failure(e) }
        }
        if p.type == nil && p.sources.isEmpty && p.targets.isEmpty {
            return .failure(Unparsed(description: "not checked: no PLOVER type or actors found in the sentence"))
        }
        return .success(p)
    }
}
