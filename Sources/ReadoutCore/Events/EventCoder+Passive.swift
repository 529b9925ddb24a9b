/// The passive voice ("was described by X as") and targets referred back to ("That demand").
extension EventCoder {
    /// Irregular past forms that the word classifier marks as past verbs (regular ones end in -ed).
    static let pastVerbs: Set<String> = ["made", "sent", "gave", "put", "set", "brought", "took", "had", "laid", "drew", "wrote"]

    /// True for "was attacked", "were expelled by".
    func isPassive(_ t: Trigger, sentence s: EventSentence) -> Bool {
        let w = doc.word(t.first)
        guard w.hasSuffix("ed") || doc.has(t.first, .participle) else { return false }
        // "Norway is committed to", "Chile was opposed to": a state of the subject, not something done to it.
        if doc.has(t.end, .preposition), doc.word(t.end) == "to", EventCoder.stativeParticiples.contains(w) { return false }
        var k = t.first - 1
        var steps = 0
        while k >= s.first, steps < 3 {
            let p = doc.word(k)
            if doc.has(k, .beForm) { return true }
            if p.hasSuffix("ly") || p == "not" || p == "also" || p == "reportedly" || p == "allegedly" { k -= 1; steps += 1; continue }
            break
        }
        return false
    }

    /// Participles that after a form of "be" and before "to" tell the subject's own stance.
    static let stativeParticiples: Set<String> = ["committed", "opposed", "determined", "dedicated", "devoted", "resolved", "pledged"]

    static let irregularParticiples: Set<String> = [
        "met", "held", "struck", "beaten", "shot", "hit", "fought", "sought", "withdrawn", "freed", "sent", "seen", "taken", "given",
    ]

    /// The agent of a passive: "by X" within the clause, before or after the trigger.
    func byAgent(around t: Trigger, in s: EventSentence) -> (entities: [Int], byWord: Int)? {
        var k = max(s.first, t.first - 15)
        let hi = min(s.end, t.end + 10)
        while k < hi {
            if doc.word(k) == "by" {
                var m = k + 1
                if doc.word(m) == "the" { m += 1 }
                if let span = doc.span(at: m), doc.isActor(span) { return (group(span), k) }
            }
            k += 1
        }
        return nil
    }

    /// "That demand was rejected": the source of the earlier event the noun refers back to.
    func anaphoricTarget(from i: Int, floor: Int) -> [Int] {
        var k = i - 1
        while k >= floor, i - k <= 12 {
            if let sense = lexicon.single[doc.word(k)], sense.pos != .verb,
               let earlier = mentions.last(where: { $0.sense.type == sense.type && !$0.source.isEmpty }) {
                return earlier.source
            }
            k -= 1
        }
        return []
    }
}
