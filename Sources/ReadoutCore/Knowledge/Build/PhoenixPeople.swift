import Foundation

/// People with dated actor codes from the PETRARCH2 Phoenix dictionaries (MIT; the country file derives
/// from CountryInfo, CC BY-SA 3.0). Lowest priority: they carry codes and dates but rarely titles.
struct PhoenixPeople {
    /// The `kb-sources` directory.
    let sources: URL
    /// Phoenix organisation codes mapped to ours.
    let organizationCodes: [String: String]
    /// Roles that ended before this year are dropped (`readout kb build --people-since`).
    var sinceYear = "2010"

    /// People from the country and international dictionaries.
    func people() throws -> [KBEntry] {
        let importer = PetrarchImporter(organizationCodes: organizationCodes)
        var out: [KBEntry] = []
        for file in ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"] {
            let url = sources.appendingPathComponent("petrarch2-phoenix/" + file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw KBBuildError(message: "cannot read \(url.path)")
            }
            for var e in importer.entries(from: data).entries where e.kind == .person {
                e.roles = e.roles.filter { ($0.to ?? "9999") >= sinceYear && $0.actorCode.count >= 3 }
                guard !e.roles.isEmpty, e.name.contains(" "), Self.looksLikeName(e.name) else { continue }
                e.aliases = e.aliases.filter { $0.contains(" ") && !RoleTitles.officeMentioned(in: $0) && Self.looksLikeName($0) }
                e.id = "phoenix:" + KBSourceFiles.slug(e.name)
                out.append(e)
            }
        }
        return out
    }

    /// A personal name: letters, spaces, dots, hyphens and apostrophes; no office words.
    static func looksLikeName(_ s: String) -> Bool {
        s.allSatisfy { $0.isLetter || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" } && !RoleTitles.officeMentioned(in: s)
    }
}
