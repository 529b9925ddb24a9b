/// A noun phrase naming who speaks: the head used to find the entity and the surface shown to users.
struct SpeakerPhrase: Sendable {
    /// Tokens of the phrase proper (`Retired Lt. Gen. Michael Flynn`), used to find the entity.
    var head: ClosedRange<Int>
    /// Tokens as written, with any apposition (`Flynn, a top Trump surrogate,`).
    var surface: ClosedRange<Int>
    /// The phrase is a lone personal pronoun.
    var isPronoun: Bool
}

/// Finds speaker phrases next to cues by walking over tokens (no parser: capitalised runs, titles, speaker nouns).
extension ProseText {
    /// The speaker phrase that ends right before the cue at `cue` (`Lavrov said`, `Flynn, an adviser, said`).
    func speakerBefore(cue: Int, floor: Int) -> SpeakerPhrase? {
        var j = cue - 1
        while j >= floor {
            if tokens[j].kind == .word, !tokens[j].capitalized,
               AttributionLexicon.cueModifiers.contains(tokens[j].key) || hasSuffix(j, "ly") {
                j -= 1
            } else if isAny(j, in: AttributionLexicon.timeWords), j - 1 >= floor, isLower(j - 1, in: AttributionLexicon.timePrepositions) {
                j -= 2  // `Sanders on Tuesday said`
            } else if tokens[j].kind == .possessive, isAny(j - 1, in: AttributionLexicon.pronouns) {
                j -= 1  // `He’s claiming`
            } else if isPunct(j, 0x29) {
                // `Mike Pence (R-IN) said`: skip the parenthesis.
                var k = j - 1
                while k > floor, k > j - 10, !isPunct(k, 0x28) { k -= 1 }
                guard isPunct(k, 0x28) else { return nil }
                j = k - 1
            } else {
                break
            }
        }
        guard j >= floor else { return nil }
        var surfaceEnd = j
        if isPunct(j, 0x2C) {
            // Apposition: `NP, a top adviser, said`.
            var k = j - 1
            while k > floor, k > j - 32, !isPunct(k, 0x2C), tokens[k].kind != .quote, !isTerminator(k) { k -= 1 }
            guard k > floor, isPunct(k, 0x2C), j - k >= 2 else { return nil }
            guard var phrase = phraseEnding(at: k - 1, floor: floor) else { return nil }
            phrase.surface = phrase.surface.lowerBound...(j - 1)
            return phrase
        }
        surfaceEnd = j
        if isLowerKey(j, AttributionLexicon.who) {
            var k = j - 1
            if isPunct(k, 0x2C) { k -= 1 }
            guard let antecedent = phraseEnding(at: k, floor: floor) else { return nil }
            return SpeakerPhrase(head: antecedent.head, surface: j...j, isPronoun: false)
        }
        return phraseEnding(at: surfaceEnd, floor: floor)
    }

    /// The noun phrase whose last token is `end`, if `end` can head one.
    func phraseEnding(at end: Int, floor: Int) -> SpeakerPhrase? {
        guard end >= floor, end < tokens.count, tokens[end].kind == .word else { return nil }
        let t = tokens[end]
        if AttributionLexicon.pronouns.contains(t.key) {
            return SpeakerPhrase(head: end...end, surface: end...end, isPronoun: true)
        }
        if AttributionLexicon.timeWords.contains(t.key) || AttributionLexicon.determiners.contains(t.key) { return nil }
        let namedHead = t.capitalized || AttributionLexicon.speakerNouns.contains(t.key)
        if AttributionLexicon.phraseStops.contains(t.key) || AttributionLexicon.cues[t.key] != nil && !t.capitalized { return nil }
        if !namedHead, hasSuffix(end, "ed") || hasSuffix(end, "ing") || hasSuffix(end, "ly") { return nil }
        var start = end
        var sawName = t.capitalized
        while start - 1 >= floor, end - start < 10 {
            let k = start - 1
            let w = tokens[k]
            if w.kind == .word {
                if AttributionLexicon.determiners.contains(w.key) {
                    if w.key != AttributionLexicon.that { start = k }
                    break
                }
                if AttributionLexicon.phraseStops.contains(w.key) {
                    if w.key == AttributionLexicon.of, k - 1 >= floor, tokens[k - 1].kind == .word,
                       tokens[k - 1].capitalized || AttributionLexicon.speakerNouns.contains(tokens[k - 1].key) {
                        start = k
                        continue
                    }
                    break
                }
                if w.capitalized {
                    sawName = true
                    start = k
                    continue
                }
                if AttributionLexicon.speakerNouns.contains(w.key) { start = k; continue }
                if sawName || hasSuffix(k, "ed") || hasSuffix(k, "ing") || AttributionLexicon.cues[w.key] != nil { break }
                start = k
                continue
            }
            if w.kind == .possessive { start = k; continue }
            if w.firstByte == 0x2E, !w.spaceBefore, k - 1 >= floor, tokens[k - 1].kind == .word,
               ProseLexer.abbreviations.contains(tokens[k - 1].key) {
                start = k
                continue
            }
            break
        }
        // A common noun heads a speaker phrase only with a determiner (`the ad’s narrator`, `a man`).
        if !namedHead, !(isAny(start, in: AttributionLexicon.determiners) && end - start <= 5) { return nil }
        // `Washington and its allies`: take the first conjunct as the head.
        if start - 2 >= floor, isLowerKey(start - 1, AttributionLexicon.and), tokens[start - 2].capitalized,
           let first = phraseEnding(at: start - 2, floor: floor), !first.isPronoun {
            return SpeakerPhrase(head: first.head, surface: first.surface.lowerBound...end, isPronoun: false)
        }
        return SpeakerPhrase(head: start...end, surface: start...end, isPronoun: false)
    }

    /// The speaker phrase that starts at `start` and ends before punctuation or a cue (`said Flynn`, `” he said`).
    func speakerAfter(_ start: Int, limit: Int, relaxed: Bool = false) -> SpeakerPhrase? {
        guard start <= limit, start < tokens.count, tokens[start].kind == .word else { return nil }
        let t = tokens[start]
        if AttributionLexicon.timeWords.contains(t.key) { return nil }
        if AttributionLexicon.pronouns.contains(t.key) {
            return SpeakerPhrase(head: start...start, surface: start...start, isPronoun: true)
        }
        var end = start - 1
        var k = start
        while k <= limit, k - start < 10 {
            let w = tokens[k]
            if w.kind == .word {
                if AttributionLexicon.determiners.contains(w.key), k == start { end = k; k += 1; continue }
                if w.capitalized && !(AttributionLexicon.phraseStops.contains(w.key) && k == start) { end = k; k += 1; continue }
                if w.key == AttributionLexicon.of, k + 1 <= limit, tokens[k + 1].capitalized { end = k; k += 1; continue }
                if AttributionLexicon.cues[w.key] != nil || AttributionLexicon.phraseStops.contains(w.key) { break }
                if AttributionLexicon.speakerNouns.contains(w.key) { end = k; k += 1; continue }
                if hasSuffix(k, "ed") || hasSuffix(k, "ing") || hasSuffix(k, "ly") { break }
                end = k
                k += 1
                continue
            }
            if w.kind == .possessive { end = k; k += 1; continue }
            if w.firstByte == 0x2E, !w.spaceBefore, k > start, ProseLexer.abbreviations.contains(tokens[k - 1].key) {
                end = k
                k += 1
                continue
            }
            break
        }
        guard end >= start else { return nil }
        // Trim trailing non-head words back to a capitalised word or speaker noun.
        while !relaxed, end >= start, !(tokens[end].kind == .word && (tokens[end].capitalized || AttributionLexicon.speakerNouns.contains(tokens[end].key))) {
            end -= 1
        }
        guard end >= start else { return nil }
        return SpeakerPhrase(head: start...end, surface: start...end, isPronoun: false)
    }
}
