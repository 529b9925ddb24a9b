import Foundation

/// Checks one `DocumentReadout` against hand-made gold facts (`GoldFacts`) and reports, per section, which
/// required facts were found, found in part or missed, and which forbidden sentences are violated.
///
/// Matching rules (names and texts compare case-insensitively with whitespace and curly quotes normalised):
/// - entities: an entity whose name is the gold name, or whose mentions include it; kind equal; code equal
///   (`actor` against actorCode, `country` against country for places). A country-level code match
///   (USAGOV vs USA) is partial. Each gold mention must be among that entity's mentions; `"X (CODE)"` is found as
///   a mention X of any entity whose actorCode is CODE; a mention of ours that only sits inside the gold mention
///   is partial. Forbidden: "NAME[ or NAME] as a KIND" and "NAME as anything but a KIND".
/// - events: same type, gold source codes among our source codes and target codes among our target codes
///   (our entity ids map to actorCode; gold names match entity names; country-level match is partial; `reciprocal`
///   gold events may be swapped); then modality, date (equal, one value within the other, or any of a list of
///   dates), location and claimant (`attributed_to`) when
///   the gold gives them. Forbidden sentences are parsed for a PLOVER type, "by X", "against/on/to Y",
///   "a X to X event", a modality word and a number ("for the N troops": the evidence must contain N); an actor
///   named outside those phrases makes the sentence not checked, so a check is never wider than the sentence.
/// - quotes: token overlap of at least half of the longer text; kind, speaker (name, mention or `(CODE)`) and cue.
/// - timexes: text and value (each of `occurrences`), type; a timex with another span but the same value is
///   partial; a "dateline" timex equal to the document date is found when the readout's document date is that day.
/// - figures: value, then bound, what, owner (`of`) and claimant (`attributed_to`).
/// - expectations: actor, counterpart, due value and window (`due_from`, `due_to`), stated day and status.
/// - demands: the readout's demands; who demands (`by`), of whom (`of`, any one) and what (at least half of the
///   gold's content words in ours); a country-level match of either actor or less overlap is partial.
/// Forbidden sentences that cannot be parsed are reported as not checked, never passed silently.
public struct GoldCheck: Sendable {
    /// The readout under test.
    public let readout: DocumentReadout
    /// The gold facts.
    public let gold: GoldFacts
    let entityByID: [String: Entity]
    /// Lower-cased names and mentions (gold and ours) to country codes, for forbidden sentences.
    let countryByName: [String: String]

    /// Creates a checker for a readout and its gold facts.
    public init(readout: DocumentReadout, gold: GoldFacts) {
        self.readout = readout
        self.gold = gold
        var byID: [String: Entity] = [:]
        for e in readout.entities { byID[e.id] = e }
        entityByID = byID
        var names: [String: String] = [:]
        for e in readout.entities {
            guard let code = e.country ?? e.actorCode.map({ String($0.prefix(3)) }) else { continue }
            for n in [e.name] + e.mentions.map(\.text) where names[GoldCheck.norm(n)] == nil { names[GoldCheck.norm(n)] = code }
        }
        for item in gold.section("entities")?.required ?? [] {
            guard let code = (item.string("actor") ?? item.string("country")).map({ String($0.prefix(3)) }) else { continue }
            let plain = item.strings("mentions").filter { !$0.contains("(") }
            for n in [item.string("name")].compactMap({ $0 }) + plain { names[GoldCheck.norm(n)] = code }
        }
        countryByName = names
    }

    /// Runs every section check.
    public func run(name: String) -> GoldReport {
        var results: [GoldSectionResult] = []
        for section in gold.sections {
            switch section.name {
            case "entities": results.append(checkEntities(section))
            case "events": results.append(checkEvents(section))
            case "quotes": results.append(checkQuotes(section))
            case "timexes": results.append(checkTimexes(section))
            case "figures": results.append(checkFigures(section))
            case "expectations": results.append(checkExpectations(section))
            case "demands": results.append(checkDemands(section))
            default:
                results.append(GoldSectionResult(
                    name: section.name,
                    items: section.required.map { GoldItemResult(status: .notChecked, label: $0.summary) },
                    forbidden: notChecked(section.forbidden, why: "no checker for this section"),
                    remark: "unknown section: not checked"))
            }
        }
        return GoldReport(name: name, sections: results)
    }

    func notChecked(_ sentences: [String], why: String) -> [GoldForbiddenResult] {
        sentences.map { GoldForbiddenResult(sentence: $0, status: .notChecked, detail: why) }
    }

    // MARK: shared helpers

    /// Lower-cased, curly quotes and apostrophes straightened, whitespace collapsed, outer space trimmed.
    static func norm(_ s: String) -> String {
        var out = ""
        var space = false
        for u in s.lowercased().unicodeScalars {
            var c = u
            switch u.value {
            case 0x2018, 0x2019: c = "'"
            case 0x201C, 0x201D: c = "\""
            default: break
            }
            if CharacterSet.whitespacesAndNewlines.contains(c) {
                space = !out.isEmpty
                continue
            }
            if space { out.unicodeScalars.append(" "); space = false }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// Lower-cased letter-and-digit words of a text.
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        var word = String.UnicodeScalarView()
        for u in s.lowercased().unicodeScalars {
            if CharacterSet.alphanumerics.contains(u) { word.append(u) } else if !word.isEmpty { out.append(String(word)); word = .init() }
        }
        if !word.isEmpty { out.append(String(word)) }
        return out
    }

    /// The actor code an id stands for: an entity's actorCode (or country), or the string itself when it is a code.
    func code(of id: String?) -> String? {
        guard let id else { return nil }
        if let e = entityByID[id] { return e.actorCode ?? e.country }
        return id
    }

    /// A readable name for an entity id: `Name (CODE)`.
    func describe(_ id: String?) -> String {
        guard let id else { return "-" }
        guard let e = entityByID[id] else { return id }
        return "\(e.name) (\(e.actorCode ?? e.country ?? "no code"))"
    }

    /// How well our code matches a gold code: 2 exact, 1 same country (first three letters), 0 otherwise.
    static func codeMatch(gold: String, ours: String?) -> Int {
        guard let ours else { return 0 }
        let g = gold.uppercased(), o = ours.uppercased()
        if g == o { return 2 }
        if g.count >= 3, o.count >= 3, g.prefix(3) == o.prefix(3) { return 1 }
        return 0
    }

    /// Splits `"Moscow (RUSGOV)"` into the text and an actor code, when the parentheses start with one.
    static func splitCode(_ s: String) -> (text: String, code: String?) {
        guard let open = s.range(of: " ("), s.hasSuffix(")") else { return (s, nil) }
        let inner = s[open.upperBound..<s.index(before: s.endIndex)]
        let first = inner.split(separator: " ").first.map(String.init) ?? ""
        let isCode = first.count >= 3 && first.count <= 8 && first.unicodeScalars.allSatisfy { CharacterSet.uppercaseLetters.contains($0) }
        return (String(s[..<open.lowerBound]), isCode ? first : nil)
    }

    /// Entities whose actorCode equals a code.
    func entities(withCode code: String) -> [Entity] {
        readout.entities.filter { $0.actorCode?.uppercased() == code.uppercased() }
    }

    /// Entities named `name` or having it among their mentions, the name-equal ones first.
    func entities(named name: String) -> [Entity] {
        let n = GoldCheck.norm(name)
        let byName = readout.entities.filter { GoldCheck.norm($0.name) == n }
        let byMention = readout.entities.filter { e in GoldCheck.norm(e.name) != n && e.mentions.contains { GoldCheck.norm($0.text) == n } }
        return byName + byMention
    }

    /// Whether an id (entity id or code) stands for the gold speaker/actor: `"Name"` or `"Name (CODE)"` or a code.
    func matchesActor(gold: String, id: String?) -> Int {
        guard let id else { return 0 }
        let (text, code) = GoldCheck.splitCode(gold)
        if let code { return GoldCheck.codeMatch(gold: code, ours: self.code(of: id)) }
        if let e = entityByID[id] {
            let n = GoldCheck.norm(text)
            if GoldCheck.norm(e.name) == n || e.mentions.contains(where: { GoldCheck.norm($0.text) == n }) { return 2 }
        }
        let looksLikeCode = text.count >= 3 && text.unicodeScalars.allSatisfy { CharacterSet.uppercaseLetters.contains($0) }
        if looksLikeCode { return GoldCheck.codeMatch(gold: text, ours: self.code(of: id)) }
        // A gold name that is not ours: its country matches ours at most partially.
        guard let country = countryByName[GoldCheck.norm(text)] else { return 0 }
        return min(1, GoldCheck.codeMatch(gold: country, ours: self.code(of: id)))
    }
}
