/// Which way a clause looks from the document date, read from the words around a date in it.
enum ClauseTense: Sendable {
    /// Past tense ("said Friday", "In January, the firm hired", "the year ended Jan. 31").
    case past
    /// Future or scheduling ("will meet on Friday", "is to resume Tuesday", "On Tuesday, the group plans to").
    case future
    /// Nothing tells.
    case unknown
}

/// The tense of the clause around a date, from the verbs and modals next to it: no part-of-speech tagger,
/// only words news uses when it speaks of past or scheduled days.
extension TimexMatcher {
    /// Past-tense verbs common before a date ("said Friday", "met Monday").
    static let pastVerbs: Set<UInt64> = Set([
        "said", "told", "was", "were", "had", "did", "made", "came", "went", "met", "began", "took", "gave", "held",
        "left", "sent", "won", "lost", "fell", "rose", "got", "saw", "spoke", "wrote", "became", "found", "put",
        "set", "shot", "struck", "hit", "led", "paid", "sold", "bought", "brought", "thought", "ran", "flew",
    ].map(TimexLexicon.hash))

    /// Present-tense verbs that, right before a day, speak of a scheduled event ("meets Monday", "opens Tuesday").
    static let scheduleVerbs: Set<UInt64> = Set([
        "is", "are", "meet", "meets", "begin", "begins", "start", "starts", "open", "opens", "resume", "resumes",
        "arrive", "arrives", "leave", "leaves", "visit", "visits", "travel", "travels", "return", "returns",
        "expire", "expires", "convene", "convenes", "vote", "votes", "end", "ends", "close", "closes",
    ].map(TimexLexicon.hash))

    /// Modals that look forward, besides those in the lexicon.
    static let futureModals: Set<UInt64> = Set(["could", "might", "may", "must", "should", "can"].map(TimexLexicon.hash))

    /// Past auxiliaries that, right after a date, make its clause past ("for Saturday was cancelled").
    static let pastAuxiliaries: Set<UInt64> = Set(["was", "were", "had"].map(TimexLexicon.hash))

    /// How many words before (or after) a date the cues are looked for.
    static let cueReach = 14

    static let hashTo = TimexLexicon.hash("to")
    static let hashBeen = TimexLexicon.hash("been")
    static let hashHad = TimexLexicon.hash("had")
    static let hashSet = TimexLexicon.hash("set")
    static let hashIs = TimexLexicon.hash("is")
    static let hashAre = TimexLexicon.hash("are")
    static let hashSupposed = TimexLexicon.hash("supposed")
    static let hashBe = TimexLexicon.hash("be")
    static let presentPerfect: Set<UInt64> = Set(["has", "have"].map(TimexLexicon.hash))

    /// True when token `k` ends a sentence or clause the cues must not cross.
    @inline(__always) func isClauseStop(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.kind == .punct && (t.punct == 0x2E || t.punct == 0x21 || t.punct == 0x3F || t.punct == 0x3B)
    }

    /// True when token `k` is a plain word (not in the time lexicon) with hash `h`.
    @inline(__always) func isPlain(_ k: Int, _ h: UInt64) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .word && tokens[k].hash == h
    }

    /// True when token `k` is a past-tense verb: a common irregular one or a word in "-ed".
    func isPastVerb(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count else { return false }
        let t = tokens[k]
        if isFunction(k, .ended) { return true }
        guard t.kind == .word, t.word == nil else { return false }
        if Self.pastVerbs.contains(t.hash) { return true }
        return t.length > 3 && lastByte(k) == 100 && bytes[t.byteEnd - 2] | 0x20 == 101
    }

    /// True when token `k` is a word that looks forward: a modal, a scheduling word ("scheduled", "due",
    /// "expected", "plans to"), or "set to", "is to", "are to".
    func isFutureCue(_ k: Int) -> Bool {
        let t = tokens[k]
        if case .function(let f)? = t.word {
            switch f {
            case .will, .shall, .scheduled, .due, .expected, .slated, .would: return true
            case .planned:
                // "plan"/"plans" as a verb only ("plans to hold"), not the noun ("announced the plan"), and not
                // "as (previously) planned".
                if isFunction(k - 1, .as) || isFunction(k - 1, .previously) { return false }
                return isWord(k, "planned") || isWord(k, "planning") || isPlain(k + 1, Self.hashTo)
            case .going: return isFunction(k + 1, .to)
            default: return false
            }
        }
        guard t.kind == .word else { return false }
        if Self.futureModals.contains(t.hash) { return true }
        return (t.hash == Self.hashSet || t.hash == Self.hashIs || t.hash == Self.hashAre || t.hash == Self.hashSupposed)
            && isFunction(k + 1, .to) && !isFunction(k + 2, .the)
    }

    /// True when the participle at `j` is no past: "will be paid", "is to be held", "has set".
    func isFutureParticiple(_ j: Int) -> Bool {
        guard j > 0, tokens[j - 1].kind == .word else { return false }
        if Self.presentPerfect.contains(tokens[j - 1].hash) { return true }
        return isPlain(j - 1, Self.hashBe) && (isFunction(j - 2, .will) || isFunction(j - 2, .shall) || isFunction(j - 2, .to))
    }

    /// True when the future cue at `k` is itself in the past perfect ("had been scheduled to expire").
    func isPastPerfect(_ k: Int) -> Bool {
        isPlain(k - 1, Self.hashHad) || (isPlain(k - 1, Self.hashBeen) && isPlain(k - 2, Self.hashHad))
    }

    /// The tense of the clause around the date in tokens `first..<end`: the verb right before it, a future cue
    /// up to ten words before it in the sentence, and for a date that opens its sentence ("On Tuesday, the league
    /// plans to…", "In January, the firm hired…") the first telling verb after it.
    func tense(first: Int, end: Int) -> ClauseTense {
        // Right after the date, a past auxiliary settles it ("the service planned for Saturday was cancelled").
        if end < tokens.count, tokens[end].kind == .word, Self.pastAuxiliaries.contains(tokens[end].hash) { return .past }
        var j = first - 1
        if isFunction(j, .on) || isFunction(j, .in) { j -= 1 }
        // "meet separately Monday": an adverb in -ly between the verb and the date.
        if j > 0, tokens[j].kind == .word, tokens[j].word == nil, tokens[j].length > 4, lastByte(j) == 121,
           bytes[tokens[j].byteEnd - 2] | 0x20 == 108 { j -= 1 }
        if j >= 0, tokens[j].kind == .word {
            // "said Friday", "ended Jan. 31"; not a participle after an auxiliary ("will be paid Dec. 14",
            // "has set Nov. 10"), which the modal before it decides.
            if isPastVerb(j), !isFutureParticiple(j) { return .past }
            // "meets Monday", "the deadline is Friday"; not the noun in "at the close Friday".
            // "had been due to expire Friday": an infinitive leaves it to the cue before it.
            if tokens[j].word == nil, Self.scheduleVerbs.contains(tokens[j].hash), !isFunction(j - 1, .to), !isFunction(j - 1, .the), !isFunction(j - 1, .a) { return .future }
        }
        var until = false
        if isFunction(first - 1, .until) || isFunction(first - 1, .by) && isFunction(first - 2, .until) {
            until = true
        } else if isFunction(j, .as) && j >= 2 && isFunction(j - 2, .as) {
            return .future
        }
        if !until {
            var k = first - 1
            var steps = 0
            while k >= 0, steps < Self.cueReach, !isClauseStop(k) {
                // "had been due to expire Friday": a plan told in the past perfect leaves the date to the default.
                if isFutureCue(k) { return isPastPerfect(k) ? .unknown : .future }
                k -= 1; steps += 1
            }
        }
        guard opensSentence(j) else { return until ? .future : .unknown }
        var k = end
        var steps = 0
        while k < tokens.count, steps < Self.cueReach, !isClauseStop(k) {
            if isWord(k, "planned") { return .past }
            if isFutureCue(k) { return .future }
            if isPastVerb(k), !(isFunction(k - 1, .the) || isFunction(k - 1, .a) || isFunction(k - 1, .an)) { return .past }
            k += 1; steps += 1
        }
        return until ? .future : .unknown
    }

    /// True when token `j` (the one before a date and its preposition) is the start of a sentence: none, a full
    /// stop or an opening quote.
    func opensSentence(_ j: Int) -> Bool {
        var k = j
        if isFunction(k, .until) || isFunction(k, .by) || isFunction(k, .since) || isFunction(k, .early)
            || isFunction(k, .late) || isFunction(k, .earlier) || isFunction(k, .later) { k -= 1 }
        if k < 0 { return true }
        if isClauseStop(k) { return true }
        return tokens[k].kind == .punct && (tokens[k].punct == 0x22 || tokens[k].punct == 0x27 || tokens[k].punct == 0x60)
    }

    /// True when the clause around tokens `first..<end` looks forward.
    func hasFutureCue(first: Int, end: Int) -> Bool { tense(first: first, end: end) == .future }
}
