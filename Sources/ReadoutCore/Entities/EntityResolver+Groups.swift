extension EntityResolver {
    /// "[the] (Russian|Russia's|US|his|its|Joe Biden) <sector noun>": a country's government, military, media…
    mutating func sectorPhrase(at i: Int) -> Int? {
        var p = i
        if classes(i).contains(.determiner) { p += 1 }
        var code: String?
        var ownerName: (Int, Int, String)?
        var organization: Int?
        var personOwner: (s: Int, e: Int, entry: Int?)?
        if let r = countryRef(at: p) {
            code = r.code
            ownerName = (p, r.nameEnd, r.type)
            if entries[r.entry].kind == .organization { organization = r.entry }
            p = r.end
        } else if p == i, classes(i).contains(.possessivePronoun) {
            if isWord(i, gaz.ids.its) || isWord(i, gaz.ids.their) {
                guard let a = lastActor else { return nil }
                code = drafts[a].country ?? drafts[a].actorCode
            } else {
                guard let a = lastPerson, tokens[i].sentence - a.sentence <= 2 else { return nil }
                code = drafts[a.draft].country
            }
            p += 1
            // "his country": the country itself.
            if let c = code, isWord(p, gaz.ids.country), let index = gaz.entryByCode[c] {
                if !(isWord(i, gaz.ids.its) || isWord(i, gaz.ids.their)), let a = lastPerson { mention(a.draft, i, i + 1) }
                mention(draft(entry: index), i, p + 1)
                return p + 1
            }
        } else if !administrationMayFollow(p) {
            // Neither "<known person> administration" nor "<Name Name> administration" can start at `p`.
        } else if let m = longest(p, .name), let pat = m.patterns.first(where: { entries[Int($0.value)].kind == .person }),
                  isWord(m.end, gaz.ids.capitalAdministration) || isWord(m.end, gaz.ids.administration) {
            let entry = entries[Int(pat.value)]
            code = entry.country ?? currentRole(of: entry, preferring: nil).map { String($0.actorCode.prefix(3)) }
            personOwner = (p, m.end, Int(pat.value))
            p = m.end
        } else if isCapitalizedName(p), let person = personName(at: p), person.end - p >= 2,
                  isWord(person.end, gaz.ids.capitalAdministration) || isWord(person.end, gaz.ids.administration) {
            let d = personDraft(p, person.end, entry: nil, office: nil, code: nil)
            code = drafts[d].country
            personOwner = (p, person.end, nil)
            p = person.end
        }
        guard let owner = code, let m = longest(p, .sector) else { return nil }
        let sector = gaz.sectorCodes[Int(m.patterns[0].value)]
        if personOwner != nil, sector != "GOV" { return nil }
        if let possessorPerson = lastPerson, p == i + 1, classes(i).contains(.possessivePronoun),
           !(isWord(i, gaz.ids.its) || isWord(i, gaz.ids.their)) {
            mention(possessorPerson.draft, i, i + 1)
        }
        if let (s, e, type) = ownerName { name(s, e, type) }
        if let org = organization {
            mention(draft(entry: org), ownerName!.0, ownerName!.1)
            return m.end
        }
        if let person = personOwner {
            let d = personDraft(person.s, person.e, entry: person.entry, office: nil, code: nil)
            mentionOwnerIndex = nil
            drafts[d].mentions.append(span(person.s, person.e))
            name(person.s, person.e, "PER")
        }
        mention(draft(code: owner, sector: sector), i, m.end)
        return m.end
    }

    /// "the West", "Western countries", "its allies".
    mutating func groupPhrase(at i: Int) -> Int? {
        if let m = longest(i, .group) {
            let group = EntityLexicon.groups[Int(m.patterns[0].value)]
            let d = draft("group:" + group.name) {
                EntityDraft(name: group.name, kind: .group, actorCode: group.code)
            }
            mention(d, i, m.end)
            return m.end
        }
        guard isWord(i, gaz.ids.its) || isWord(i, gaz.ids.their), let m = longest(i + 1, .allies) else { return nil }
        let ownerName = lastActor.map { drafts[$0].name } ?? ""
        let key = "allies:" + ownerName
        let d = draft(key) {
            EntityDraft(name: ownerName.isEmpty ? "allies" : "allies of \(ownerName)", kind: .group)
        }
        let keep = lastActor
        mention(d, i, m.end)
        lastActor = keep
        return m.end
    }

    /// "the military alliance", "the bloc": an organisation already named in the document (or a unique,
    /// specific description).
    mutating func description(at i: Int) -> Int? {
        guard let m = longest(i, .description) else { return nil }
        var chosen: Int?
        var latest = -1
        for p in m.patterns {
            if let d = draftByEntry[Int(p.value)], let last = drafts[d].mentions.last?.start, last > latest {
                latest = last
                chosen = Int(p.value)
            }
        }
        if chosen == nil, m.patterns.count == 1, m.end - i >= 3 { chosen = Int(m.patterns[0].value) }
        guard let entry = chosen else { return nil }
        mention(draft(entry: entry), i, m.end)
        return m.end
    }

    /// "Mr Lavrov", "General Smith", "spokesman Dmitry Peskov".
    mutating func markedPerson(at i: Int) -> Int? {
        guard let m = longest(i, .marker) else { return nil }
        var s = m.end
        if s < tokens.count, tokens[s].byteEnd - tokens[s].byteStart == 1, bytes[tokens[s].byteStart] == 46 { s += 1 }
        guard let person = personName(at: s) else { return nil }
        if person.entry == nil, !isCapitalizedName(s) { return nil }
        let d = personDraft(s, person.end, entry: person.entry, office: nil, code: nil)
        mention(d, s, person.end)
        name(s, person.end, "PER")
        return person.end
    }
}
