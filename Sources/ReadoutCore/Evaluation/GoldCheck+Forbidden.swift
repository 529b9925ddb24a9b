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

    /// Drops parenthesised asides, quoted text ('…', "…", “…”, ‘…’) and thousands separators ("100,000" → "100000").
    static func withoutAsides(_ sentence: String) -> String {
        var plain = ""
        var depth = 0
        var closing: Character?
        let chars = Array(sentence)
        for (i, c) in chars.enumerated() {
            let atWordStart = i == 0 || chars[i - 1] == " "
            if let q = closing {
                let atWordEnd = i + 1 == chars.count || chars[i + 1] == " " || chars[i + 1] == "," || chars[i + 1] == "."
                if c == q && (q != "'" || atWordEnd) { closing = nil }
                continue
            }
            if c == "(" { depth += 1; continue }
            if c == ")" { depth = max(0, depth - 1); continue }
            guard depth == 0 else { continue }
            switch c {
            case "“": closing = "”"; continue
            case "‘" where atWordStart: closing = "’"; continue
            case "\"" where atWordStart: closing = "\""; continue
            case "'" where atWordStart: closing = "'"; continue
            default: break
            }
            let separator = c == "," && i > 0 && i + 1 < chars.count && chars[i - 1].isNumber && chars[i + 1].isNumber
            if !separator { plain.append(c) }
        }
        return plain
    }

    /// Reads a PLOVER type, "by X", "against/on/toward Y", "a X to X event", a modality word and a number.
    /// An actor name or code outside those phrases makes the sentence not checked, so a check is never wider
    /// than the sentence.
    func parseForbiddenEvent(_ sentence: String) -> Result<ForbiddenEventPattern, Unparsed> {
        let plain = GoldCheck.withoutAsides(sentence)
        let words = plain.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "." }).map(String.init)
        let lower = words.map { $0.lowercased() }
        var p = ForbiddenEventPattern()
        var consumed = Set<Int>()
        func isCode(_ w: String) -> Bool {
            w.count >= 2 && w.count <= 8 && w.unicodeScalars.allSatisfy { CharacterSet.uppercaseLetters.contains($0) }
                && !GoldCheck.ploverTypes.contains(w)
        }
        if let t = words.firstIndex(where: { GoldCheck.ploverTypes.contains($0) }) { p.type = words[t]; consumed.insert(t) }
        // "a RUS to RUS event"
        for i in words.indices.dropFirst().dropLast() where words[i] == "to" && isCode(words[i - 1]) && isCode(words[i + 1]) {
            p.sources = [words[i - 1]]
            p.targets = [words[i + 1]]
            consumed.formUnion([i - 1, i + 1])
        }
        if let i = lower.firstIndex(of: "modality"), i + 1 < lower.count, GoldCheck.modalityWords.contains(lower[i + 1]) {
            p.modality = lower[i + 1]
        } else if let m = lower.first(where: { GoldCheck.modalityWords.contains($0) && $0 != "future" }) {
            p.modality = m
        } else if plain.lowercased().contains("as a fact") || plain.lowercased().contains("as fact") {
            p.modality = "asserted"
        }
        p.number = words.first { $0.count >= 2 && $0.allSatisfy(\.isNumber) }
        let stops: Set<String> = ["by", "against", "on", "to", "toward", "towards", "with", "for", "from", "in", "at", "asserted",
                                  "event", "events", "of", "that", "as", "reported", "when", "while"]
        func phrase(after keys: Set<String>) -> Range<Int>? {
            guard let i = lower.firstIndex(where: { keys.contains($0) }) else { return nil }
            var j = i + 1
            while j < words.count, !stops.contains(lower[j]) { j += 1 }
            return j > i + 1 ? (i + 1)..<j : nil
        }
        func resolve(_ range: Range<Int>) -> Result<[String], Unparsed> {
            let text = words[range].joined(separator: " ")
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
        if let by = phrase(after: ["by"]) {
            consumed.formUnion(by)
            if p.sources.isEmpty, !narrators.contains(words[by].joined(separator: " ").lowercased()) {
                switch resolve(by) { case .success(let c): p.sources = c; case .failure(let e): return .failure(e) }
            }
        }
        if let against = phrase(after: ["against", "on", "toward", "towards"]) {
            consumed.formUnion(against)
            if p.targets.isEmpty {
                switch resolve(against) { case .success(let c): p.targets = c; case .failure(let e): return .failure(e) }
            }
        }
        if p.type == nil && p.sources.isEmpty && p.targets.isEmpty {
            return .failure(Unparsed(description: "not checked: no PLOVER type or actors found in the sentence"))
        }
        let stray = words.indices.filter { i in
            guard !consumed.contains(i), let first = words[i].unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first) else { return false }
            return isCode(words[i]) || countryByName[GoldCheck.norm(words[i])] != nil
        }
        if !stray.isEmpty {
            let names = stray.map { "“\(words[$0])”" }.joined(separator: ", ")
            return .failure(Unparsed(description: "not checked: actor \(names) is outside a “by …”/“against …” phrase"))
        }
        return .success(p)
    }
}
