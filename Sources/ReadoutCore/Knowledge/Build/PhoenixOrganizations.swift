import Foundation

/// Organisations from the Phoenix dictionaries: IGOs and NGOs (International) and
/// non-state armed groups (MilNonState). Lowest priority: names already known are skipped.
struct PhoenixOrganizations {
    /// The `kb-sources` directory.
    let sources: URL
    /// Phoenix organisation codes mapped to ours.
    let organizationCodes: [String: String]
    /// Folded names already taken by countries, hand organisations and seats.
    let knownNames: Set<String>
    /// ISO alpha-3 codes of countries (CAMEO region codes like `WAF` are not countries).
    let countryCodes: Set<String>

    /// The organisations.
    func organizations() throws -> [KBEntry] {
        let importer = PetrarchImporter(organizationCodes: organizationCodes)
        var out: [KBEntry] = []
        var seen = knownNames
        for file in ["Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"] {
            let url = sources.appendingPathComponent("petrarch2-phoenix/" + file)
            guard let data = FileManager.default.contents(atPath: url.path) else { throw KBBuildError(message: "cannot read \(url.path)") }
            for var e in importer.entries(from: data).entries where e.kind != .person && e.kind != .country {
                guard let code = e.actorCode, code.count >= 3 else { continue }
                var name = e.name
                var aliases = e.aliases
                if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
                    let inner = name[name.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
                    if inner.count >= 2 { aliases.insert(inner.uppercased(), at: 0) }
                    name = name[..<open].trimmingCharacters(in: .whitespaces)
                }
                guard name.count >= 3, name.contains(where: \.isLetter) else { continue }
                // Companies (MNC…) are left out: rarely actors in political news, and they did not help NER on the
                // CoNLL dev set (F1 0.5726 without, 0.5715 with all 4,379 of them).
                if code.hasPrefix("MNC") { continue }
                if !name.contains(" ") && name.count <= 6 { aliases.append(name.uppercased()) }
                let key = KBSourceFiles.fold(name).lowercased()
                guard !seen.contains(key) else { continue }
                seen.insert(key)
                e.name = name
                e.kind = .organization
                // Aliases like "the Foundation" or "the Avengers" are nicknames that match ordinary phrases.
                e.aliases = aliases.filter {
                    $0.count >= 3 && $0 != name && !$0.hasPrefix("the ") && !$0.hasPrefix("The ") && $0.contains(" ") == ($0.count > 6)
                        && !seen.contains(KBSourceFiles.fold($0).lowercased())
                }
                let prefix = String(code.prefix(3))
                if ["IGO", "NGO", "MNC", "IMG"].contains(prefix) || organizationCodes.values.contains(code)
                    || !countryCodes.contains(prefix) {
                    e.country = nil; e.sector = nil
                }
                e.id = "phoenix:" + KBSourceFiles.slug(name)
                out.append(e)
            }
        }
        return out
    }
}
