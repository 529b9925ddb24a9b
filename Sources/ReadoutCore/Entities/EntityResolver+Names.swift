extension EntityResolver {
    /// A knowledge-base name or demonym at `i`.
    mutating func knownName(at i: Int) -> Int? {
        guard startsPhrase(i) else { return nil }
        if bufferStart != i {
            automaton.matches(tokens, at: i, into: &buffer)
            bufferStart = i
        }
        var best: (end: Int, pattern: NameAutomaton.Pattern)?
        for (end, node) in buffer.reversed() where automaton.has(.name, at: node) || automaton.has(.demonym, at: node) {
            // Prefer an entry already in the document, then the compiled priority order.
            var first: NameAutomaton.Pattern?
            var present: NameAutomaton.Pattern?
            for p in automaton.patterns[Int(node)] where p.kind == .name || p.kind == .demonym {
                if first == nil { first = p }
                if draftByEntry[Int(p.value)] != nil { present = p; break }
            }
            guard let first else { continue }
            best = (end, present ?? first)
            break
        }
        guard let (end, pattern) = best else { return nil }
        // A lower-case match at a sentence start only through the alternative id is a common word.
        if tokens[i].has(.sentenceStart), tokens[i].id < 0 || automaton.child(0, tokens[i].id) < 0,
           !tokens[i].has(.shouted) {
            return nil
        }
        let index = Int(pattern.value)
        // Fields read in place: no copy of the whole entry per name.
        let kind = entries[index].kind
        // In a line of capitals only countries, organisations, capitals and longer names are trusted.
        if tokens[i].has(.shouted), end - i == 1, kind == .place, entries[index].metonymFor == nil,
           !(tokens[i].has(.lineStart) && (isWord(end, gaz.ids.comma) || isWord(end, gaz.ids.dash) || isWord(end, gaz.ids.open))) {
            return nil
        }
        if pattern.kind == .demonym, let run = demonymRun(from: i, after: end) {
            return run
        }
        if pattern.kind == .demonym {
            name(i, end, "MISC")
            mention(draft(entry: index), i, end)
            return end
        }
        // "Moscow State University": a place name that starts an organisation's name.
        if kind == .place || kind == .country, let org = organizationRun(from: i, after: end) {
            return org
        }
        switch kind {
        case .person:
            name(i, end, "PER")
            let d = personDraft(i, end, entry: index, office: nil, code: nil)
            mention(d, i, end)
        case .country:
            name(i, end, "LOC")
            mention(draft(entry: index), i, end)
        case .organization:
            name(i, end, "ORG")
            if let seat = entries[index].metonymFor, acts(i, end, seat: true) {
                mention(draft(code: String(seat.prefix(3)), sector: String(seat.dropFirst(3).isEmpty ? "GOV" : seat.dropFirst(3))), i, end)
            } else {
                mention(draft(entry: index), i, end)
            }
        case .place:
            name(i, end, "LOC")
            if let seat = entries[index].metonymFor, acts(i, end, seat: false) {
                mention(draft(code: String(seat.prefix(3)), sector: String(seat.dropFirst(3).isEmpty ? "GOV" : seat.dropFirst(3))), i, end)
            } else {
                mention(draft(entry: index), i, end)
            }
        case .group:
            name(i, end, "MISC")
            mention(draft(entry: index), i, end)
        case .unknown:
            name(i, end, "MISC")
            mention(draft(entry: index), i, end)
        }
        return end
    }

    /// True when a capital or seat of power over `s..<e` acts, so it stands for its government.
    func acts(_ s: Int, _ e: Int, seat: Bool) -> Bool {
        var before = s - 1
        if isWord(before, gaz.ids.the) { before -= 1 }
        // "according to Kiev estimates", "by Washington", "between Moscow and Kiev".
        if isWord(before, gaz.ids.to), isWord(before - 1, gaz.ids.according) { return true }
        if isWord(before, gaz.ids.by) || isWord(before, gaz.ids.between) || isWord(before, gaz.ids.with) { return true }
        let next = classes(e)
        if next.contains(.possessiveMark) { return true }
        if next.contains(.acting) { return true }
        if before >= 0, classes(before).contains(.locative) { return false }
        // The object of an acting verb: "London warned Moscow", "the EU urged Beijing"; not a first name that starts a
        // person's name ("said Douglas Smith").
        if before >= 0, before == s - 1, classes(before).contains(.acting), tokens[before].has(.lowercase),
           !classes(s).contains(.firstName), !(e < tokens.count && tokens[e].has(.capitalized)) {
            return true
        }
        // A dateline: "MOSCOW, Jan 21 (Reuters) -".
        if tokens[s].has(.sentenceStart), isWord(e, gaz.ids.comma) || isWord(e, gaz.ids.open) || isWord(e, gaz.ids.dash) {
            return false
        }
        if e < tokens.count, tokens[e].has(.lowercase) {
            if classes(e).contains(.irregularPast) { return true }
            let len = tokens[e].byteEnd - tokens[e].byteStart
            if len > 3, bytes[tokens[e].byteEnd - 2] == 101, bytes[tokens[e].byteEnd - 1] == 100 { return true }
        }
        // "Washington and its allies have", "Moscow and Kiev agreed".
        if isWord(e, gaz.ids.and) {
            var k = e + 1
            while k < tokens.count, k < e + 5, tokens[k].has(.word) {
                if classes(k).contains(.acting) { return true }
                k += 1
            }
        }
        return seat
    }

    /// "American League", "Iraqi Kurds", "Russian Orthodox Church": a demonym that starts a longer name.
    mutating func demonymRun(from s: Int, after e: Int) -> Int? {
        var k = e
        while k < tokens.count, k - e < 4, isCapitalizedName(k), tokens[k].sentence == tokens[s].sentence,
              !isTemporal(k), longest(k, .name) == nil, longest(k, .office) == nil, longest(k, .sector) == nil {
            k += 1
        }
        guard k > e else { return nil }
        let lastClasses = classes(k - 1)
        let org = lastClasses.contains(.organizationSuffix)
        // "Australian Tom Moody" is a demonym and a person; only names that end like names of things extend.
        let lastByte = bytes[tokens[k - 1].byteEnd - 1]
        guard org || lastClasses.contains(.eventSuffix) || isAdjective(k - 1) || (k - e == 1 && lastByte == 115) else { return nil }
        let full = text(s, k)
        let d = draft("name:" + full) { EntityDraft(name: full, kind: org ? .organization : .unknown) }
        name(s, k, org ? "ORG" : "MISC")
        mention(d, s, k)
        return k
    }

    /// "Moscow State University", "Manchester United": a known place followed by capitalised words ending in an
    /// organisation word.
    mutating func organizationRun(from s: Int, after e: Int) -> Int? {
        var k = e
        var last = -1
        var event = false
        while k < tokens.count, k - e < 4, isCapitalizedName(k), tokens[k].sentence == tokens[s].sentence {
            if classes(k).contains(.organizationSuffix) { last = k; event = false }
            if classes(k).contains(.eventSuffix) { last = k; event = true }
            k += 1
        }
        guard last >= 0 else { return nil }
        let full = text(s, last + 1)
        let d = draft("name:" + full) { EntityDraft(name: full, kind: event ? .unknown : .organization) }
        name(s, last + 1, event ? "MISC" : "ORG")
        mention(d, s, last + 1)
        return last + 1
    }

    /// Capitalised words the knowledge base does not know: kept as an entity with a guessed kind.
    mutating func unknownName(at i: Int) -> Int? {
        guard isCapitalizedName(i), !isTemporal(i) else { return nil }
        let token = tokens[i]
        let length = token.byteEnd - token.byteStart
        // "I" and stray letters are not names; an initial is, when a name follows.
        if length == 1 { return nil }
        if token.has(.initial), !isCapitalizedName(i + 1) { return nil }
        if !isCapitalizedName(i + 1) || tokens[i + 1].sentence != token.sentence {
            if isCommonShape(i) { return nil }
            if token.lowerID >= 0, wordClasses[Int(token.lowerID)].contains(.personPronoun) { return nil }
        }
        let single = !isCapitalizedName(i + 1) || tokens[i + 1].sentence != token.sentence
        if single, classes(i).contains(.organizationSuffix) || classes(i).contains(.placeSuffix) || classes(i).contains(.eventSuffix) {
            return nil
        }
        if single, let known = nameParts[text(i)] {
            mention(known, i, i + 1)
            name(i, i + 1, drafts[known].kind == .person ? "PER" : "MISC")
            return i + 1
        }
        // "Ethopia", "Quatar": a misspelt country name or demonym (not a first name such as "Susan" for Sudan).
        if single, length >= 6, !classes(i).contains(.firstName), let country = EntityCountrySpelling.country(near: bytes[token.byteStart..<token.byteEnd], in: gaz.countrySpellings) {
            name(i, i + 1, "LOC")
            mention(draft(entry: country), i, i + 1)
            return i + 1
        }
        if token.has(.sentenceStart) {
            let cls = classes(i)
            if cls.contains(.common) || cls.contains(.personPronoun) || cls.contains(.determiner) { return nil }
            if single, isWord(i + 1, gaz.ids.comma) { return nil }
            if token.altID >= 0 { return nil }
            if single, looksLikeCommonWord(i) { return nil }
            if single {
                if i + 1 < tokens.count, tokens[i + 1].has(.punctuation), bytes[tokens[i + 1].byteStart] == 58 { return nil }
                if !classes(i + 1).contains(.speech), seenLowercase(i) { return nil }
            }
        }
        // Extend over capitalised words and inner connectors ("Bank of England").
        var e = i + 1
        var connectors = 0
        while e < tokens.count, tokens[e].sentence == token.sentence, e - i < 8 {
            if isCapitalizedName(e), !isTemporal(e), !officeBeforeName(e) {
                if longest(e, .demonym) != nil, longest(e, .name) == nil { break }
                e += 1
                continue
            }
            if tokens[e].has(.lowercase), classes(e).contains(.connector), !isWord(e, gaz.ids.and),
               isCapitalizedName(e + 1), !isTemporal(e + 1), tokens[e + 1].sentence == token.sentence {
                e += 2
                connectors += 1
                continue
            }
            break
        }
        let full = text(i, e)
        let count = e - i
        let first = classes(i)
        let last = classes(e - 1)
        // Coreference with a person already named.
        if let known = nameParts[full] {
            mention(known, i, e)
            name(i, e, drafts[known].kind == .person ? "PER" : "MISC")
            return e
        }
        if count == 1, let known = gaz.personBySurname[token.id] {
            let d = personDraft(i, e, entry: known, office: nil, code: nil)
            mention(d, i, e)
            name(i, e, "PER")
            return e
        }
        var kind = EntityKind.unknown
        var type = EntityResolver.unknownType
        if last.contains(.eventSuffix) && count > 1 {
            kind = .unknown
            type = "MISC"
        } else if last.contains(.organizationSuffix) || first.contains(.organizationSuffix) && count > 1 {
            kind = .organization
        } else if last.contains(.placeSuffix) && count > 1 {
            kind = .place
        } else if token.has(.initial) || first.contains(.firstName) && count >= 2 && count <= 4 {
            kind = .person
        } else if count >= 2, count <= 3, classes(e).contains(.speech) || classes(i - 1).contains(.speech) {
            kind = .person
        } else if count >= 2, count <= 3, isWord(e, gaz.ids.comma), isText(e + 1, "who") {
            kind = .person
        } else if count == 1, token.has(.allCaps), length <= 5 {
            kind = .organization
        } else if count == 1, isAdjective(i), e < tokens.count, tokens[e].has(.lowercase) {
            kind = .group
            type = "MISC"
        } else if count == 1, classes(e).contains(.speech) {
            kind = .person
        } else if count == 1, i > 0, classes(i - 1).contains(.locative), tokens[i - 1].has(.lowercase) {
            kind = .place
        } else if count >= 2, count <= 3, connectors == 0, looksLikePersonName(i, e) {
            kind = .person
        } else if count == 1, isGroupPlural(i) {
            kind = .group
            type = "MISC"
        }
        if kind == .person {
            let d = personDraft(i, e, entry: nil, office: nil, code: nil)
            mention(d, i, e)
            name(i, e, "PER")
            return e
        }
        let d = draft("name:" + full) { EntityDraft(name: full, kind: kind) }
        mention(d, i, e)
        switch kind {
        case .organization: type = "ORG"
        case .place: type = "LOC"
        default: break
        }
        name(i, e, type)
        return e
    }
}
