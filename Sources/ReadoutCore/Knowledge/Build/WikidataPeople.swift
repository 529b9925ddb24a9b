import Foundation

/// People with dated offices from the Wikidata query results in `everypolitician-wikidata` (CC0).
struct WikidataPeople {
    /// The `kb-sources` directory.
    let sources: URL
    /// Folded country names and aliases → alpha-3.
    let countryCodes: [String: String]
    /// Alpha-3 → every name of the country (for stripping "of Russia" from position labels).
    let countryNames: [String: [String]]

    private var dir: URL { sources.appendingPathComponent("everypolitician-wikidata") }

    /// Cabinets, foreign ministers and IGO office-holders: exact start dates (priority 1).
    func exact() throws -> [KBEntry] {
        var out: [KBEntry] = []
        let cabinets = ["us-cabinet": "USA", "russia-cabinet": "RUS", "ukraine-cabinet": "UKR",
                        "united-kingdom-cabinet": "GBR", "france-cabinet": "FRA", "china-ministers": "CHN"]
        for (file, a3) in cabinets.sorted(by: { $0.key < $1.key }) {
            for row in try KBSourceFiles.csv(dir.appendingPathComponent("\(file)_current-cabinet.csv")) {
                guard let name = row["itemLabel"], !name.isEmpty, !name.hasPrefix("Q"), let label = row["positionLabel"] else { continue }
                out.append(person(id: row["item"], name: name, label: label, country: a3, from: day(row["start"]), to: nil))
            }
        }
        for file in ["world_foreign-ministers_wikidata.2022-08-08.csv", "world_foreign-ministers_wikidata.csv"] {
            for row in try KBSourceFiles.csv(dir.appendingPathComponent(file)) {
                let name = row["name"] ?? row["personLabel"] ?? ""
                guard !name.isEmpty, !name.hasPrefix("Q"), let countryLabel = row["countryLabel"],
                      let a3 = countryCodes[PeopleBook.key(countryLabel)] else { continue }
                var p = person(id: row["person"], name: name, label: row["positionLabel"] ?? "Minister of Foreign Affairs",
                               country: a3, from: day(row["start"]), to: nil)
                for i in p.roles.indices where p.roles[i].office != "Foreign Minister" {
                    p.roles[i].office = "Foreign Minister"
                }
                out.append(p)
            }
        }
        for row in try KBSourceFiles.csv(dir.appendingPathComponent("world_igo-officeholders_holders21.csv")) {
            guard let name = row["person"], !name.isEmpty, let position = row["position"],
                  let (title, org) = Self.igoPosition(position) else { continue }
            let office = RoleTitles.office(for: title, country: org)
            var e = KBEntry(id: row["personID"].map { "wd:" + $0 } ?? "person:" + KBSourceFiles.slug(name), name: name, kind: .person)
            e.roles = [KBRole(title: title, country: org, actorCode: org, from: day(row["start"]), to: day(row["end"]), office: office)]
            out.append(e)
        }
        return out
    }

    /// Heads of state and government in office 2021–22, year precision (priority 2).
    func worldLeaders() throws -> [KBEntry] {
        var out: [KBEntry] = []
        for row in try KBSourceFiles.csv(dir.appendingPathComponent("world-leaders-2021_wikidata.csv")) {
            guard let name = row["officeholderLabel"], !name.isEmpty, !name.hasPrefix("Q"),
                  let countryLabel = row["country"], let a3 = countryCodes[PeopleBook.key(countryLabel)],
                  let label = row["positionLabel"] else { continue }
            let start = row["start_year"].flatMap { $0.isEmpty ? nil : $0 }
            let end = row["end_year"].flatMap { $0.isEmpty ? nil : $0 }
            out.append(person(id: row["officeholder"], name: name, label: label, country: a3, from: start, to: end))
        }
        return out
    }

    private func person(id: String?, name: String, label: String, country: String, from: String?, to: String?) -> KBEntry {
        let (title, office) = PositionClassifier.classify(label, country: country, countryNames: countryNames[country] ?? [])
        var e = KBEntry(id: id.map { "wd:" + $0 } ?? "person:" + KBSourceFiles.slug(name), name: name, kind: .person)
        e.roles = [KBRole(title: title.isEmpty ? label : title, country: country, actorCode: country + "GOV",
                          from: from, to: to, office: office)]
        return e
    }

    private func day(_ s: String?) -> String? {
        guard let s, s.count >= 10 else { return nil }
        let d = String(s.prefix(10))
        return ISODay.isValid(d) ? d : nil
    }

    /// Title and organisation code for an IGO position label; nil for positions without a clear organisation.
    static func igoPosition(_ label: String) -> (String, String)? {
        let table: [(String, String, String)] = [
            ("Deputy Secretary-General of the United Nations", "Deputy Secretary-General", "UNO"),
            ("Under-Secretary-General of the United Nations", "Under-Secretary-General", "UNO"),
            ("Secretary-General of the United Nations", "Secretary-General", "UNO"),
            ("President of the United Nations General Assembly", "President of the General Assembly", "UNO"),
            ("Director-General of the World Trade Organization", "Director-General", "WTO"),
            ("OSCE High Commissioner on National Minorities", "High Commissioner on National Minorities", "OSCE"),
            ("Vice President of the International Court of Justice", "Vice-President of the Court", "ICJ"),
            ("President of the International Court of Justice", "President of the Court", "ICJ"),
            ("Judge of the International Court of Justice", "Judge", "ICJ"),
            ("president of the Parliamentary Assembly of the Council of Europe", "President of the Parliamentary Assembly", "COE"),
        ]
        for (full, title, org) in table where label == full { return (title, org) }
        return nil
    }
}
