/// Partial quotations reported by verbs that judge or name rather than say (`called him a “liar”`).
extension QuoteFinder {
    /// The nearest speech or evaluation verb before `run` in its sentence whose subject can be found,
    /// with the first token of what it reports (after a `that`).
    func evaluation(before run: QuotedRun, inQuote: [Int32]) -> (said: Said, contentStart: Int)? {
        let tokens = text.tokens
        let f = text.sentenceFirst[Int(tokens[run.open].sentence)]
        var k = run.open - 1
        while k >= f, k >= run.open - 24 {
            let t = tokens[k]
            defer { k -= 1 }
            guard t.kind == .word, inQuote[k] < 0, !t.capitalized, AttributionLexicon.isEvaluationCue(t.key) else { continue }
            // `the rules`, `Trump’s call`: a noun, not a verb.
            if k - 1 >= f, tokens[k - 1].kind == .possessive || text.isAny(k - 1, in: AttributionLexicon.determiners)
                || text.isLower(k + 1, in: AttributionLexicon.subjectAuxiliaries) { continue }
            var start = k + 1
            if text.isLowerKey(start, AttributionLexicon.that) { start += 1 }
            if text.isLowerKey(start, AttributionLexicon.forWord) { start += 1 }
            start = min(start, run.open)
            if text.isLower(k - 1, in: AttributionLexicon.passiveAuxiliaries), !text.hasSuffix(k, "ing") {
                // `what is being criticized as a “…”`: nobody named judges, unless `by` names them.
                var m = k + 1
                while m < run.open, !text.isWord(m, AttributionLexicon.by) { m += 1 }
                let agent = m < run.open ? text.speakerAfter(m + 1, limit: run.open - 1) : nil
                return (Said(cue: k...k, speaker: agent), start)
            }
            var floor = f
            var q = k - 1
            while q >= f {
                if inQuote[q] >= 0 || tokens[q].kind == .quote { floor = q + 1; break }
                q -= 1
            }
            var speaker = text.speakerBefore(cue: k, floor: floor)
            if speaker == nil, floor == f, let subject = text.speakerAfter(f, limit: k - 1), subject.head.upperBound < k - 1,
               !text.hasSuffix(subject.head.upperBound, "ing") {
                // `Trump took to Twitter to accuse …`: the subject of the sentence judges.
                speaker = subject
            }
            guard let speaker else { return nil }
            return (Said(cue: k...k, speaker: speaker), start)
        }
        return nil
    }
}
