extension EntityResolver {
    /// A knowledge-base name or demonym at `i`.
    mutating func knownName(at i: Int) -> Int? {
        gaz.automaton.matches(tokens, at: i, into: &buffer)
        var best: (end: Int, pattern: NameAutomaton.Pattern)?
        for (end, node) in buffer.reversed() {
            let candidates = gaz.automaton.patterns[Int(node)].filter { $0.kind == .name || $0.kind == .demonym }
            guard !candidates.isEmpty else { continue }
            // Prefer an entry already in the document, then the compiled priority order.
            let present = candidates.first { draftByKey["kb:" + gaz.kb.entries[Int($0.value)].id] != nil }
            best = (end, present ?? candidates[0])
            break
        }
        guard let (end, pattern) = best else { return nil }
        // A lower-case match at a sentence start only through the alternative id is a common word.
        if tokens[i].has(.sentenceStart), tokens[i].id < 0 || gaz.automaton.child(0, tokens[i].id) < 0,
           !tokens[i].has(.shouted) {
            return nil
        }
        let index = Int(pattern.value)
        let entry = gaz.kb.entries[index]
        if pattern.kind == .demonym {
            name(i, end, "MISC")
            mention(draft(entry: index), i, end)
            return end
        }
        // "Moscow State University": a place name that starts an organisation's name.
        if entry.kind == .place || entry.kind == .country, let org = organizationRun(from: i, after: end) {
            return org
        }
        switch entry.kind {
        case .person:
            name(i, end, "PER")
            let d = personDraft(i, end, entry: index, office: nil, code: nil)
            mention(d, i, end)
        case .country:
            name(i, end, "LOC")
            mention(draft(entry: index), i, end)
        case .organization:
            name(i, end, "ORG")
            if let seat = entry.metonymFor, acts(i, end, seat: true) {
                mention(draft(code: String(seat.prefix(3)), sector: String(seat.dropFirst(3).isEmpty ? "GOV" : seat.dropFirst(3))), i, end)
            } else {
                mention(draft(entry: index), i, end)
            }
        case .place:
            name(i, end, "LOC")
            if let seat = entry.metonymFor, acts(i, end, seat: false) {
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
        // A dateline: "MOSCOW, Jan 21 (Reuters) -".
        if tokens[s].has(.sentenceStart), isWord(e, gaz.ids.comma) || isWord(e, gaz.ids.open) || isWord(e, gaz.ids.dash) {
            return false
        }
        if e < tokens.count, tokens[e].has(.lowercase) {
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

    /// "Moscow State University", "Manchester United": a known place followed by capitalised words ending in an
    /// organisation word.
    mutating func organizationRun(from s: Int, after e: Int) -> Int? {
        var k = e
        var last = -1
        while k < tokens.count, k - e < 4, isCapitalizedName(k), tokens[k].sentence == tokens[s].sentence {
            if classes(k).contains(.organizationSuffix) { last = k }
            k += 1
        }
        guard last >= 0 else { return nil }
        let full = text(s, last + 1)
        let d = draft("name:" + full) { EntityDraft(key: "name:" + full, name: full, kind: .organization) }
        name(s, last + 1, "ORG")
        mention(d, s, last + 1)
        return last + 1
    }

    /// Capitalised words the knowledge base does not know: kept as an entity with a guessed kind.
    mutating func unknownName(at i: Int) -> Int? {
        guard isCapitalizedName(i), !isTemporal(i) else { return nil }
        let token = tokens[i]
        if token.has(.sentenceStart) {
            let cls = classes(i)
            if cls.contains(.common) || cls.contains(.personPronoun) || cls.contains(.determiner) { return nil }
            if token.altID >= 0 { return nil }
            if !isCapitalizedName(i + 1) || tokens[i + 1].sentence != token.sentence {
                if !classes(i + 1).contains(.speech), seenLowercase(i) { return nil }
            }
        }
        // Extend over capitalised words and inner connectors ("Bank of England").
        var e = i + 1
        while e < tokens.count, tokens[e].sentence == token.sentence, e - i < 8 {
            if isCapitalizedName(e), !isTemporal(e), longest(e, .office) == nil {
                if longest(e, .demonym) != nil, longest(e, .name) == nil { break }
                e += 1
                continue
            }
            if tokens[e].has(.lowercase), classes(e).contains(.connector), !isWord(e, gaz.ids.and),
               isCapitalizedName(e + 1), !isTemporal(e + 1), tokens[e + 1].sentence == token.sentence {
                e += 2
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
        if last.contains(.organizationSuffix) || first.contains(.organizationSuffix) && count > 1 {
            kind = .organization
        } else if last.contains(.placeSuffix) && count > 1 {
            kind = .place
        } else if first.contains(.firstName), count >= 2, count <= 4 {
            kind = .person
        } else if count >= 2, count <= 3, classes(e).contains(.speech) || classes(i - 1).contains(.speech) {
            kind = .person
        } else if count >= 2, count <= 3, isWord(e, gaz.ids.comma), e + 1 < tokens.count,
                  text(e + 1) == "who" {
            kind = .person
        }
        if kind == .person {
            let d = personDraft(i, e, entry: nil, office: nil, code: nil)
            mention(d, i, e)
            name(i, e, "PER")
            return e
        }
        let d = draft("name:" + full) { EntityDraft(key: "name:" + full, name: full, kind: kind) }
        mention(d, i, e)
        name(i, e, kind == .organization ? "ORG" : kind == .place ? "LOC" : EntityResolver.unknownType)
        return e
    }

    /// The CoNLL type given to unknown names.
    static let unknownType = "ORG"

    /// True when the word at `i` also appears in lower case somewhere in the document.
    mutating func seenLowercase(_ i: Int) -> Bool {
        if lowerWords == nil {
            var set = Set<UInt64>()
            for t in tokens where t.has(.lowercase) { set.insert(hash(t.byteStart, t.byteEnd, lower: false)) }
            lowerWords = set
        }
        return lowerWords!.contains(hash(tokens[i].byteStart, tokens[i].byteEnd, lower: true))
    }

    /// FNV-1a over bytes, optionally lower-casing ASCII letters.
    func hash(_ s: Int, _ e: Int, lower: Bool) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for k in s..<e {
            var b = bytes[k]
            if lower, b >= 65, b <= 90 { b += 32 }
            h = (h ^ UInt64(b)) &* 0x100000001b3
        }
        return h
    }
}
