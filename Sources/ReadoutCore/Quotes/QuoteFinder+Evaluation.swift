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
            var floor = f
            var q = k - 1
            while q >= f {
                if inQuote[q] >= 0 || tokens[q].kind == .quote { floor = q + 1; break }
                q -= 1
            }
            var speaker = text.speakerBefore(cue: k, floor: floor)
            if speaker == nil, floor == f, let subject = text.speakerAfter(f, limit: k - 1), subject.head.upperBound < k - 1 {
                // `Trump took to Twitter to accuse …`: the subject of the sentence judges.
                speaker = subject
            }
            guard let speaker else { return nil }
            var start = k + 1
            if text.isLowerKey(start, AttributionLexicon.that) { start += 1 }
            if text.isLowerKey(start, AttributionLexicon.forWord) { start += 1 }
            return (Said(cue: k...k, speaker: speaker), min(start, run.open))
        }
        return nil
    }
}
