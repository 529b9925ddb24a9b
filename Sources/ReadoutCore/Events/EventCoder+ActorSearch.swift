/// Finding the actors around a trigger: coordinated mentions, subjects to the left, objects to the right.
extension EventCoder {
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
}
