/// Finds direct, partial and indirect quotations with their cues and speakers in one document.
struct QuoteFinder {
    /// The lexed text.
    let text: ProseText
    /// Resolves speaker phrases to entities.
    let resolver: SpeakerResolver

    /// Creates a finder over `text` with the entities found so far.
    init(text: ProseText, entities: [Entity]) {
        self.text = text
        self.resolver = SpeakerResolver(entities: entities, text: text)
    }

    /// Who said a quotation and with what cue.
    struct Said {
        var cue: ClosedRange<Int>
        var speaker: SpeakerPhrase?
    }

    /// Every quotation in text order.
    func quotes() -> [Quote] {
        let tokens = text.tokens
        guard !tokens.isEmpty else { return [] }
        let runs = QuoteMarkPairer.runs(in: text)
        var inQuote = [Int32](repeating: -1, count: tokens.count)
        for (r, run) in runs.enumerated() where run.first <= run.last {
            for t in run.first...run.last { inQuote[t] = Int32(r) }
        }
        var bySentence: [[Attribution]] = Array(repeating: [], count: text.sentenceFirst.count)
        for s in text.sentenceFirst.indices { bySentence[s] = text.attributions(inSentence: s, inQuote: inQuote) }

        var quotes: [Quote] = []
        var previous: (run: QuotedRun, said: Said)?
        for run in runs {
            let direct = isDirect(run)
            // `on CBS's “Face the Nation,”`: a title inside a sentence is not a quotation.
            if isTitle(run), !startsStatement(run) { continue }
            var said = trailer(after: run) ?? preface(before: run)
            if said == nil { said = enclosing(run, in: bySentence[Int(tokens[run.open].sentence)]) }
            var lead: Int?
            if said == nil, !direct, let found = evaluation(before: run, inQuote: inQuote) {
                said = found.said
                lead = found.contentStart
            }
            if said == nil, direct, var last = previous, continues(run, after: last.run) {
                // The news convention: an unattributed quotation is the last named speaker's.
                if let later = lastAttribution(before: run.open, after: last.said.cue.upperBound, in: bySentence) { last.said = later }
                said = last.said
            }
            // Quoted words nobody is said to say are titles or scare quotes, not quotations.
            if said == nil, !direct { continue }
            var quote = Quote(start: Int(tokens[run.first].start), end: Int(tokens[run.last].end),
                              text: text.text(run.first, run.last), kind: direct ? .direct : .partial)
            if let said { apply(said, to: &quote) }
            quotes.append(quote)
            if let lead, let said, lead < run.open {
                // `likened Clinton to a “vicious snake”`: what the cue reports runs from its object to the quotation.
                let end = run.close ?? run.last
                var reported = Quote(start: Int(tokens[lead].start), end: Int(tokens[end].end),
                                     text: text.text(lead, end), kind: .indirect)
                apply(said, to: &reported)
                quotes.append(reported)
            }
            if let said { previous = (run, said) }
        }
        for attributions in bySentence {
            for a in attributions {
                guard let content = a.content, content.upperBound > content.lowerBound || tokens[content.lowerBound].kind == .word else { continue }
                if isOneRun(content, inQuote: inQuote, runs: runs) { continue }
                var quote = Quote(start: Int(tokens[content.lowerBound].start), end: Int(tokens[content.upperBound].end),
                                  text: text.text(content.lowerBound, content.upperBound), kind: .indirect)
                apply(Said(cue: a.cue, speaker: a.speaker), to: &quote)
                quotes.append(quote)
            }
        }
        quotes.sort { ($0.start, $1.end) < ($1.start, $0.end) }
        return quotes
    }

    /// Fills speaker, cue and their spans.
    func apply(_ said: Said, to quote: inout Quote) {
        let cueSpan = text.span(said.cue.lowerBound, said.cue.upperBound)
        quote.cue = cueSpan.text.lowercased()
        quote.cueSpan = cueSpan
        if let phrase = said.speaker {
            quote.speaker = resolver.resolve(phrase)
            quote.speakerSpan = text.span(phrase.surface.lowerBound, phrase.surface.upperBound)
        }
    }

    /// True when `content` is exactly one quotation (its marks included or not).
    func isOneRun(_ content: ClosedRange<Int>, inQuote: [Int32], runs: [QuotedRun]) -> Bool {
        var first = content.lowerBound, last = content.upperBound
        if text.tokens[first].kind == .quote { first += 1 }
        if text.tokens[last].kind == .quote { last -= 1 }
        guard first <= last, inQuote[first] >= 0, inQuote[first] == inQuote[last] else { return false }
        let run = runs[Int(inQuote[first])]
        return run.first == first && run.last >= last - 1
    }

    /// `“…,” Lavrov warned`, `“…,” said Flynn`, `“…” he added`.
    func trailer(after run: QuotedRun) -> Said? {
        guard let close = run.close else { return nil }
        let tokens = text.tokens
        var j = close + 1
        if text.isPunct(j, 0x2C) { j += 1 }
        guard j < tokens.count, tokens[j].paragraph == tokens[close].paragraph, !text.startsLine(j) else { return nil }
        if text.isDash(j), let speaker = text.speakerAfter(j + 1, limit: min(tokens.count - 1, j + 8)),
           !speaker.isPronoun, tokens[speaker.head.lowerBound].capitalized {
            // `“…” ― Carla Sanchez`: a dash signs the quotation.
            return Said(cue: j...j, speaker: speaker)
        }
        guard tokens[j].kind == .word else { return nil }
        var limit = j
        while limit + 1 < tokens.count, limit - j < 24, tokens[limit + 1].sentence == tokens[j].sentence,
              tokens[limit + 1].kind != .quote, !(text.isTerminator(limit + 1) && limit + 2 < tokens.count && tokens[limit + 2].sentence != tokens[j].sentence) {
            limit += 1
        }
        if let info = AttributionLexicon.cues[tokens[j].key], !tokens[j].capitalized, !info.cognition {
            guard let speaker = text.speakerAfter(j + 1, limit: limit) else { return nil }
            return Said(cue: j...j, speaker: speaker)
        }
        if tokens[j].key == AttributionLexicon.according, text.isWord(j + 1, AttributionLexicon.to) {
            return Said(cue: j...(j + 1), speaker: text.speakerAfter(j + 2, limit: limit))
        }
        guard let phrase = text.speakerAfter(j, limit: limit, relaxed: true) else { return nil }
        var m = phrase.head.upperBound + 1
        var surfaceEnd = phrase.head.upperBound
        if text.isPunct(m, 0x28) {
            // `Rep. Jim Clyburn (D-S.C.), …`
            var n = m + 1
            while n <= limit, n < m + 10, !text.isPunct(n, 0x29) { n += 1 }
            guard n <= limit else { return nil }
            surfaceEnd = n
            m = n + 1
        }
        if text.isPunct(m, 0x2C) {
            var n = m + 1
            while n <= limit, !text.isPunct(n, 0x2C) { n += 1 }
            guard n <= limit else { return nil }
            surfaceEnd = n
            m = n + 1
        }
        while m <= limit, tokens[m].kind == .word, !tokens[m].capitalized,
              AttributionLexicon.cueModifiers.contains(tokens[m].key) || text.hasSuffix(m, "ly") {
            m += 1
        }
        guard m <= limit, tokens[m].kind == .word, !tokens[m].capitalized,
              let info = AttributionLexicon.cues[tokens[m].key], !info.cognition else { return nil }
        return Said(cue: m...m, speaker: SpeakerPhrase(head: phrase.head, surface: j...surfaceEnd, isPronoun: phrase.isPronoun))
    }

    /// `Lavrov said: “…”`, `Flynn told reporters, “…”`, and headline `Blinken: “…”`.
    func preface(before run: QuotedRun) -> Said? {
        let tokens = text.tokens
        let p = run.open - 1
        guard p >= 0, text.isPunct(p, 0x3A) || text.isPunct(p, 0x2C) else { return nil }
        // The colon may end the previous paragraph (`Limbaugh continued:` then the quotation).
        let f = text.sentenceFirst[Int(tokens[p].sentence)]
        var k = p - 1
        while k >= f, k >= p - 7 {
            if tokens[k].kind == .quote || text.isTerminator(k) { break }
            if tokens[k].kind == .word, !tokens[k].capitalized,
               AttributionLexicon.cues[tokens[k].key].map({ !$0.cognition }) ?? AttributionLexicon.prefaceCues.contains(tokens[k].key) {
                guard let speaker = text.speakerBefore(cue: k, floor: f) else { return nil }
                return Said(cue: k...k, speaker: speaker)
            }
            k -= 1
        }
        if text.isPunct(p, 0x3A), let phrase = text.phraseEnding(at: p - 1, floor: f), phrase.surface.lowerBound == f {
            return Said(cue: p...p, speaker: phrase)
        }
        return nil
    }

    /// The attribution of the sentence whose content holds the run, or the nearest speech cue before it.
    func enclosing(_ run: QuotedRun, in attributions: [Attribution]) -> Said? {
        var best: Attribution?
        for a in attributions where !a.cognition {
            guard let content = a.content, content.lowerBound <= run.open, content.upperBound >= run.open else { continue }
            if best == nil || a.content!.count < best!.content!.count { best = a }
        }
        if best == nil {
            for a in attributions where !a.cognition && a.cue.upperBound < run.open {
                if best == nil || a.cue.lowerBound > best!.cue.lowerBound { best = a }
            }
        }
        guard let best else { return nil }
        return Said(cue: best.cue, speaker: best.speaker)
    }

    /// The last speech attribution with a speaker whose cue lies between `after` and `before`.
    func lastAttribution(before: Int, after: Int, in bySentence: [[Attribution]]) -> Said? {
        var s = Int(text.tokens[before].sentence)
        while s >= 0, text.sentenceLast[s] > after {
            for a in bySentence[s].reversed() where !a.cognition && a.speaker != nil && a.cue.lowerBound > after && a.cue.upperBound < before {
                return Said(cue: a.cue, speaker: a.speaker)
            }
            s -= 1
        }
        return nil
    }

    /// True when `run` continues the speech of the attributed quotation `earlier` (same or next paragraph).
    func continues(_ run: QuotedRun, after earlier: QuotedRun) -> Bool {
        let tokens = text.tokens
        let p = tokens[run.open].paragraph
        let q = tokens[earlier.last].paragraph
        if p == q { return true }
        let startsParagraph = run.open == 0 || tokens[run.open - 1].paragraph != p
        return p == q + 1 && startsParagraph
    }

    /// True when every word of the run is capitalised but for short function words (`Face the Nation`).
    func isTitle(_ run: QuotedRun) -> Bool {
        let tokens = text.tokens
        var words = 0
        for k in run.first...run.last {
            let t = tokens[k]
            if t.kind == .punct || t.kind == .possessive || t.kind == .number { continue }
            if t.kind == .quote { return false }
            words += 1
            if !t.capitalized && !AttributionLexicon.titleFunctionWords.contains(t.key) { return false }
        }
        return words >= 1 && words <= 8 && !text.isTerminator(run.last) && !(run.last > run.first && text.isTerminator(run.last - 1))
    }

    /// True when the run opens a paragraph or sentence, or follows a colon.
    func startsStatement(_ run: QuotedRun) -> Bool {
        let tokens = text.tokens
        let o = run.open
        if o == 0 || tokens[o - 1].paragraph != tokens[o].paragraph || text.startsLine(o) { return true }
        return o == text.sentenceFirst[Int(tokens[o].sentence)] || text.isPunct(o - 1, 0x3A)
    }

    /// A whole statement in quotation marks rather than a few words quoted inside a sentence.
    func isDirect(_ run: QuotedRun) -> Bool {
        let tokens = text.tokens
        let o = run.open
        if o == 0 || tokens[o - 1].paragraph != tokens[o].paragraph { return true }
        if o == text.sentenceFirst[Int(tokens[o].sentence)] { return true }
        if text.isPunct(o - 1, 0x3A) { return true }
        if text.isPunct(o - 1, 0x2C), tokens[run.first].capitalized { return true }
        if text.startsLine(o) { return true }
        // A whole sentence in marks: capitalised, ending with its own punctuation.
        if tokens[run.first].capitalized, text.isTerminator(run.last) || text.isPunct(run.last, 0x2C),
           run.last - run.first >= 3 { return true }
        return false
    }
}
