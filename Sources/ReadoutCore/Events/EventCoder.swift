/// Codes the events of one document: finds triggers, their source and target, modality, date and place.
struct EventCoder {
    /// The prepared document.
    let doc: EventDocument
    /// Direct quotes with their speakers' entity indices.
    let quotes: [(start: Int, end: Int, speaker: Int?)]
    /// Figures with a claimant, by scalar span.
    let claimedFigures: [(start: Int, end: Int, claimant: Int)]
    /// `quotes` indexed by scalar span.
    let quoteIndex: EventSpanIndex
    /// `claimedFigures` indexed by scalar span.
    let figureIndex: EventSpanIndex
    /// The trigger lexicon.
    let lexicon = EventLexicon.shipped
    /// Mentions coded so far, in text order.
    var mentions: [EventMention] = []

    /// Prepares a coder for `readout` over `text`.
    init(text: AnalyzedText, readout: DocumentReadout) {
        let doc = EventDocument(text: text, readout: readout)
        self.doc = doc
        var idIndex: [String: Int] = [:]
        for (i, e) in readout.entities.enumerated() { idIndex[e.id] = i }
        quotes = readout.quotes.filter { $0.kind == .direct }.map { ($0.start, $0.end, $0.speaker.flatMap { idIndex[$0] }) }
        claimedFigures = readout.figures.compactMap { f in
            guard let c = f.claimant, let i = idIndex[c] else { return nil }
            return (f.start, f.end, i)
        }
        quoteIndex = EventSpanIndex(quotes.map { ($0.start, $0.end) })
        figureIndex = EventSpanIndex(claimedFigures.map { ($0.start, $0.end) })
    }

    /// Codes every sentence in order.
    mutating func run() {
        for (index, sentence) in doc.sentences.enumerated() where sentence.first < sentence.end {
            code(sentence: sentence, index: index)
        }
    }

    /// A trigger found in a sentence.
    struct Trigger {
        var first: Int
        var end: Int
        var sense: TriggerSense
    }

    /// Finds the triggers of one sentence.
    func triggers(in s: EventSentence) -> [Trigger] {
        var found: [Trigger] = []
        var consumed = Set<Int>()
        var i = s.first
        while i < s.end {
            let w = doc.words[i]
            if doc.flags[i] & (EventWordClass.single.rawValue | EventWordClass.multi.rawValue) == 0 { i += 1; continue }
            if w.punct || consumed.contains(i) || doc.spanAt[i] >= 0 || (w.capitalized && i > s.first && !doc.words[i - 1].punct) || inTimex(i) {
                i += 1
                continue
            }
            var matched: Trigger?
            if let senses = lexicon.multi(of: w) {
                let hand = lexicon.single(of: w).map { !$0.fromCameo } ?? false
                for sense in senses where !(hand && sense.fromCameo) {
                    if let gap = sense.gapWord {
                        var k = i + 1
                        while k < min(s.end, i + 10) {
                            let g = doc.words[k]
                            if g.punct && g.lower != "“" && g.lower != "”" && g.lower != "\"" && g.lower != "," { break }
                            if g.hash == sense.gapHash, g.lower == gap { consumed.insert(k); matched = Trigger(first: i, end: i + 1, sense: sense); break }
                            k += 1
                        }
                    } else {
                        let n = sense.words.count
                        if i + n <= s.end, (1..<n).allSatisfy({ doc.words[i + $0].lower == sense.words[$0] }) {
                            matched = Trigger(first: i, end: i + n, sense: sense)
                        }
                    }
                    if matched != nil { break }
                }
            }
            if matched == nil, let sense = lexicon.single(of: w) {
                matched = Trigger(first: i, end: i + 1, sense: sense)
            }
            if var trigger = matched, accept(&trigger, in: s) {
                found.append(trigger)
                i = trigger.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// True when word `i` lies inside a time expression ("March 9").
    func inTimex(_ i: Int) -> Bool {
        doc.timexAt[i]
    }

    /// Checks a trigger against its context; settles verb-or-noun forms.
    func accept(_ trigger: inout Trigger, in s: EventSentence) -> Bool {
        let prev = trigger.first > s.first ? doc.word(trigger.first - 1) : ""
        let next = trigger.end < s.end ? doc.word(trigger.end) : ""
        // "a press release", "a press conference": the press, not an event.
        if prev == "press", trigger.sense.pos != .verb { return false }
        if trigger.sense.pos == .either {
            trigger.sense.pos = looksNominal(trigger.first, prev: prev, sentenceStart: s.first) ? .noun : .verb
        }
        if trigger.sense.pos == .verb, doc.has(trigger.first - 1, .determiner), trigger.first > s.first { return false }
        if trigger.sense.fromCameo, doc.word(trigger.first).hasSuffix("ing"), !doc.has(trigger.first - 1, .beForm) { return false }
        if trigger.sense.fromCameo, trigger.sense.words.count == 1,
           doc.has(trigger.first - 1, .determiner) || doc.has(trigger.first - 2, .determiner) && !doc.words[max(0, trigger.first - 1)].punct
            || doc.has(trigger.first - 1, .preposition) {
            return false
        }
        // "pushed back on the proposals" rejects them; "pushed back Russian troops" is fighting, not a rejection.
        if trigger.sense.type == "REJECT", trigger.end - trigger.first == 2, doc.word(trigger.first + 1) == "back",
           doc.word(trigger.first).hasPrefix("push"), (trigger.end..<min(s.end, trigger.end + 4)).contains(where: { doc.has($0, .military) }) {
            trigger.sense = TriggerSense(type: "ASSAULT", mode: nil, cameo: "190", pos: .verb)
        }
        // "ordered troops into the regions", "orders 3,000 more troops to Poland": an order given to one's troops
        // moves them (MOBILIZE), or pulls them back ("ordered the army back"); it is not a demand made of anyone.
        // Named forces ("ordered Ukrainian troops to lay down arms") are another party: that stays a demand.
        if trigger.sense.type == "REQUEST", trigger.end - trigger.first == 1, Self.orderForms.contains(doc.word(trigger.first)),
           let troops = (trigger.end..<min(s.end, trigger.end + 4)).first(where: { doc.has($0, .military) }),
           !(trigger.end..<troops).contains(where: { doc.spanAt[$0] >= 0 }) {
            let back = (trigger.end..<min(s.end, trigger.end + 6)).contains { Self.backWords.contains(doc.word($0)) }
            trigger.sense = back ? TriggerSense(type: "RETREAT", mode: "withdraw", cameo: "087", pos: .verb)
                                 : TriggerSense(type: "MOBILIZE", mode: "troops", cameo: "152", pos: .verb)
        }
        if trigger.sense.needsMilitary {
            let lo = max(s.first, trigger.first - 7), hi = min(s.end, trigger.end + 4)
            guard (lo..<hi).contains(where: { doc.has($0, .military) }) else { return false }
        }
        if trigger.sense.needsObject {
            let objectNext = next == "of" || next == "against" || doc.span(at: trigger.end).map(doc.isActor) == true
                || (next == "the" && doc.span(at: trigger.end + 1).map(doc.isActor) == true)
            guard objectNext else { return false }
        }
        return true
    }

    /// True when a verb-or-noun form reads as a noun after the word before it.
    func looksNominal(_ i: Int, prev: String, sentenceStart: Int) -> Bool {
        if i == sentenceStart { return true }
        if prev == "that", doc.has(i + 1, .auxiliary) { return true }
        if doc.has(i - 1, [.determiner, .nounCue]) { return true }
        if prev.hasSuffix("'s") || prev.hasSuffix("s'") { return true }
        if doc.span(at: i - 1) != nil {
            // "Moscow demands", "the US sanctions": a name before it is a subject unless it is a modifier of a determiner.
            let before = doc.span(at: i - 1)!
            return doc.has(before.first - 1, .determiner) && doc.entities[before.entity].kind != .person
        }
        let p = doc.words[i - 1]
        if p.punct { return p.lower != "," }
        if prev.hasSuffix("al") || prev.hasSuffix("ic") || prev.hasSuffix("ive") || prev.hasSuffix("ary") || prev.hasSuffix("ian") {
            return true
        }
        return false
    }

    static let auxiliaries: Set<String> = ["was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "may", "might", "remains", "remained"]

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "any", "no",
        "several", "new", "further", "fresh", "more", "some", "such", "every", "each", "first", "second", "latest",
        "recent", "previous", "possible", "direct", "bilateral", "peace", "formal", "informal", "two", "three", "which",
    ]

    static let nounCues: Set<String> = [
        "of", "in", "for", "during", "after", "before", "at", "from", "with", "without", "amid", "despite", "following",
        "on", "about", "against", "by", "between", "into", "through", "over", "under", "and", "or", "“", "\"",
    ]

    /// Forms of "order", whose object may be troops.
    static let orderForms: Set<String> = ["order", "orders", "ordered", "ordering"]
    /// Words that send troops back rather than forward.
    static let backWords: Set<String> = ["back", "home", "withdraw", "pull", "leave", "return"]

    static let militaryWords: Set<String> = [
        "troops", "soldiers", "forces", "military", "army", "tanks", "units", "warships", "vehicles", "battalions",
        "armored", "armoured", "naval", "jets", "missiles", "servicemen", "reservists", "artillery", "brigades", "paratroopers",
    ]
}
