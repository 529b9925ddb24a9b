import Foundation

/// Compiles the PLOVER ontology and the CAMEO code table into `plover.tsv` and `cameo.tsv`.
struct OntologyBuilder {
    /// The `kb-sources` directory.
    let sources: URL

    /// The two files' contents.
    func build() throws -> (plover: String, cameo: String) {
        var plover = "# PLOVER event types, modes and contexts. Derived from openeventdata/PLOVER PLOVER_MANUAL.tex (CC BY-SA 4.0).\n"
        plover += "# ACCUSE base score corrected from +3 (a typo in the manual's table) to -3.\n"
        guard let root = try KBSourceFiles.json(sources.appendingPathComponent("plover/plover_ontology.derived.json")) as? [String: Any],
              let events = root["events"] as? [[String: Any]] else {
            throw KBBuildError(message: "plover/plover_ontology.derived.json has no events list")
        }
        func clean(_ s: String) -> String { s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
        func num(_ v: Any?) -> String { (v as? Double).map { String($0) } ?? (v as? Int).map { String(Double($0)) } ?? "" }
        for e in events {
            guard let name = e["name"] as? String else { continue }
            var score = num(e["score"])
            if name == "ACCUSE", score == "3.0" { score = "-3.0" }
            let quad = (e["quad_category"] as? String ?? "").lowercased()
            let req = (e["requires_recipient"] as? Bool ?? false) ? "1" : "0"
            plover += "type\t\(name)\t\(quad)\t\(score)\t\(req)\t\(clean(e["description"] as? String ?? ""))\n"
            for m in e["modes"] as? [[String: Any]] ?? [] {
                guard let mode = m["name"] as? String else { continue }
                plover += "mode\t\(name)\t\(mode)\t\(num(m["score"]))\t\(clean(m["description"] as? String ?? ""))\n"
            }
        }
        for c in root["contexts"] as? [[String: Any]] ?? [] {
            guard let name = c["name"] as? String else { continue }
            plover += "context\t\(name)\t\(clean(c["description"] as? String ?? ""))\n"
        }
        var cameo = "# CAMEO event codes: code, description, Goldstein, quad class, PLOVER type, mode, context.\n"
        cameo += "# From kb-sources cameo_event_codes.derived.tsv (GDELT lookups; Phoenix MIT; PLOVER CC BY-SA 4.0).\n"
        let tsv = try KBSourceFiles.text(sources.appendingPathComponent("cameo/cameo_event_codes.derived.tsv"))
        for line in tsv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 8 else { continue }
            let goldstein = f[4].isEmpty ? f[5] : f[4]
            let col = { (i: Int) in i < f.count ? f[i] : "" }
            cameo += [f[0], f[3], goldstein, f[6], col(8), col(9), col(10)].joined(separator: "\t") + "\n"
        }
        return (plover, cameo)
    }
}
