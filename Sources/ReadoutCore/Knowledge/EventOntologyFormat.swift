import Foundation

/// Line formats of the compiled ontology files `plover.tsv` and `cameo.tsv`.
///
/// `plover.tsv` rows (tab-separated, `#` comments):
/// - `type  NAME  quad  score  requiresRecipient(0/1)  description`
/// - `mode  TYPE  mode  score  description`
/// - `context  name  description`
///
/// `cameo.tsv` rows: `code  description  goldstein  quadClass  ploverType  ploverMode  ploverContext`.
public enum EventOntologyFormat {
    /// Reads `plover.tsv` and `cameo.tsv` from `directory`; missing files give empty tables.
    public static func load(directory: URL) -> EventOntology {
        var types: [String: PloverType] = [:]
        var contexts: [String: String] = [:]
        for row in rows(directory.appendingPathComponent("plover.tsv")) {
            switch row.first {
            case "type" where row.count >= 4:
                let previous = types[row[1]]
                types[row[1]] = PloverType(name: row[1], quad: row[2], score: Double(row[3]), modes: previous?.modes ?? [:],
                                           description: row.count > 5 ? row[5] : "",
                                           requiresRecipient: row.count > 4 && row[4] == "1")
            case "mode" where row.count >= 4:
                var t = types[row[1]] ?? PloverType(name: row[1], quad: "", score: nil)
                t.modes[row[2]] = .some(Double(row[3]))
                types[row[1]] = t
            case "context" where row.count >= 2:
                contexts[row[1]] = row.count > 2 ? row[2] : ""
            default:
                continue
            }
        }
        var cameo: [String: CameoCode] = [:]
        for row in rows(directory.appendingPathComponent("cameo.tsv")) where row.count >= 2 {
            func col(_ i: Int) -> String? { i < row.count && !row[i].isEmpty ? row[i] : nil }
            cameo[row[0]] = CameoCode(code: row[0], description: row[1], goldstein: col(2).flatMap(Double.init),
                                      ploverType: col(4), ploverMode: col(5), ploverContext: col(6),
                                      quadClass: col(3).flatMap { Int($0) })
        }
        return EventOntology(types: types, cameo: cameo, contexts: contexts)
    }

    /// Tab-separated rows of a file, without comments and blank lines.
    static func rows(_ url: URL) -> [[String]] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            if line.isEmpty || line.hasPrefix("#") { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }
}
