import Foundation

/// Merges people from every source in priority order: hand table, Wikidata exact dates,
/// world-leaders-2021, REIGN, Phoenix dictionaries. A newer holder of a single-holder office closes an
/// older open-ended term.
struct PeopleMerger {
    /// The `kb-sources` directory.
    let sources: URL
    /// Phoenix organisation codes mapped to our actor codes.
    let phoenixOrgCodes: [String: String]
    /// The country entries (for resolving country names in the sources).
    let countries: [KBEntry]
    /// Phoenix people whose every role ended before this year are left out.
    var phoenixSince = "2010"

    /// All people, merged.
    func merged() throws -> [KBEntry] {
        var codes: [String: String] = [:]
        var names: [String: [String]] = [:]
        for c in countries {
            guard let a3 = c.actorCode else { continue }
            for n in [c.name] + c.aliases {
                if codes[PeopleBook.key(n)] == nil { codes[PeopleBook.key(n)] = a3 }
                names[a3, default: []].append(n)
            }
        }
        let wikidata = WikidataPeople(sources: sources, countryCodes: codes, countryNames: names)
        var book = PeopleBook()
        for p in HandTableParser.people(HandPrincipals.table + "\n" + HandPrincipalsWorld.table) { book.add(p, priority: 0) }
        for p in try wikidata.exact() { book.add(p, priority: 1) }
        for p in try wikidata.worldLeaders() { book.add(p, priority: 2) }
        for p in try PhoenixPeople(sources: sources, organizationCodes: phoenixOrgCodes, sinceYear: phoenixSince).people() { book.add(p, priority: 4) }
        return book.finish()
    }
}

/// People keyed by folded name, with roles merged by source priority.
struct PeopleBook {
    private(set) var people: [KBEntry] = []
    private var index: [String: Int] = [:]
    /// (office, country) → periods already claimed by higher-priority sources, with the person index.
    private var claimed: [String: [(from: String, to: String, person: Int, priority: Int)]] = [:]

    /// Folded key for a name.
    static func key(_ name: String) -> String { KBSourceFiles.fold(name).lowercased() }

    /// Adds a person (or merges into one with the same name or alias); lower priority numbers win.
    mutating func add(_ person: KBEntry, priority: Int) {
        let keys = [person.name] + person.aliases.filter { $0.contains(" ") }
        var at: Int? = nil
        for k in keys where at == nil { at = index[Self.key(k)] }
        if at == nil {
            at = people.count
            people.append(KBEntry(id: person.id, name: person.name, kind: .person, actorCode: person.actorCode,
                                  country: person.country, sector: person.sector, aliases: person.aliases))
        } else {
            var p = people[at!]
            for a in [person.name] + person.aliases where a != p.name && !p.aliases.contains(a) { p.aliases.append(a) }
            people[at!] = p
        }
        let i = at!
        for k in keys { if index[Self.key(k)] == nil { index[Self.key(k)] = i } }
        for role in person.roles {
            let slot = role.office + "@" + (role.country ?? "")
            let from = role.from ?? "0000", to = role.to ?? "9999"
            if RoleTitles.singleHolder.contains(role.office) {
                let conflict = (claimed[slot] ?? []).contains { c in
                    c.priority < priority && c.from <= to && from <= c.to
                }
                if conflict { continue }
            }
            if people[i].roles.contains(where: { $0.office == role.office && $0.country == role.country && $0.from == role.from }) { continue }
            people[i].roles.append(role)
            claimed[slot, default: []].append((from, to, i, priority))
        }
    }

    /// Closes open-ended terms of single-holder offices at the next holder's start and fills codes.
    func finish() -> [KBEntry] {
        var out = people
        var slots: [String: [(person: Int, role: Int)]] = [:]
        for (p, person) in out.enumerated() {
            for (r, role) in person.roles.enumerated() where RoleTitles.singleHolder.contains(role.office) {
                slots[role.office + "@" + (role.country ?? ""), default: []].append((p, r))
            }
        }
        for (_, refs) in slots where refs.count > 1 {
            let sorted = refs.sorted { (out[$0.person].roles[$0.role].from ?? "") < (out[$1.person].roles[$1.role].from ?? "") }
            for (n, ref) in sorted.enumerated() where out[ref.person].roles[ref.role].to == nil {
                let start = out[ref.person].roles[ref.role].from ?? ""
                guard let next = sorted[(n + 1)...].first(where: {
                    $0.person != ref.person && (out[$0.person].roles[$0.role].from ?? "") > start
                }), let nextFrom = out[next.person].roles[next.role].from else { continue }
                out[ref.person].roles[ref.role].to = Self.dayBefore(nextFrom)
            }
        }
        return out.filter { !$0.roles.isEmpty || !$0.aliases.isEmpty }.map(HandTableParser.fillPersonCodes)
    }

    /// The day before a `YYYY-MM-DD` date; coarser dates are returned unchanged.
    static func dayBefore(_ date: String) -> String {
        guard date.count == 10, let day = ISODay(date) else { return date }
        return day.adding(days: -1).description
    }
}
