/// Finds announced future actions with a due window in one document ("is scheduled to issue a written response next week").
struct ExpectationFinder {
    /// The coder that read the document (its words, mentions and argument finders).
    let coder: EventCoder

    /// Words that announce a future action of the subject, followed by the action's verb.
    static let markers: Set<String> = [
        "will", "shall", "scheduled", "plans", "planned", "planning", "expected", "set", "due", "agreed", "promised",
        "pledged", "vowed", "intends", "intend", "committed", "offered", "going",
    ]
    /// Words and stops an action does not end on: they lead into the due time or the next clause (a closing quote stays).
    static let dangling: Set<String> = [
        "on", "in", "at", "by", "before", "after", "until", "from", "for", "during", "within", "of", "to", "and", "or",
        "the", "a", "an", "next", "this", "as", "early", "late", "later", "soon", ".", ",", ";", ":",
    ]
    /// Markers that are themselves a commitment even without a date.
    static let commitments: Set<String> = ["scheduled", "agreed", "promised", "pledged", "vowed", "committed"]

    /// The expectations of the document, one per actor and due window.
    func expectations() -> [Expectation] {
        let doc = coder.doc
        var result: [Expectation] = []
        var seen = Set<String>()
        for s in doc.sentences where s.first < s.end {
            var k = s.first
            while k < s.end {
                guard doc.has(k, .marker) else { k += 1; continue }
                let w = doc.word(k)
                var verb = k + 1
                if w != "will" && w != "shall" {
                    guard doc.word(verb) == "to" else { k += 1; continue }
                    verb += 1
                }
                if doc.word(verb) == "not" || doc.word(verb) == "be" && w == "will" && doc.word(verb + 1).hasSuffix("ed") { k += 1; continue }
                guard verb < s.end, !doc.words[verb].punct, doc.spanAt[verb] < 0 else { k += 1; continue }
                // The action runs to the due time expression or the end of the clause.
                var end = verb
                var due: DateWindow?
                var dueEnd = verb
                while end < s.end, end - verb < 16 {
                    let word = doc.word(end)
                    if word == ";" || word == "," && end > verb || doc.has(end, .rightStop) && end > verb { break }
                    if let t = doc.timex(startingAt: end) {
                        if let window = TimexWindow.window(t.timex.value), (window.end ?? "") >= doc.date { due = window; dueEnd = t.end }
                        break
                    }
                    end += 1
                }
                guard due != nil || ExpectationFinder.commitments.contains(w) else { k += 1; continue }
                let actor = coder.leftActors(from: k, floor: s.first, limit: 12).entities
                guard let first = actor.first else { k += 1; continue }
                var counterpart = coder.rightActors(from: verb, ceiling: max(verb, end), excluding: actor).entities.first
                if counterpart == nil {
                    let start = coder.firstWord(of: actor, before: k, floor: s.first)
                    counterpart = coder.leftActors(from: start, floor: s.first).entities.first { e in
                        !actor.contains(e) && doc.country(of: e) != nil && doc.country(of: e) != doc.country(of: first)
                    }
                }
                // The words that lead into the due time ("meet in Brussels on [Wednesday]") are not the action's.
                var actionEnd = max(verb, end - 1)
                while actionEnd > verb, ExpectationFinder.dangling.contains(doc.word(actionEnd)) {
                    actionEnd -= 1
                }
                let action = doc.text(doc.words[verb].start, doc.words[actionEnd].end)
                let key = (doc.country(of: first) ?? doc.entities[first].id) + "|" + (due?.value ?? action)
                let evidenceStart = doc.words[coder.firstWord(of: actor, before: k, floor: s.first)].start
                let evidenceEnd = doc.words[max(dueEnd, end) - 1].end
                if seen.insert(key).inserted {
                    result.append(Expectation(
                        actor: doc.entities[first].id, counterpart: counterpart.map { doc.entities[$0].id }, action: action,
                        due: due, stated: doc.date, status: "pending",
                        evidence: TextSpan(start: evidenceStart, end: evidenceEnd, text: doc.text(evidenceStart, evidenceEnd))))
                }
                k = end
            }
        }
        return result
    }
}
