/// Countries for actors the knowledge base does not know, from the words around them.
///
/// Two passes run after the walk:
/// - an organisation whose name starts with a country name or demonym ("Latvian Constitutional Court",
///   "Kenya Anti-Corruption Commission") gets that country, and a sector from its head noun when it names one;
/// - a person with a title but no country ("President X" for someone not in the knowledge base) takes the
///   country of the sentence when the sentence points to exactly one: a demonym ("the Zambian people"), a place
///   with a country ("in Algiers"), a country after "in" ("rebels in Zimbabwe") or a possessive ("Iraq's"), or
///   an organisation or person of that country. A bare country name as an argument ("action against Russia")
///   does not count: a president acting against a country is rarely its own.
extension EntityResolver {
    /// Sector codes by the head noun of an organisation's name.
    static let headSectors: [String: String] = [
        "court": "JUD", "tribunal": "JUD", "judiciary": "JUD",
        "parliament": "LEG", "assembly": "LEG", "senate": "LEG", "congress": "LEG", "legislature": "LEG",
        "army": "MIL", "military": "MIL", "navy": "MIL", "forces": "MIL",
        "police": "COP",
        "ministry": "GOV", "government": "GOV", "commission": "GOV", "cabinet": "GOV", "presidency": "GOV",
        "union": "LAB", "party": "PTY", "front": "REB", "movement": "REB",
    ]

    /// Suffixes after "<Demonym>-" that keep the country ("Vietnamese-led"); "Israeli-occupied" does not.
    static let ownHyphenSuffixes: Set<String> = ["led", "run", "owned", "based", "born"]

    /// Titles written next to a name that the walk may not read as a role.
    static let titleWords: Set<String> = [
        "judge", "vice-president", "president", "prime", "minister", "governor", "mayor", "senator", "general",
        "colonel", "commander", "ambassador", "king", "queen", "emir", "sheikh", "prince", "premier", "chancellor",
    ]

    /// Sector of a person by their title: judges are the judiciary, generals the military, others the government.
    static func sector(ofTitle title: String) -> String {
        let t = title.lowercased()
        if t.contains("judge") || t.contains("justice") || t.contains("prosecutor") { return "JUD" }
        if t.contains("general") && !t.contains("secretary") && !t.contains("attorney") { return "MIL" }
        if t.contains("commander") || t.contains("colonel") || t.contains("admiral") { return "MIL" }
        return "GOV"
    }

    /// Fills in countries of unknown organisations and titled people (see the type comment).
    mutating func inheritCountries() {
        let prefixed: Set<EntityKind> = [.organization, .group, .unknown]
        for d in drafts.indices where prefixed.contains(drafts[d].kind) && drafts[d].country == nil && drafts[d].kbID == nil {
            var words = drafts[d].name.split(separator: " ")
            if words.first == "The" || words.first == "the" { words.removeFirst() }
            // "Vietnamese-led forces", "Iraqi Kurds", "Bosnian Serbs": a demonym before a hyphen or another name.
            let hyphenated = words.first?.split(separator: "-", maxSplits: 1) ?? []
            let first = hyphenated.first.map(String.init) ?? ""
            if hyphenated.count == 2, !EntityResolver.ownHyphenSuffixes.contains(String(hyphenated[1])) { continue }
            guard words.count >= 2 || hyphenated.count == 2, let code = gaz.countryByWord[first] else { continue }
            drafts[d].country = code
            let head = words.last.map { $0.lowercased() } ?? ""
            if let sector = EntityResolver.headSectors[head] {
                drafts[d].sector = sector
                drafts[d].actorCode = code + sector
            } else {
                drafts[d].actorCode = code
            }
        }
        var tokenAt: [Int: Int] = [:]
        var people: [Int] = []
        for p in drafts.indices where drafts[p].kind == .person && drafts[p].country == nil && drafts[p].kbID == nil {
            if (drafts[p].role ?? "").isEmpty {
                // A title the walk left outside the role: "Judge X", "Vice-President X".
                if tokenAt.isEmpty { for (i, t) in tokens.enumerated() { tokenAt[t.start] = i } }
                guard let m = drafts[p].mentions.first, let ti = tokenAt[m.start] else { continue }
                let inside = drafts[p].name.split(separator: " ").first.map { String($0) } ?? ""
                let before = ti > 0 ? text(ti - 1) : ""
                guard let title = [inside, before].first(where: { EntityResolver.titleWords.contains($0.lowercased()) }) else { continue }
                drafts[p].role = title
            }
            people.append(p)
        }
        guard !people.isEmpty else { return }
        if tokenAt.isEmpty { for (i, t) in tokens.enumerated() { tokenAt[t.start] = i } }
        for p in people {
            guard let firstMention = drafts[p].mentions.first, let ti = tokenAt[firstMention.start] else { continue }
            let sentence = tokens[ti].sentence
            var found = Set<String>()
            for d in drafts.indices where d != p {
                guard let code = drafts[d].country, code.utf8.count == 3 else { continue }
                for m in drafts[d].mentions {
                    guard let mi = tokenAt[m.start], tokens[mi].sentence == sentence else { continue }
                    if drafts[d].kind == .country, m.text == drafts[d].name {
                        var b = mi - 1
                        if b > 0, text(b).lowercased() == "the" { b -= 1 }
                        let before = b >= 0 ? text(b).lowercased() : ""
                        var after = mi + 1
                        while after < tokens.count, tokens[after].start < m.end { after += 1 }
                        let possessive = after < tokens.count && (text(after) == "'s" || text(after) == "’s")
                        guard before == "in" || possessive else { continue }
                    }
                    found.insert(code)
                }
            }
            guard found.count == 1, let code = found.first else { continue }
            let sector = EntityResolver.sector(ofTitle: drafts[p].role ?? "")
            drafts[p].country = code
            drafts[p].sector = sector
            drafts[p].actorCode = code + sector
        }
    }
}
