/// Source and target from clause structure: subject, object, prepositional phrases, passive, coordination.
extension EventCoder {
    static let prepositions: Set<String> = [
        "of", "in", "at", "from", "near", "on", "with", "against", "to", "for", "by", "between", "among", "into", "over",
        "inside", "across", "throughout", "toward", "towards", "about", "under", "amid", "without",
    ]
    static let leftStops: Set<String> = [
        ";", ":", "while", "although", "though", "because", "if", "unless", "whereas", "but", "when", "since", "however",
    ]
    static let rightStops: Set<String> = [
        ";", "while", "although", "though", "because", "but", "after", "before", "when", "since", "whereas", "despite",
        "amid", "following", "until", "if", "unless", "however", "so", "whom",
    ]
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "reported", "reports", "told", "announced", "announces", "added", "stated", "according",
        "quoted", "claimed", "wrote", "confirmed", "disclosed", "declared", "concluded", "insisted",
    ]
    static let beForms: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "am", "get", "got", "gets"]
    static let locativePrepositions: Set<String> = ["in", "at", "inside", "across", "throughout", "within"]

    /// The mentions coordinated with the one at `spanIndex` ("A and B", "A, B and C", "A along with B").
    func group(_ start: MentionSpan) -> [Int] {
        var result = [start.entity]
        var left = start.first - 1
        // A bare comma joins a list only when a conjunction closes it ("A, B and C"); without one it opens an
        // appositive ("Ivanova, Belarus's best-known lawyer").
        let after = doc.word(start.end)
        var conjoined = after == "and" || after == "or" || after == "&"
        if !conjoined, after == "," {
            let next = doc.word(start.end + 1)
            conjoined = next == "and" || next == "or"
        }
        while left > 0 {
            let w = doc.word(left)
            guard w == "and" || w == "," || w == "&" || w == "or" else { break }
            if w == ",", !conjoined, doc.word(left - 1) != "and" { break }
            if w != "," { conjoined = true }
            var k = left - 1
            if doc.word(k) == "," { k -= 1 }
            if doc.word(k) == ")" {
                while k > 0, doc.word(k) != "(" { k -= 1 }
                k -= 1
            }
            guard let other = doc.span(at: k), doc.isActor(other) else { break }
            result.insert(other.entity, at: 0)
            left = other.first - 1
        }
        var right = start.end
        while right < doc.words.count {
            var k = right
            if doc.word(k) == "(" {
                while k < doc.words.count, doc.word(k) != ")" { k += 1 }
                k += 1
            }
            if doc.word(k) == "," { k += 1 }
            let w = doc.word(k)
            if w == "and" || w == "&" || w == "or" { k += 1 } else if w == "along" || w == "together", doc.word(k + 1) == "with" { k += 2 } else if w == "as", doc.word(k + 1) == "well", doc.word(k + 2) == "as" { k += 3 } else if doc.word(right) != "," { break }
            if doc.word(k) == "its" || doc.word(k) == "their", doc.word(k + 1) == "allies" || doc.word(k + 1) == "partners" { break }
            guard let other = doc.span(at: k), doc.isActor(other) else { break }
            if doc.word(right) == ",", w != "and", w != "or", w != "&" {
                // "A, B and C" continues a list; "near Ukraine, the West fears" does not.
                let after = doc.word(other.end)
                guard after == "," || after == "and" || after == "or" else { break }
            }
            result.append(other.entity)
            right = other.end
        }
        var seen = Set<Int>()
        return result.filter { seen.insert($0).inserted }
    }

    /// A name without a code ("Minister" in "Taiwan's Vice Foreign Minister") stands for the coded name in its phrase.
    func coded(_ span: MentionSpan) -> MentionSpan {
        let e = doc.entities[span.entity]
        guard e.actorCode == nil, e.country == nil else { return span }
        var k = span.first - 1
        var steps = 0
        while k >= 0, steps < 6 {
            let w = doc.words[k]
            guard w.capitalized || w.lower.hasSuffix("'s") || doc.has(k, .title) else { break }
            if let other = doc.span(at: k) {
                if doc.country(of: other.entity) != nil { return other }
                k = other.first - 1
            } else {
                k -= 1
            }
            steps += 1
        }
        return span
    }

    static let titleWords: Set<String> = [
        "leader", "leaders", "president", "minister", "prime", "foreign", "defence", "defense", "interior", "secretary",
        "official", "officials", "spokesman", "spokeswoman", "envoy", "ambassador", "general", "chief", "head", "junior",
        "deputy", "vice", "senior", "top", "military", "army", "police", "judge", "court", "rebel", "rebels", "opposition",
        "government", "state", "commander", "king", "queen", "emir", "diplomat", "diplomats", "negotiators", "authorities",
    ]

    /// A city or region named as subject stands for its government ("Beirut rejected"): usable when it has a country.
    func isSubjectPlace(_ span: MentionSpan) -> Bool {
        doc.entities[span.entity].kind == .place && doc.country(of: span.entity) != nil
            && !doc.has(span.first - 1, .preposition)
    }

    /// The subject: the nearest actor to the left in the clause, skipping objects of prepositions.
    func leftActors(from i: Int, floor: Int, limit: Int = 30) -> (entities: [Int], firstWord: Int) {
        var k = i - 1
        var fallback: MentionSpan?
        while k >= floor, i - k <= limit {
            if doc.has(k, .leftStop) { break }
            if doc.words[k].punct, doc.words[k].lower == "," {
                // Skip an appositive: "Pakistan, a key US ally in the war, has refused".
                var c = k - 1
                while c > floor, k - c <= 14, doc.word(c) != "," { c -= 1 }
                if c > floor, doc.word(c) == ",", doc.word(c + 1) == "a" || doc.word(c + 1) == "an" || isPossessive(c + 1) { k = c - 1; continue }
            }
            if let span = doc.span(at: k) {
                if doc.isActor(span) || isSubjectPlace(span) {
                    if doc.has(span.first - 1, .preposition) {
                        if fallback == nil { fallback = span }
                    } else {
                        let chosen = coded(span)
                        return (group(chosen), chosen.first)
                    }
                }
                k = span.first - 1
                continue
            }
            k -= 1
        }
        if let fallback { return (group(coded(fallback)), fallback.first) }
        return ([], i)
    }

    /// True when the mention starting at word `i` is a possessive ("Algeria's"), opening a noun phrase.
    func isPossessive(_ i: Int) -> Bool {
        guard let span = doc.span(at: i), span.first == i else { return false }
        let last = doc.word(span.end - 1), next = doc.word(span.end)
        return last.hasSuffix("'s") || last.hasSuffix("’s") || next == "'s" || next == "’s" || next == "'" || next == "’"
    }

    /// Compass words that may stand between a locative preposition and its place ("in north Kosovo").
    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
        "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest",
    ]

    /// True when the mention follows "in/at/…", perhaps with a compass word between ("in eastern Ukraine").
    func isLocated(_ span: MentionSpan) -> Bool {
        if doc.has(span.first - 1, .locative) { return true }
        var k = span.first - 1
        if doc.has(k, .compass) { k -= 1 } else { return false }
        if doc.word(k) == "the" { k -= 1 }
        return doc.has(k, .locative)
    }

    /// The object: the first actor to the right in the clause; places after "in/at" are skipped.
    func rightActors(from j: Int, ceiling: Int, excluding: [Int], limit: Int = 25, wide: Bool = false,
                     sourceSector: String? = nil) -> (entities: [Int], place: MentionSpan?) {
        var k = j
        var place: MentionSpan?
        let excludedCountries = Set(excluding.compactMap { doc.country(of: $0) })
        while k < ceiling, wide || k - j <= limit {
            if !wide, doc.has(k, .rightStop) { break }
            // "as he succeeded Milosevic": a subordinate clause with its own subject.
            if doc.has(k, .asWord), EventCoder.subjectPronouns.contains(doc.word(k + 1)) { break }
            let w = doc.words[k]
            if w.punct, w.lower == ";" { break }
            if w.punct, w.lower == ",", reportingTail(after: k, ceiling: ceiling) { break }
            if let span = doc.span(at: k) {
                if !doc.isActor(span) || isLocated(span) {
                    if place == nil, !doc.modifiesThing(span) { place = span }
                } else if !excluding.contains(span.entity),
                          doc.country(of: span.entity).map({ !excludedCountries.contains($0) }) ?? true
                            || isDomesticTarget(span.entity, of: excluding, sourceSector: sourceSector) || isDomesticGroup(span) {
                    return (group(coded(span)).filter { !excluding.contains($0) }, place)
                }
                k = span.end
                continue
            }
            k += 1
        }
        return ([], place)
    }

    /// Finds source and target of a trigger.
    func arguments(of t: Trigger, in s: EventSentence) -> (source: [Int], target: [Int], reciprocal: Bool, strong: Bool, place: MentionSpan?, presupposed: Bool) {
        var source: [Int] = []
        var target: [Int] = []
        var strong = true
        var place: MentionSpan?
        var presupposed = false
        var nounSubject = false
        let prev = doc.word(t.first - 1)
        switch t.sense.pos {
        case .noun, .either:
            presupposed = prev == "the" || prev == "these" || prev == "those" || prev.hasSuffix("'s") || prev == "their" || prev == "his" || prev == "her" || prev == "its"
            // Modifier or possessive right before the noun ("Russian invasion", "Moscow's demands", "US economic sanctions").
            var k = t.first - 1
            var steps = 0
            while k >= s.first, steps < 3 {
                if let span = doc.span(at: k) {
                    if doc.isActor(span) { source = group(span); presupposed = true }
                    break
                }
                let w = doc.words[k]
                if w.punct || doc.has(k, [.preposition, .determiner]) || w.lower == "that" { break }
                steps += 1
                k -= 1
            }
            // Phrases after the noun: between, of, by, with, on, against, to.
            var j = t.end
            while j < min(s.end, t.end + 8) {
                let w = doc.word(j)
                if doc.words[j].punct && w != "“" && w != "”" { break }
                if doc.has(j, [.rightStop, .beForm, .auxiliary]) { break }
                if w == "between" || w == "among" {
                    if let span = doc.span(at: j + 1) ?? doc.span(at: j + 2), doc.isActor(span) {
                        let all = group(span)
                        if t.sense.reciprocal, source.isEmpty {
                            source = [all[0]]
                            target = Array(all.dropFirst())
                        } else {
                            target = all
                        }
                    }
                    break
                }
                if w == "and" || w == "or", doc.span(at: j + 1) == nil, doc.span(at: j + 2) == nil { break }
                if w == "that" || w == "which", source.isEmpty, j == t.end {
                    if let span = doc.span(at: j + 1), doc.isActor(span) {
                        let verb = doc.word(span.end)
                        if verb.hasSuffix("ed") || doc.has(span.end, .pastVerb) {
                            // "the demands that Moscow issued to the alliance": a relative clause names the source.
                            source = group(span)
                            target = rightActors(from: span.end + 1, ceiling: s.end, excluding: source).entities
                            presupposed = false
                        } else if target.isEmpty {
                            // "its demand that Israel ease restrictions": the content names the target.
                            target = group(coded(span))
                        }
                    }
                    break
                }
                if let span = doc.span(at: j + 1), doc.isActor(span), doc.has(j, .preposition) {
                    let entities = group(span)
                    if w == "by" || (w == "of" && ["RETREAT", "MOBILIZE", "PROTEST", "CONSULT"].contains(t.sense.type)) {
                        // The agent phrase belongs to this noun only right after it ("attacks by rebels").
                        if source.isEmpty, j == t.end { source = entities }
                    } else if !doc.has(j, .locative) && w != "from" {
                        if target.isEmpty { target = entities.filter { !source.contains($0) } }
                    }
                    j = span.end
                    continue
                }
                if let span = doc.span(at: j) {
                    j = span.end
                    continue
                }
                j += 1
            }
            if source.isEmpty {
                let left = leftActors(from: t.first, floor: s.first, limit: 12)
                source = left.entities
                nounSubject = !source.isEmpty
            }
        case .verb, .adjective:
            let passive = isPassive(t, sentence: s)
            if passive || t.sense.pos == .adjective {
                let agent = byAgent(around: t, in: s)
                if let agent {
                    source = agent.entities
                    target = leftActors(from: agent.byWord, floor: s.first).entities.filter { !source.contains($0) }
                    if target.isEmpty { target = anaphoricTarget(from: agent.byWord, floor: s.first) }
                } else if passive {
                    target = leftActors(from: t.first, floor: s.first).entities
                } else {
                    source = leftActors(from: t.first, floor: s.first).entities
                    target = anaphoricTarget(from: t.first, floor: s.first)
                }
            } else {
                let left = leftActors(from: t.first, floor: s.first)
                source = left.entities
                let sector = doc.span(at: left.firstWord).flatMap { sectorNoun(after: $0) }
                let right = rightActors(from: t.end, ceiling: s.end, excluding: source, sourceSector: sector)
                target = right.entities
                place = right.place
                // "Thousands of people filled the squares of Tbilisi": a crowd without a name acts for its place.
                if source.isEmpty, let p = right.place, doc.country(of: p.entity) != nil, crowdSubject(before: t.first, floor: s.first) {
                    source = [p.entity]
                    target.removeAll { $0 == p.entity }
                }
            }
        }
        let nominal = t.sense.pos == .noun || t.sense.pos == .either
        // "A and B met", "talks by A and B": the parties are named; only a with-phrase adds another.
        let partiesNamed = t.sense.reciprocal && source.count >= 2
        if partiesNamed { target = withParty(after: doc.word(t.end - 1) == "with" ? t.end - 1 : t.end, in: s, excluding: source) }
        if target.isEmpty, !partiesNamed, !nominal || nounSubject {
            let right = rightActors(from: t.end, ceiling: s.end, excluding: source)
            target = right.entities
            if place == nil { place = right.place }
        }
        strong = !source.isEmpty && (!target.isEmpty || partiesNamed)
        // "a unilateral ceasefire": no counterpart, whatever the sentence names later.
        let unilateral = (max(s.first, t.first - 3)..<t.first).contains { doc.has($0, .unilateral) } || doc.has(t.end, .unilateral)
        if target.isEmpty, !source.isEmpty, !partiesNamed, !unilateral {
            // The recipient named later in the sentence, or the party the subject answers to ("Lavrov assured that the US agreed").
            if !nominal || nounSubject { target = rightActors(from: t.end, ceiling: s.end, excluding: source, wide: true).entities }
            if target.isEmpty, !CameoPlover.isMaterial(t.sense.type) {
                let sourceStart = firstWord(of: source, before: t.first, floor: s.first)
                target = leftActors(from: sourceStart, floor: s.first).entities.filter { e in
                    !source.contains(e) && doc.country(of: e) != nil && !source.contains { doc.country(of: $0) == doc.country(of: e) }
                }
            }
            if target.isEmpty, let place, t.sense.type != "CONSULT", t.sense.type != "PROTEST", doc.country(of: place.entity) != nil,
               CameoPlover.isMaterial(t.sense.type) || doc.entities[place.entity].kind == .country {
                target = [place.entity]
            }
        }
        if !source.isEmpty, !unilateral, target.allSatisfy({ isUncoded($0) }), let domestic = domesticTarget(of: t, in: s, source: source) { target = [domestic] }
        var reciprocal = false
        if t.sense.reciprocal {
            if target.isEmpty, source.count >= 2 {
                target = Array(source.dropFirst())
                source = [source[0]]
            }
            reciprocal = !source.isEmpty && !target.isEmpty
        }
        target.removeAll { source.contains($0) }
        return (source, target, reciprocal, strong, place, presupposed)
    }

    /// Pronouns that open a clause of their own after "as".
    static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]

    /// Nouns of unnamed crowds that act for the place they are in.
    static let crowdNouns: Set<String> = [
        "people", "protesters", "protestors", "demonstrators", "students", "workers", "residents", "villagers", "civilians",
        "crowd", "crowds", "youths", "refugees", "citizens", "marchers", "strikers",
    ]

    /// True when the subject before word `i` is an unnamed crowd ("hundreds of thousands of people").
    func crowdSubject(before i: Int, floor: Int) -> Bool {
        var k = i - 1
        while k >= floor, i - k <= 8 {
            if doc.words[k].punct || doc.has(k, .leftStop) || doc.span(at: k) != nil { return false }
            if doc.has(k, .crowd) { return true }
            k -= 1
        }
        return false
    }

    /// The party of a with-phrase right after a reciprocal trigger ("met with Lavrov", "talks with the alliance").
    func withParty(after j: Int, in s: EventSentence, excluding: [Int]) -> [Int] {
        var k = j
        while k < min(s.end, j + 4) {
            if doc.words[k].punct { return [] }
            if doc.word(k) == "with" {
                let m = doc.word(k + 1) == "the" ? k + 2 : k + 1
                guard let span = doc.span(at: m), doc.isActor(span) else { return [] }
                return group(coded(span)).filter { !excluding.contains($0) }
            }
            k += 1
        }
        return []
    }

    /// The first word of the nearest group of mentions of `entities` before `limit`.
    func firstWord(of entities: [Int], before limit: Int, floor: Int) -> Int {
        var k = limit - 1
        var best = limit
        var found = false
        while k >= floor {
            if let span = doc.span(at: k), entities.contains(span.entity) {
                best = span.first
                found = true
                k = span.first - 1
                continue
            }
            if found {
                let w = doc.word(k)
                if w == "and" || w == "," || w == "&" { k -= 1; continue }
                break
            }
            k -= 1
        }
        return best
    }
}
