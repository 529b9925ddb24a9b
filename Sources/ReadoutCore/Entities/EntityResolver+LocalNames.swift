/// Unknown names placed by their neighbours: bracketed acronyms, "the town of X in Turkey", "rebels in Ivory Coast".
extension EntityResolver {
    /// "The Nigerian Union of Teachers (NUT)": an unknown acronym in brackets right after a name is that name.
    mutating func mergeAcronyms() {
        for a in drafts.indices where drafts[a].kbID == nil && drafts[a].country == nil && !drafts[a].mentions.isEmpty {
            guard drafts[a].kind == .organization || drafts[a].kind == .unknown,
                  drafts[a].mentions.allSatisfy({ m in m.text.utf8.count >= 2 && m.text.utf8.allSatisfy { $0 >= 65 && $0 <= 90 } }),
                  let m = drafts[a].mentions.first, let i = tokenIndex(startingAt: m.start), i >= 2, isText(i - 1, "("),
                  var b = draftEnding(at: i - 2), b != a, drafts[b].kind == .organization || drafts[b].kind == .unknown else { continue }
            if drafts[b].country == nil, drafts[b].kbID == nil, let tail = drafts[b].mentions.first, let j = tokenIndex(startingAt: tail.start),
               j >= 2, isText(j - 1, "of"), let head = draftEnding(at: j - 2), head != a, drafts[head].kind == .organization,
               drafts[head].country != nil {
                // "Nigerian Union" + "of" + "Teachers" read as two names: the tail belongs to the head.
                mentionOwnerIndex = nil
                drafts[head].mentions.append(contentsOf: drafts[b].mentions)
                drafts[b].mentions.removeAll()
                b = head
            }
            guard drafts[b].country != nil else { continue }
            mentionOwnerIndex = nil
            drafts[b].mentions.append(contentsOf: drafts[a].mentions)
            drafts[a].mentions.removeAll()
        }
    }

    /// Words that make the name after "the ... of" a place ("the town of Cizre").
    static let placeNouns: Set<String> = ["town", "city", "village", "province", "region", "district", "port", "island", "state"]

    /// An unknown name that is a place by its context ("the town of X", "X, Iran", "X in southern Iran") takes the
    /// country named right after it.
    mutating func placeUnknownNames() {
        for d in drafts.indices where drafts[d].kind == .unknown && drafts[d].kbID == nil && drafts[d].country == nil {
            for m in drafts[d].mentions {
                guard let i = tokenIndex(startingAt: m.start) else { continue }
                var e = i
                while e < tokens.count, tokens[e].end <= m.end { e += 1 }
                let placeNoun = i >= 2 && isText(i - 1, "of") && EntityResolver.placeNouns.contains(text(i - 2).lowercased())
                // Up to three words after the name: ", Iran", "in southeastern Turkey", "in Iran's".
                var k = e
                var sawIn = false
                while k < min(tokens.count, e + 3) {
                    if isText(k, ",") { k += 1; continue }
                    if isText(k, "in") { sawIn = true; k += 1; continue }
                    if sawIn, tokens[k].flags.contains(.capitalized) == false,
                       bytes[tokens[k].byteStart..<tokens[k].byteEnd].allSatisfy({ $0 >= 97 && $0 <= 122 }) { k += 1; continue }
                    break
                }
                guard k > e, isText(e, ",") || (sawIn && placeNoun), let c = draftStarting(at: k), drafts[c].kind == .country,
                      let code = drafts[c].country else { continue }
                // "Ahmadi, Iran's envoy" is a person in apposition, not a place.
                if let end = drafts[c].mentions.first(where: { tokenIndex(startingAt: $0.start) == k })?.end,
                   let after = tokenIndex(startingAt: end), isText(after, "'s") || isText(after, "’s") { continue }
                if isText(k + 1, "'s") || isText(k + 1, "’s") { continue }
                drafts[d].kind = .place
                drafts[d].country = code
                break
            }
        }
    }

    /// Sectors of plain group nouns: "rebels", "opposition groups", "demonstrators".
    static let groupNouns: [String: String] = [
        "rebels": "REB", "militants": "REB", "guerrillas": "REB", "guerillas": "REB", "insurgents": "REB", "separatists": "REB",
        "opposition": "OPP", "demonstrators": "CVL", "protesters": "CVL", "protestors": "CVL", "students": "CVL",
        "workers": "LAB", "farmers": "CVL", "activists": "CVL", "residents": "CVL", "villagers": "CVL",
    ]

    /// "Rebels in the Ivory Coast", "demonstrators in Baghdad", "opposition groups in Zimbabwe": a plain group noun
    /// followed by "in" and a country or a place of one is that country's group (rebels, opposition, civilians).
    mutating func localGroups() {
        var i = 0
        while i + 2 < tokens.count {
            defer { i += 1 }
            guard tokens[i].id >= 0, wordClasses[Int(tokens[i].id)].contains(.groupNoun), let sector = gaz.groupNounSectors[tokens[i].id], draftStarting(at: i) == nil else { continue }
            var end = i + 1
            if isText(end, "groups") || isText(end, "parties") || isText(end, "forces") { end += 1 }
            guard end + 1 < tokens.count, isText(end, "in") else { continue }
            var k = end + 1
            if isText(k, ignoringCase: "the") { k += 1 }
            guard let c = draftStarting(at: k), drafts[c].kind == .country || drafts[c].kind == .place,
                  let code = drafts[c].country, code.utf8.count == 3 else { continue }
            // Not the object of a preposition or a modifier of another name ("the rebels in X" still counts).
            if i > 0, tokens[i - 1].flags.contains(.capitalized), draftEnding(at: i - 1) != nil { continue }
            let g = draft(code: code, sector: sector)
            mentionOwnerIndex = nil
            drafts[g].mentions.append(span(i, end))
        }
    }

    /// Words for a part of a country between "in" and its name ("in east Bosnia", "in northern Moldova").
    static let regionWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
    ]

    /// Head nouns that make an unknown name a group of people ("Moslem forces", "Karen guerrillas").
    static let forceNouns: Set<String> = ["forces", "troops", "fighters", "militia", "militias", "rebels", "guerrillas", "guerillas", "militants", "insurgents"]

    /// "Moslem forces in east Bosnia": an unknown name with a group head noun, followed by "in" and a country
    /// (or a region of one), belongs to that country.
    mutating func locatedUnknownGroups() {
        for d in drafts.indices where drafts[d].kind == .unknown && drafts[d].kbID == nil && drafts[d].country == nil {
            for m in drafts[d].mentions {
                guard let i = tokenIndex(startingAt: m.start) else { continue }
                var e = i
                while e < tokens.count, tokens[e].end <= m.end { e += 1 }
                guard e + 2 < tokens.count, EntityResolver.forceNouns.contains(text(e).lowercased()), isText(e + 1, "in") else { continue }
                var k = e + 2
                if isText(k, ignoringCase: "the") { k += 1 }
                if EntityResolver.regionWords.contains(text(k).lowercased()) { k += 1 }
                guard let c = draftStarting(at: k), drafts[c].kind == .country, let code = drafts[c].country, code.utf8.count == 3 else { continue }
                drafts[d].country = code
                break
            }
        }
    }
}
