/// A cue with its speaker and, when the text reports what was said without quotation marks, its content.
struct Attribution: Sendable {
    /// The cue tokens (`said`, `according to`, `:`).
    var cue: ClosedRange<Int>
    /// Who speaks, when the text names it.
    var speaker: SpeakerPhrase?
    /// The reported content, for indirect speech.
    var content: ClosedRange<Int>?
    /// A verb of thinking or feeling rather than of speech.
    var cognition: Bool
    /// Where this attribution's clause begins (content of an earlier cue in the sentence ends before it).
    var clauseStart: Int
    /// The clause is joined to what precedes by a comma or a conjunction, so it ends an earlier content.
    var linked: Bool = false
}

/// Finds attributions sentence by sentence: `X said (that) …`, `…, X said`, `according to X`, `X, who said`.
extension ProseText {
    /// All attributions of sentence `s`; cues inside quotation marks (`inQuote`) are the quoted speaker's words.
    func attributions(inSentence s: Int, inQuote: [Int32]) -> [Attribution] {
        let f = sentenceFirst[s], l = sentenceLast[s]
        var found: [Attribution] = []
        var k = f
        while k <= l {
            defer { k += 1 }
            let t = tokens[k]
            guard t.kind == .word, inQuote[k] < 0 else { continue }
            // Only `according`, reporting nouns and cue verbs start an attribution.
            guard t.lexicon & (TokenLexicon.cue | TokenLexicon.nominalCue | TokenLexicon.according) != 0 else { continue }
            if t.key == AttributionLexicon.according, isWord(k + 1, AttributionLexicon.to) {
                if let a = accordingTo(k, f, l) { found.append(a) }
                k += 1
                continue
            }
            if !t.capitalized, AttributionLexicon.nominalCues.contains(t.key), let a = nominal(k, f, l) {
                found.append(a)
                continue
            }
            guard !t.capitalized, var info = AttributionLexicon.cues[t.key] else { continue }
            if k - 1 >= f, tokens[k - 1].kind == .possessive && !isAny(k - 2, in: AttributionLexicon.pronouns)
                || isAny(k - 1, in: AttributionLexicon.determiners) { continue }
            if isLower(k + 1, in: AttributionLexicon.subjectAuxiliaries) { continue }
            if isWord(k + 1, AttributionLexicon.to), !AttributionLexicon.infinitiveCues.contains(t.key) { continue }
            // `called for talks`: a demand reports what follows the particle.
            var particle = k + 1
            while particle <= l, particle < k + 3, isAny(particle, in: AttributionLexicon.timeWords) { particle += 1 }
            let demand = AttributionLexicon.callForms.contains(t.key) && isLower(particle, in: AttributionLexicon.callParticles)
                || isLowerKey(particle, AttributionLexicon.about)
            // `pledged to push for …`: a promise reports its infinitive.
            if demand || isWord(k + 1, AttributionLexicon.to) { info.takesClause = true }
            var floor = f
            var q = k - 1
            while q >= f {
                if inQuote[q] >= 0 || tokens[q].kind == .quote { floor = q + 1; break }
                q -= 1
            }
            var speaker: SpeakerPhrase?
            var inverted = false
            let participle = hasSuffix(k, "ing")
            let previous = found.last { !$0.cognition }
            let linkedToPrevious = isAndOrBut(k - 1) || isPunct(k - 1, 0x2C)
                || (k > f && tokens[k - 1].kind == .quote)
            let goesOn = isLowerKey(k - 1, AttributionLexicon.to) && isLower(k - 2, in: AttributionLexicon.goingOn)
            if participle && linkedToPrevious || goesOn || isAndOrBut(k - 1) {
                speaker = previous?.speaker
            }
            if speaker == nil, !(participle && linkedToPrevious) { speaker = speakerBefore(cue: k, floor: floor) }
            if speaker == nil, isLower(k - 1, in: AttributionLexicon.passiveAuxiliaries) {
                var m = k + 1
                while m <= l, m < k + 8, !isWord(m, AttributionLexicon.by), tokens[m].kind != .quote { m += 1 }
                if isWord(m, AttributionLexicon.by) { speaker = speakerAfter(m + 1, limit: l) }
            }
            if speaker == nil, !participle, k == f || isPunct(k - 1, 0x2C) || (k > f && tokens[k - 1].kind == .quote) {
                speaker = speakerAfter(k + 1, limit: l)
                inverted = speaker != nil
            }
            if speaker == nil, participle, let subject = speakerAfter(f, limit: k - 1), subject.head.upperBound < k - 1 {
                // `Clinton mocked the complaint, saying …`: the subject of the sentence speaks.
                speaker = subject
            }
            guard let speaker else { continue }
            let inherited = participle && linkedToPrevious || goesOn || isAndOrBut(k - 1)
            // A speaker right after a closing quotation mark: the cue attributes that quotation, not a clause.
            let before = (inverted || inherited ? k : speaker.surface.lowerBound) - 1
            let trailerOfQuote = !inherited && ((before >= f && tokens[before].kind == .quote)
                || (isPunct(before, 0x2C) && before - 1 >= f && tokens[before - 1].kind == .quote))
            var clauseStart = inverted || inherited || speaker.surface.lowerBound > k ? k : speaker.surface.lowerBound
            var linked = inherited
            while clauseStart - 1 > f, isPunct(clauseStart - 1, 0x2C) || isLower(clauseStart - 1, in: AttributionLexicon.clauseLinks) {
                clauseStart -= 1
                linked = true
            }
            var content: ClosedRange<Int>?
            if !trailerOfQuote {
                let passive = isLower(k - 1, in: AttributionLexicon.passiveAuxiliaries)
                let afterCue = inverted || passive ? max(k, speaker.surface.upperBound) + 1 : k + 1
                if isPunct(before, 0x2C), before - 1 >= f, shortTail(after: afterCue, last: l) {
                    // `…, officials said.`: the content is the clause before the comma.
                    content = f...(before - 1)
                } else {
                    content = complement(after: demand && afterCue == k + 1 ? particle + 1 : afterCue, info: info, last: l)
                }
            }
            found.append(Attribution(cue: k...k, speaker: speaker, content: content, cognition: info.cognition,
                                     clauseStart: clauseStart, linked: linked))
        }
        // Content of an earlier cue stops where a later attribution's clause begins.
        for i in found.indices {
            guard let content = found[i].content else { continue }
            for j in found.indices where j != i && found[j].linked && found[j].clauseStart > content.lowerBound && found[j].clauseStart <= content.upperBound
                && found[j].cue.lowerBound > found[i].cue.upperBound {
                let end = found[j].clauseStart - 1
                found[i].content = end >= content.lowerBound ? content.lowerBound...end : nil
                break
            }
            if let c = found[i].content { found[i].content = trimmed(c) }
        }
        return found
    }

    /// `according to X, …` and `…, according to X`.
    func accordingTo(_ k: Int, _ f: Int, _ l: Int) -> Attribution? {
        guard let speaker = speakerAfter(k + 2, limit: l) else { return nil }
        var content: ClosedRange<Int>?
        if k == f {
            var m = speaker.surface.upperBound + 1
            while m <= l, !isPunct(m, 0x2C) { m += 1 }
            if m + 1 <= l { content = (m + 1)...l }
        } else if isPunct(k - 1, 0x2C), k - 2 >= f {
            content = f...(k - 2)
        } else if k - 1 >= f {
            content = f...(k - 1)
        }
        return Attribution(cue: k...(k + 1), speaker: speaker, content: content.map(trimmed), cognition: false, clauseStart: k,
                           linked: isPunct(k - 1, 0x2C))
    }

    /// `Trump’s claim that …`: a reporting noun owned by the speaker, followed by `that`.
    func nominal(_ k: Int, _ f: Int, _ l: Int) -> Attribution? {
        guard isLowerKey(k + 1, AttributionLexicon.that), k + 2 <= l else { return nil }
        var p = k - 1
        while p >= f, p >= k - 3, tokens[p].kind == .word, !tokens[p].capitalized, !AttributionLexicon.phraseStops.contains(tokens[p].key) {
            if AttributionLexicon.possessivePronouns[tokens[p].key] != nil {
                // `his claim that …`: the pronoun owns the claim.
                let speaker = SpeakerPhrase(head: p...p, surface: p...p, isPronoun: true)
                return Attribution(cue: k...k, speaker: speaker, content: trimmed((k + 2)...l), cognition: false, clauseStart: p)
            }
            p -= 1
        }
        guard p >= f, tokens[p].kind == .possessive, let owner = phraseEnding(at: p - 1, floor: f) else { return nil }
        let speaker = SpeakerPhrase(head: owner.head, surface: owner.surface, isPronoun: owner.isPronoun)
        return Attribution(cue: k...k, speaker: speaker, content: trimmed((k + 2)...l), cognition: false, clauseStart: owner.surface.lowerBound)
    }

    /// The reported clause after a cue: after `that`, after an object (`told reporters`), or right after the cue.
    func complement(after start: Int, info: AttributionLexicon.CueInfo, last l: Int) -> ClosedRange<Int>? {
        guard start <= l else { return nil }
        var c = start
        var m = c
        while m <= l, m < c + 9 {
            if isLowerKey(m, AttributionLexicon.that) { return m + 1 <= l ? (m + 1)...l : nil }
            let t = tokens[m]
            if t.kind == .punct || (t.kind == .word && AttributionLexicon.cues[t.key] != nil)
                || isAndOrBut(m) { break }
            m += 1
        }
        if info.takesObject {
            if isLower(c, in: AttributionLexicon.objectPronouns) {
                c += 1
            } else if let object = speakerAfter(c, limit: l), !object.isPronoun {
                c = object.head.upperBound + 1
            }
        }
        while c <= l, isAny(c, in: AttributionLexicon.timeWords) { c += 1 }
        guard c <= l else { return nil }
        let first = tokens[c]
        guard first.kind == .word || first.kind == .number || first.kind == .quote else { return nil }
        if info.takesClause { return c...l }
        // Verbs like `described` report only what carries quotation marks.
        var hasQuote = false
        for m in c...l where tokens[m].kind == .quote { hasQuote = true; break }
        return hasQuote ? c...l : nil
    }

    /// True when only a few non-clause tokens follow the cue (`said on Thursday.`).
    func shortTail(after start: Int, last l: Int) -> Bool {
        var words = 0
        var m = start
        while m <= l {
            if tokens[m].kind == .word {
                words += 1
                if isLowerKey(m, AttributionLexicon.that) { return false }
            }
            if tokens[m].kind == .quote { return false }
            if isPunct(m, 0x2C) { break }  // `…, she said, referencing …`: a new clause
            m += 1
        }
        return words <= 7
    }

    /// `range` without trailing sentence punctuation (closing quotation marks stay).
    func trimmed(_ range: ClosedRange<Int>) -> ClosedRange<Int> {
        var last = range.upperBound
        while last > range.lowerBound, tokens[last].kind == .punct,
              isPunct(last, 0x2E) || isPunct(last, 0x2C) || isPunct(last, 0x3B) || isPunct(last, 0x3A) {
            last -= 1
        }
        return range.lowerBound...last
    }
}
