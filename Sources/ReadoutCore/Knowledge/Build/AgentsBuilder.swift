import Foundation

/// Compiles the Phoenix agents dictionary (plus hand entries, which win) into `agents.tsv`.
struct AgentsBuilder {
    /// The `kb-sources` directory.
    let sources: URL

    /// Hand-kept sector nouns common in conflict news (override the dictionary).
    static let hand: [String: String] = [
        "official": "GOV", "government": "GOV", "administration": "GOV", "authorities": "GOV", "authority": "GOV",
        "diplomat": "GOV", "envoy": "GOV", "ambassador": "GOV", "minister": "GOV", "ministry": "GOV", "leadership": "GOV",
        "leader": "GOV", "foreign ministry": "GOV", "defence ministry": "GOVMIL", "defense ministry": "GOVMIL",
        "state media": "GOVMED", "state television": "GOVMED", "state news agency": "GOVMED", "state news agencies": "GOVMED",
        "media": "MED", "journalist": "MED", "reporter": "MED", "news agency": "MED",
        "soldier": "MIL", "troop": "MIL", "troops": "MIL", "forces": "MIL", "armed forces": "MIL", "military": "MIL",
        "army": "MIL", "navy": "MIL", "air force": "MIL", "general": "MIL", "commander": "MIL", "servicemen": "MIL",
        "serviceman": "MIL", "paratrooper": "MIL", "marine": "MIL", "sailor": "MIL", "pilot": "MIL",
        "separatist": "REB", "rebel": "REB", "insurgent": "REB", "militant": "REB", "militia": "REB", "fighter": "REB",
        "lawmaker": "LEG", "legislator": "LEG", "parliament": "LEG", "senator": "LEG", "congressman": "LEG", "mp": "LEG",
        "opposition": "OPP", "dissident": "OPP", "protester": "OPP", "activist": "OPP",
        "police": "COP", "policeman": "COP", "police officer": "COP",
        "civilian": "CVL", "resident": "CVL", "citizen": "CVL", "people": "CVL", "refugee": "REF",
        "spy": "SPY", "intelligence": "SPY", "intelligence service": "SPY", "security service": "SPY",
        "court": "JUD", "judge": "JUD", "prosecutor": "JUD", "business": "BUS", "company": "BUS", "companies": "BUS",
        "investor": "BUS", "bank": "BUS",
    ]

    /// The file's contents.
    func build() throws -> String {
        let text = try KBSourceFiles.text(sources.appendingPathComponent("petrarch2-phoenix/Phoenix.agents.txt"), latin1: true)
        var subs: [String: [String]] = [:]
        var codes: [String: String] = [:]
        for raw in text.split(separator: "\n") {
            var line = String(raw)
            if let hash = line.firstIndex(of: "#") { line = String(line[..<hash]) }
            line = line.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("!"), let eq = line.firstIndex(of: "=") {
                let name = line[..<eq].trimmingCharacters(in: .whitespaces)
                subs[name] = line[line.index(after: eq)...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                continue
            }
            guard let open = line.range(of: "[~"), let close = line[open.upperBound...].firstIndex(of: "]") else { continue }
            let code = String(line[open.upperBound..<close])
            var phrase = String(line[..<open.lowerBound]).replacingOccurrences(of: "{}", with: "")
            phrase = phrase.trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty, code.allSatisfy({ $0.isUppercase }), !phrase.isEmpty else { continue }
            for expanded in expand(phrase.lowercased(), subs) {
                let p = expanded.replacingOccurrences(of: "_", with: " ").split(separator: " ").joined(separator: " ")
                guard !p.isEmpty, p.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) else { continue }
                if codes[p] == nil { codes[p] = code }
                if !p.hasSuffix("s"), codes[p + "s"] == nil { codes[p + "s"] = code }
            }
        }
        for (p, c) in Self.hand { codes[p] = c; if !p.hasSuffix("s") { codes[p + "s"] = c } }
        var out = "# Sector nouns: phrase<TAB>CAMEO sector code. From Phoenix.agents.txt (MIT, Open Event Data Alliance) and hand entries.\n"
        for (p, c) in codes.sorted(by: { $0.key < $1.key }) { out += "\(p)\t\(c)\n" }
        return out
    }

    private func expand(_ phrase: String, _ subs: [String: [String]]) -> [String] {
        for (name, options) in subs.sorted(by: { $0.key < $1.key }) {
            let key = name.lowercased()
            if let r = phrase.range(of: key) {
                return options.flatMap { expand(phrase.replacingCharacters(in: r, with: $0), subs) }
            }
        }
        return [phrase]
    }
}
