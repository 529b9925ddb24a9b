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
