/// Modality: asserted, negated, denied, reported (with claimant), conditional, hypothetical, future.
extension EventCoder {
    /// What the words around a trigger say about whether it happened.
    struct ModalityReading {
        var modality: Modality = .asserted
        var claimant: Int?
        /// The future comes from the actor's stated intention ("will", "would", "plans to").
        var intention = false
        /// The condition is "unless" (a threat) rather than "if".
        var unless = false
        /// "will", "shall" or reported "would" right before the trigger.
        var auxiliaryFuture = false
        /// "prepared to", "preparing to": readiness rather than a promise.
        var preparing = false
    }

    static let negations: Set<String> = ["not", "never", "no", "neither", "nor", "without", "n't", "cannot", "failed", "fails", "fail"]
    static let futureAux: Set<String> = ["will", "'ll", "shall", "wo", "won't"]
    static let modalAux: Set<String> = ["could", "might", "may", "should", "must", "can"]
    static let futureCues: Set<String> = [
        "scheduled", "plans", "plan", "planned", "planning", "intends", "intend", "intended", "intending", "expected",
        "preparing", "prepare", "prepares", "prepared", "ready", "willing", "upcoming", "going", "set",
    ]
    static let intentionCues: Set<String> = [
        "plans", "plan", "planned", "planning", "intends", "intend", "intended", "ready", "willing", "going", "prepared", "preparing",
    ]
    static let hypotheticalCues: Set<String> = [
        "fear", "fears", "feared", "fearing", "worry", "worries", "worried", "concern", "concerns", "concerned", "possible",
        "possibly", "potential", "likely", "unlikely", "risk", "risks", "prevent", "prevents", "prevented", "avoid", "avoids",
        "avoided", "avert", "averted", "deter", "expectation", "expectations", "hope", "hopes", "hoped", "hoping", "want",
        "wants", "wanted", "aim", "aims", "aimed", "prospect", "chance", "whether", "perhaps", "maybe", "speculation",
        "imminent", "considering", "consider", "considers", "mulling", "threat",
    ]
    static let denialCues: Set<String> = ["deny", "denies", "denied", "denying", "denial"]
    static let reportCues: Set<String> = [
        "allegedly", "reportedly", "alleged", "purportedly", "claims", "claimed", "claiming", "suspected", "rumored", "rumoured", "estimates",
    ]
    static let aspectVerbs: Set<String> = [
        "began", "begun", "begins", "begin", "started", "starts", "start", "continued", "continues", "continue", "managed",
        "resumed", "resume", "used", "went", "moved", "rushed", "came",
    ]
    static let attemptVerbs: Set<String> = ["tried", "tries", "trying", "attempted", "attempts", "attempting"]
    /// Types whose attempt counts as the deed, as CAMEO codes an attempted assassination.
    static let attemptCounts: Set<String> = ["ASSAULT", "COERCE"]

    static let resets: Set<String> = [";", "but", "while", "although", "though", "whereas", "however", "meanwhile", "—"]

    /// Reads the modality of trigger `t` in sentence `s`; `earlier` are the triggers before it in the sentence.
    func modality(of t: Trigger, in s: EventSentence, earlier: [EventMention], presupposed: Bool) -> ModalityReading {
        var reading = ModalityReading()
        var negated = false, denied = false, conditional = false, hypothetical = false, future = false, reported = false
        var complement: Modality?
        var complementClaimant: Int?
        // Negation right before the trigger ("did not meet", "no agreement", "never join").
        var k = t.first - 1
        var steps = 0
        while k >= s.first, steps < 4 {
            let w = doc.word(k)
            if doc.words[k].punct { break }
            if doc.has(k, .negation) || w.hasSuffix("n't") {
                if !(w == "no" || w == "without") || steps <= 1 { negated = true }
                break
            }
            k -= 1
            steps += 1
        }
        // Cues further left in the clause.
        let reporting = (s.first..<t.first).contains { doc.has($0, .reporting) }
        k = t.first - 1
        let cueClasses: EventWordClass = [.reset, .futureAux, .modalAux, .futureCue, .hypothetical, .denial, .reportCue, .conditional, .auxiliary]
        while k >= s.first, t.first - k <= 18 {
            if !doc.has(k, cueClasses) { k -= 1; continue }
            let w = doc.word(k)
            if doc.has(k, .reset) { break }
            let near = t.first - k <= 6
            if near, doc.has(k, .futureAux) { future = true; reading.intention = true; reading.auxiliaryFuture = true }
            if near, w == "would" {
                if reporting { future = true; reading.intention = true; reading.auxiliaryFuture = true } else { hypothetical = true }
            }
            if near, doc.has(k, .modalAux) { hypothetical = true }
            if doc.has(k, .futureCue), w != "set" && w != "going" || doc.word(k + 1) == "to" {
                future = true
                if doc.has(k, .intentionCue) { reading.intention = true }
                if w.hasPrefix("prepar") { reading.preparing = true }
            }
            if doc.has(k, .hypothetical) { hypothetical = true }
            if doc.has(k, .denial) { denied = true }
            if w == "if" || w == "unless" || (w == "case" && doc.word(k - 1) == "in")  { conditional = true; reading.unless = reading.unless || w == "unless" }
            if doc.has(k, .reportCue) { reported = true }
            k -= 1
        }
        // The complement of an earlier trigger: a demand, threat, promise or accusation is not the deed.
        if let governing = earlier.last(where: { $0.end <= t.first && t.first - $0.end <= 12 && !$0.derived }),
           governing.sense.pos == .verb || governing.sense.pos == .adjective || governing.sense.type == "THREATEN" {
            let between = (governing.end..<t.first).contains { doc.has($0, .reset) }
            if !between {
                switch governing.sense.type {
                case "REQUEST": complement = .hypothetical
                case "REJECT": complement = .negated
                case "THREATEN": complement = .conditional
                case "AGREE": complement = .future
                case "ACCUSE":
                    complement = .reported
                    complementClaimant = governing.source.first
                default: break
                }
            }
        }
        // A condition later in the sentence governs threats and promises ("harsh consequences if Russia invades").
        let laterCondition = (t.end..<s.end).first { doc.word($0) == "if" || doc.word($0) == "unless" }
        if let laterCondition, t.sense.type == "THREATEN" || future || complement != nil {
            conditional = true
            reading.unless = reading.unless || doc.word(laterCondition) == "unless"
        }
        // "a contract to supply", "in order to protest": an infinitive names a deed still to come, unless an
        // aspect verb says it is under way ("continued to send", "began to withdraw").
        if t.sense.pos == .verb, doc.word(t.first - 1) == "to", !EventCoder.aspectVerbs.contains(doc.word(t.first - 2)) {
            // An attempted attack or seizure is coded as the deed ("tried to break into", "attempted to take").
            let attempted = EventCoder.attemptVerbs.contains(doc.word(t.first - 2)) && EventCoder.attemptCounts.contains(t.sense.type)
            if !attempted { future = true }
        }
        if presupposed { future = false; hypothetical = false; reading.intention = false }
        if let found = (s.first..<s.end).first(where: { doc.word($0) == "according" && doc.word($0 + 1) == "to" }) {
            reported = true
            var m = found + 2
            while m < min(s.end, found + 6) {
                if let span = doc.span(at: m), doc.isActor(span) { reading.claimant = span.entity; break }
                m += 1
            }
        }
        if reading.claimant == nil, let start = doc.words[safe: s.first]?.start, let end = doc.words[safe: s.end - 1]?.end,
           let figure = figureIndex.first(within: start, end).map({ claimedFigures[$0] }) {
            reported = true
            reading.claimant = figure.claimant
        }
        let at = doc.words[t.first].start
        if let quote = quoteIndex.first(containing: at).map({ quotes[$0] }) {
            reported = true
            if reading.claimant == nil { reading.claimant = quote.speaker }
        }
        if negated { reading.modality = .negated }
        else if denied { reading.modality = .denied }
        else if conditional { reading.modality = .conditional }
        else if hypothetical { reading.modality = .hypothetical }
        else if let complement {
            reading.modality = complement
            if complement == .reported { reading.claimant = complementClaimant }
        } else if future { reading.modality = .future }
        else if reported { reading.modality = .reported }
        if reading.modality != .reported { reading.claimant = nil }
        return reading
    }
}

extension Array {
    /// The element at `index`, or nil when out of range.
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
