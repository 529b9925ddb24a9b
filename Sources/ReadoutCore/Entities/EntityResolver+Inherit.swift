/// Countries for actors the knowledge base does not know, from the words around them.
///
/// Passes run after the walk (the acronym, place and local-group passes are in EntityResolver+LocalNames.swift):
/// - an organisation whose name starts with a country name or demonym ("Latvian Constitutional Court",
///   "Kenya Anti-Corruption Commission") gets that country, and a sector from its head noun when it names one;
/// - a person with a title but no country ("President X" for someone not in the knowledge base), or an untitled
///   person with a full name (country only, no sector), takes the
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
        predecessorCountries()
        for d in drafts.indices where drafts[d].country == nil
            && (drafts[d].kind == .organization || drafts[d].kind == .group || drafts[d].kind == .unknown) {
            if drafts[d].kbID != nil {
                // A known organisation coded by region ("MEAREB") but named by a country ("Palestinian ...").
                guard let code = drafts[d].actorCode, code.utf8.count >= 3,
                      gaz.entryByCode[String(code.prefix(3))].map({ entries[$0].kind != .country }) ?? true,
                      let first = EntityResolver.words(drafts[d].name).first, let country = gaz.countryByWord[String(first)]
                else { continue }
                drafts[d].country = country
                continue
            }
            var words = EntityResolver.words(drafts[d].name)
            if words.first == "The" || words.first == "the" { words.removeFirst() }
            // "Vietnamese-led forces", "Iraqi Kurds", "Bosnian Serbs": a demonym before a hyphen or another name.
            let hyphenated = words.first.map(EntityResolver.splitAtFirstHyphen) ?? []
            let first = hyphenated.first.map(String.init) ?? ""
            if hyphenated.count == 2, !EntityResolver.ownHyphenSuffixes.contains(String(hyphenated[1])) { continue }
            var prefixCode = words.count >= 2 || hyphenated.count == 2 ? gaz.countryByWord[first] : nil
            if prefixCode == nil, drafts[d].kind == .organization, words.count >= 2, let m = drafts[d].mentions.first,
               let ti = tokenIndex(startingAt: m.start), let c = draftEnding(at: ti - 1), drafts[c].kind == .country {
                // "Ukrainian" + "Constitutional Court" read as a demonym and a name.
                prefixCode = drafts[c].country
            }
            guard let code = prefixCode else { continue }
            drafts[d].country = code
            let head = words.last.map { $0.lowercased() } ?? ""
            if let sector = EntityResolver.headSectors[head] {
                drafts[d].sector = sector
                drafts[d].actorCode = code + sector
            } else {
                drafts[d].actorCode = code
            }
        }
        mergeAcronyms()
        placeUnknownNames()
        localGroups()
        locatedUnknownGroups()
        ethnicMinorities()
        var people: [Int] = []
        for p in drafts.indices where drafts[p].kind == .person && drafts[p].country == nil && drafts[p].kbID == nil {
            if (drafts[p].role ?? "").isEmpty {
                // A title the walk left outside the role: "Judge X", "Vice-President X".
                guard let m = drafts[p].mentions.first, let ti = tokenIndex(startingAt: m.start) else { continue }
                let inside = EntityResolver.words(drafts[p].name).first.map { String($0) } ?? ""
                let before = ti > 0 ? text(ti - 1) : ""
                if let title = [inside, before].first(where: { EntityResolver.titleWords.contains($0.lowercased()) }) {
                    drafts[p].role = title
                } else if !EntityResolver.hasSpace(drafts[p].name) {
                    continue
                }
            }
            if titleHolder(p) { continue }
            people.append(p)
        }
        // Unknown organisations ("the Islamic Salvation Front") also take the one country of their sentence.
        for o in drafts.indices where (drafts[o].kind == .organization || drafts[o].kind == .unknown) && drafts[o].country == nil && drafts[o].kbID == nil
            && drafts[o].actorCode == nil && (EntityResolver.hasSpace(drafts[o].name) || drafts[o].kind == .unknown)
            && !EntityResolver.words(drafts[o].name).contains(where: { EntityResolver.internationalWords.contains($0) }) {
            people.append(o)
        }
        guard !people.isEmpty else { return }
        // The drafts with a mention in each sentence, in draft order, so each name looks only at its own sentence.
        var draftsBySentence = [[Int]](repeating: [], count: Int(tokens.last?.sentence ?? 0) + 1)
        for d in drafts.indices {
            for m in drafts[d].mentions {
                guard let mi = tokenIndex(startingAt: m.start) else { continue }
                let key = Int(tokens[mi].sentence)
                if draftsBySentence[key].last != d { draftsBySentence[key].append(d) }
            }
        }
        for p in people {
            guard let firstMention = drafts[p].mentions.first, let ti = tokenIndex(startingAt: firstMention.start) else { continue }
            let sentence = tokens[ti].sentence
            var found = Set<String>()
            for d in draftsBySentence[Int(sentence)] where d != p {
                guard let code = drafts[d].country, code.utf8.count == 3 else { continue }
                for m in drafts[d].mentions {
                    guard let mi = tokenIndex(startingAt: m.start), tokens[mi].sentence == sentence else { continue }
                    if drafts[d].kind == .country, m.text == drafts[d].name {
                        var b = mi - 1
                        if b > 0, isText(b, ignoringCase: "the") { b -= 1 }
                        var after = mi + 1
                        while after < tokens.count, tokens[after].start < m.end { after += 1 }
                        let possessive = isText(after, "'s") || isText(after, "’s")
                        guard isText(b, ignoringCase: "in") || possessive else { continue }
                    }
                    found.insert(code)
                }
            }
            guard found.count == 1, let code = found.first else {
                // No country from the sentence: a titled surname may still name one prominent known person.
                if let title = drafts[p].office ?? drafts[p].role, !title.isEmpty, !EntityResolver.hasSpace(drafts[p].name) {
                    _ = surnameCountry(p, surname: drafts[p].name, title: title)
                }
                continue
            }
            drafts[p].country = code
            // An untitled person ("Zoran Djindjic") gets the country only: their sector is not known.
            guard !(drafts[p].role ?? "").isEmpty else { drafts[p].actorCode = code; continue }
            let sector = EntityResolver.sector(ofTitle: drafts[p].role ?? "")
            drafts[p].sector = sector
            drafts[p].actorCode = code + sector
        }
    }

    /// The words of a name, as `name.split(separator: " ")` (ASCII names are split by bytes, which is the same).
    static func words(_ name: String) -> [Substring] {
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return name.split(separator: " ") }
        var words: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 32 {
                if start != i { words.append(name[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { words.append(name[start..<utf8.endIndex]) }
        return words
    }

    /// `word.split(separator: "-", maxSplits: 1)`, worked out over the bytes when the word is ASCII (where every
    /// byte is a character): empty pieces are dropped and the first non-empty piece ends the splitting.
    static func splitAtFirstHyphen(_ word: Substring) -> [Substring] {
        let utf8 = word.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return word.split(separator: "-", maxSplits: 1) }
        var pieces: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 45 {
                let appended = start != i
                if appended { pieces.append(word[start..<i]) }
                i = utf8.index(after: i)
                start = i
                if appended { break }
                continue
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { pieces.append(word[start..<utf8.endIndex]) }
        return pieces
    }

    /// True when a name contains a space, as `name.contains(" ")` (ASCII names are tested by bytes).
    static func hasSpace(_ name: String) -> Bool {
        guard name.utf8.contains(32) else { return false }
        return name.utf8.allSatisfy({ $0 < 0x80 }) || name.contains(" ")
    }

    /// Words that make an organisation's name international rather than national ("Third World Water Forum").
    static let internationalWords: Set<Substring> = [
        "World", "International", "Global", "United", "Nations", "African", "European", "Asian", "Arab", "Islamic",
        "Atlantic", "Pacific", "Regional", "Forum", "Council",
    ]

    /// "President Bush" when the knowledge base has several people named Bush: the one holding that title on the
    /// document date (any country) whose name ends with the written surname gives the person's country and code.
    mutating func titleHolder(_ p: Int) -> Bool {
        guard let title = drafts[p].office ?? drafts[p].role, !title.isEmpty,
              let surname = EntityResolver.words(drafts[p].name).last.map(String.init), surname.utf8.count >= 3 else { return false }
        var match: (entry: KBEntry, role: KBRole)?
        let surnameLast = surname.utf8.last ?? 0
        // The holders in any order: the answer is the one matching person, wherever it stands.
        for ref in gaz.kb.unorderedHoldings(of: title, country: nil, on: date) {
            // Cheap test first: names whose last letter (ASCII) differs cannot end with the surname.
            let last = entries[Int(ref.entry)].name.utf8.last ?? 0
            if last != surnameLast, last < 0x80, last != 32, surnameLast < 0x80 { continue }
            let entry = entries[Int(ref.entry)]
            guard EntityResolver.words(entry.name).last.map(String.init) == surname || entry.name.hasSuffix(" " + surname),
                  let role = currentRole(of: entry, preferring: officeName(title)) else { continue }
            if let m = match, m.entry.id != entry.id { return false }
            match = (entry, role)
        }
        guard let (entry, role) = match, let country = role.country ?? entry.country else { return false }
        drafts[p].country = country
        drafts[p].actorCode = role.actorCode
        if role.actorCode.utf8.count == 6 { drafts[p].sector = String(role.actorCode.suffix(3)) }
        return true
    }

    /// "President Bush" with no dated holder in the knowledge base: the country of the known people with that
    /// surname when they share one, else of the most prominent of them (the one known under clearly more names,
    /// "George Bush" with five aliases over a local politician with none), with the sector of the title.
    mutating func surnameCountry(_ p: Int, surname: String, title: String) -> Bool {
        var best: (country: String, names: Int)?
        var runnerUp = -1
        var countries = Set<String>()
        for i in EntitySurnameIndex.people(named: surname, in: gaz.kb) {
            let entry = entries[i]
            guard let c = entry.country else { continue }
            countries.insert(c)
            let names = entry.aliases.count
            if let b = best {
                if names > b.names { runnerUp = b.names; best = (c, names) } else { runnerUp = max(runnerUp, names) }
            } else {
                best = (c, names)
            }
        }
        guard let best, countries.count == 1 || best.names >= runnerUp + 2 else { return false }
        let sector = EntityResolver.sector(ofTitle: title)
        drafts[p].country = best.country
        drafts[p].sector = sector
        drafts[p].actorCode = best.country + sector
        return true
    }

    /// Countries that split from another, with the day they became independent: before it, their places and
    /// actors belong to the country they left (Juba in 1990 is in Sudan).
    static let successorStates: [String: (predecessor: String, from: String)] = [
        "SSD": ("SDN", "2011-07-09"), "ERI": ("ETH", "1993-05-24"),
    ]

    /// Codes a document dated before a successor state's independence with its predecessor's code.
    mutating func predecessorCountries() {
        for d in drafts.indices {
            guard let c = drafts[d].country, let s = EntityResolver.successorStates[c], date < s.from else { continue }
            drafts[d].country = s.predecessor
            if let code = drafts[d].actorCode, code.hasPrefix(c) { drafts[d].actorCode = s.predecessor + code.dropFirst(3) }
        }
    }

    /// "Ethnic Albanians in Serbia", "ethnic Albanian guerrillas operating in Macedonia": a people named as an
    /// ethnic group is coded by the country it lives in, when the sentence places it in exactly one other country
    /// ("in X" or "X's" preferred). The country itself keeps its other mentions.
    mutating func ethnicMinorities() {
        var i = 0
        while i + 1 < tokens.count {
            defer { i += 1 }
            guard isText(i, ignoringCase: "ethnic"), let g = draftStarting(at: i + 1), let home = drafts[g].country,
                  let host = hostCountry(around: i, excluding: home) else { continue }
            guard let m = drafts[g].mentions.firstIndex(where: { tokenIndex(startingAt: $0.start) == i + 1 }) else { continue }
            if drafts[g].kind == .country || drafts[g].kbID != nil {
                // The mention moves to a group of that people in the host country.
                mentionOwnerIndex = nil
                let span = drafts[g].mentions.remove(at: m)
                let name = "ethnic " + span.text
                let d = draft("ethnic:\(span.text):\(host)") {
                    EntityDraft(name: name, kind: .group, actorCode: host, country: host)
                }
                drafts[d].mentions.append(span)
            } else {
                let code = drafts[g].actorCode ?? home
                drafts[g].country = host
                drafts[g].actorCode = code.hasPrefix(home) ? host + code.dropFirst(home.utf8.count) : host
            }
        }
    }

    /// The one country other than `home` that the sentence of token `i` places things in.
    func hostCountry(around i: Int, excluding home: String) -> String? {
        let sentence = tokens[i].sentence
        var all = Set<String>(), marked = Set<String>()
        for d in drafts.indices where drafts[d].kind == .country || drafts[d].kind == .place {
            guard let c = drafts[d].country, c != home, c.utf8.count == 3 else { continue }
            for m in drafts[d].mentions {
                guard let k = tokenIndex(startingAt: m.start), tokens[k].sentence == sentence else { continue }
                all.insert(c)
                var after = k + 1
                while after < tokens.count, tokens[after].start < m.end { after += 1 }
                if k > 0, isText(k - 1, ignoringCase: "in") || isText(after, "'s") || isText(after, "’s") {
                    marked.insert(c)
                }
            }
        }
        let pool = marked.isEmpty ? all : marked
        return pool.count == 1 ? pool.first : nil
    }
}
