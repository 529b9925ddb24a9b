extension EntityResolver {
    /// A country (or organisation, or seat of power) named at `i` as a qualifier: "Russian", "US", "Russia's",
    /// "NATO", "Kremlin".
    struct CountryRef {
        /// Token after the reference (after "'s" when possessive).
        var end: Int
        /// End of the name itself.
        var nameEnd: Int
        /// Country or organisation code.
        var code: String
        /// CoNLL type of the name.
        var type: String
        /// The entry referred to.
        var entry: Int
        /// True for a demonym ("Russian").
        var demonym: Bool
    }

    /// Reads a country reference at `i`.
    mutating func countryRef(at i: Int) -> CountryRef? {
        guard i < tokens.count, tokens[i].has(.word) else { return nil }
        var found: (Int, Int, Bool)?
        if let m = longest(i, .name) {
            for p in m.patterns {
                let k = Int(p.value)
                if entries[k].kind == .country || (entries[k].kind == .organization && entries[k].actorCode != nil)
                    || entries[k].metonymFor != nil {
                    found = (m.end, Int(p.value), false)
                    break
                }
            }
        }
        if found == nil, let m = longest(i, .demonym) {
            for p in m.patterns where entries[Int(p.value)].kind == .country {
                found = (m.end, Int(p.value), true)
                break
            }
        }
        guard let (end, index, demonym) = found else { return nil }
        let kind = entries[index].kind
        let code: String
        if let m = entries[index].metonymFor, kind != .country { code = String(m.prefix(3)) } else {
            guard let c = kind == .country ? (entries[index].country ?? entries[index].actorCode) : entries[index].actorCode else { return nil }
            code = c
        }
        var after = end
        if classes(end).contains(.possessiveMark) { after += 1 }
        let type = demonym ? "MISC" : (kind == .organization ? "ORG" : "LOC")
        return CountryRef(end: after, nameEnd: end, code: code, type: type, entry: index, demonym: demonym)
    }

    /// Records a country reference as a name, and (unless `nested`) as a mention of its country.
    mutating func note(_ ref: CountryRef, at i: Int) {
        name(i, ref.nameEnd, ref.type)
    }

    /// A person's name at `i`: a knowledge-base person, or capitalised words that look like a name.
    mutating func personName(at i: Int) -> (end: Int, entry: Int?)? {
        guard i < tokens.count, isCapitalizedName(i) || (tokens[i].has(.capitalized) && tokens[i].has(.word)) else { return nil }
        if let m = longest(i, .name) {
            if let p = m.patterns.first(where: { entries[Int($0.value)].kind == .person }) { return (m.end, Int(p.value)) }
            if m.patterns.contains(where: { entries[Int($0.value)].kind != .person }) { return nil }
        }
        guard isCapitalizedName(i), !classes(i).contains(.common) || !tokens[i].has(.sentenceStart), !isCommonShape(i) else { return nil }
        if longest(i, .demonym) != nil || longest(i, .office) != nil { return nil }
        var e = i + 1
        while e < tokens.count, e - i < 4, isCapitalizedName(e), tokens[e].sentence == tokens[i].sentence,
              longest(e, .office) == nil, longest(e, .demonym) == nil, !isTemporal(e) {
            e += 1
        }
        if isTemporal(i) { return nil }
        return (e, nil)
    }

    /// True for day and month names, which are never entity names.
    func isTemporal(_ i: Int) -> Bool {
        classes(i).contains(.temporal)
    }

    static let temporalWords: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar",
        "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// "[the|his] [Russian|US|Russia's] <office> [of Russia] [,] [Name]" and "the head of US diplomacy".
    mutating func rolePhrase(at i: Int) -> Int? {
        var p = i
        var possessor: Int?
        if classes(i).contains(.determiner) {
            p += 1
        } else if classes(i).contains(.possessivePronoun), !isWord(i, gaz.ids.its), !isWord(i, gaz.ids.their) {
            possessor = i
            p += 1
        }
        // No copy of the reference: `ref` changes below only when there was none at first.
        var ref = countryRef(at: p)
        let hadInitialRef = ref != nil
        let refStart = p
        if let r = ref { p = r.end }
        var office: String?
        var counterpart = false
        if let m = longest(p, .office) {
            office = gaz.officeNames[Int(m.patterns[0].value)]
            p = m.end
        } else if isWord(p, gaz.ids.counterpart) || isWord(p, gaz.ids.counterparts) {
            counterpart = true
            p += 1
        } else if ref == nil, isWord(p, gaz.ids.head), isWord(p + 1, gaz.ids.of), let r = countryRef(at: p + 2),
                  isWord(r.end, gaz.ids.diplomacy) {
            ref = r
            office = "Foreign Minister"
            note(r, at: p + 2)
            p = r.end + 1
        } else {
            return nil
        }
        if office == nil && !counterpart { return nil }
        if hadInitialRef, let r = ref { note(r, at: refStart) }
        // "President of Russia"
        if ref == nil, isWord(p, gaz.ids.of) {
            var q = p + 1
            if isWord(q, gaz.ids.the) { q += 1 }
            if let r = countryRef(at: q), !r.demonym {
                ref = r
                note(r, at: q)
                p = r.end
            }
        }
        // A name after it.
        var nameStart = p
        if isWord(p, gaz.ids.comma) { nameStart = p + 1 }
        let person = personName(at: nameStart)
        let antecedent = lastPerson
        if let possessor, let a = antecedent, tokens[possessor].sentence - a.sentence <= 2 { mention(a.draft, possessor, possessor + 1) }
        let code = ref?.code
        var resolvedOffice = office
        if counterpart {
            guard let a = antecedent, let o = drafts[a.draft].office else {
                if person == nil { return nil }
                resolvedOffice = nil
                return finishRole(i, nameStart, person!, office: nil, code: code)
            }
            resolvedOffice = o
        }
        if let person {
            return finishRole(i, nameStart, person, office: resolvedOffice, code: code)
        }
        // No name: the office holder on the document date.
        guard let office = resolvedOffice else { return nil }
        if code == nil {
            // "the president" alone is too vague; an appositive after a named person takes the person.
            guard let a = antecedent, a.end == i - 1, isWord(i - 1, gaz.ids.comma) else { return nil }
            mention(a.draft, i, p)
            return p
        }
        guard let code, possessor != nil || classes(i).contains(.determiner) || ref != nil else { return nil }
        if let a = antecedent, a.end == i - 1, isWord(i - 1, gaz.ids.comma), drafts[a.draft].kind == .person {
            if drafts[a.draft].role == nil { drafts[a.draft].role = office; drafts[a.draft].office = office }
            mention(a.draft, i, p)
            return p
        }
        if let entry = holder(of: office, code: code) {
            let d = draft(kbEntry: entry)
            mention(d, i, p)
        } else {
            let place = gaz.entryByCode[code].map { entries[$0].name } ?? code
            let actor = actorCode(for: code)
            let d = draft("office:\(office):\(code)") {
                EntityDraft(name: "\(office) of \(place)", kind: .person,
                                   actorCode: actor, country: code.utf8.count == 3 ? code : nil,
                                   sector: "GOV", role: office, office: office)
            }
            mention(d, i, p)
        }
        return p
    }

    /// The actor code an office holder of `code` acts as: the organisation itself, or the country's government.
    func actorCode(for code: String) -> String {
        if let index = gaz.entryByCode[code], entries[index].kind == .organization { return code }
        return code + "GOV"
    }

    /// Resolves a titled name: a knowledge-base person, a person already in the document, or a new person.
    mutating func finishRole(_ i: Int, _ nameStart: Int, _ person: (end: Int, entry: Int?), office: String?, code: String?) -> Int {
        let d = personDraft(nameStart, person.end, entry: person.entry, office: office, code: code)
        mention(d, i, person.end)
        name(nameStart, person.end, "PER")
        return person.end
    }

    /// The person draft for a name over `s..<e`, registering its parts for later surname mentions.
    mutating func personDraft(_ s: Int, _ e: Int, entry: Int?, office: String?, code: String?) -> Int {
        let full = text(s, e)
        var d: Int
        if let entry {
            d = draft(entry: entry)
        } else if let known = nameParts[full] {
            d = known
        } else if e - s == 1, let known = gaz.personBySurname[tokens[s].id] {
            d = draft(entry: known)
        } else if let code, let office, let entry = holder(of: office, code: code), entry.name.hasSuffix(text(e - 1)) {
            d = draft(kbEntry: entry)
        } else {
            d = draft("name:" + full) {
                EntityDraft(name: full, kind: .person)
            }
        }
        if drafts[d].kbID == nil {
            if drafts[d].role == nil, let office { drafts[d].role = office; drafts[d].office = office }
            if drafts[d].country == nil, let code, code.utf8.count == 3 { drafts[d].country = code }
            if drafts[d].actorCode == nil, let code, office != nil { drafts[d].actorCode = actorCode(for: code) }
            if drafts[d].sector == nil, drafts[d].actorCode?.utf8.count == 6 { drafts[d].sector = String(drafts[d].actorCode!.suffix(3)) }
        }
        nameParts[full] = d
        if e - s >= 2 { nameParts[text(e - 1)] = d }
        if drafts[d].kbID != nil {
            // A knowledge-base draft's name never changes: its last word is worked out once.
            let last: String?
            if let known = kbSurnameParts[d] {
                last = known
            } else {
                let parts = EntityResolver.words(drafts[d].name)
                last = parts.count >= 2 ? String(parts.last!) : nil
                kbSurnameParts[d] = .some(last)
            }
            if let last { nameParts[last] = d }
        }
        return d
    }
}
