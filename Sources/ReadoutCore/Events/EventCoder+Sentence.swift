/// Codes one sentence: triggers, arguments, modality, date, place, and intentions behind future deeds.
extension EventCoder {
    mutating func code(sentence s: EventSentence, index: Int) {
        var local: [EventMention] = []
        if let demand = obligation(in: s, index: index) { local.append(demand) }
        for t in triggers(in: s) {
            let args = arguments(of: t, in: s)
            if t.sense.weak, !args.strong { continue }
            let reading = modality(of: t, in: s, earlier: local, presupposed: args.presupposed)
            var m = EventMention(sense: t.sense, sentence: index, first: t.first, end: t.end, evidenceStart: 0, evidenceEnd: 0)
            m.source = args.source
            m.target = args.target
            governments(&m)
            m.reciprocal = args.reciprocal
            m.presupposed = args.presupposed
            m.modality = reading.modality
            m.claimant = reading.claimant
            m.during = duringType(before: t.first, floor: s.first)
            place(&m, in: s, index: index, argumentPlace: args.place)
            setEvidence(&m, in: s)
            local.append(m)
            if let intention = intention(from: m, reading: reading) { local.append(intention) }
        }
        mentions.append(contentsOf: local)
    }

    /// "Russia said Sudan must return the helicopter": a reported obligation is a demand by the speaker.
    func obligation(in s: EventSentence, index: Int) -> EventMention? {
        var reportingWord = -1
        for k in s.first..<s.end {
            if doc.has(k, .reporting) { if reportingWord < 0 { reportingWord = k } ; continue }
            guard reportingWord >= 0, doc.has(k, .modalAux), k - reportingWord <= 25 else { continue }
            let w = doc.word(k)
            guard w == "must" || w == "should" else { continue }
            let speaker = leftActors(from: reportingWord, floor: s.first).entities
            let obliged = leftActors(from: k, floor: reportingWord + 1, limit: 15).entities.filter { !speaker.contains($0) }
            guard !speaker.isEmpty || !obliged.isEmpty else { return nil }
            var m = EventMention(sense: TriggerSense(type: "REQUEST", mode: nil, cameo: "100", pos: .verb), sentence: index, first: k, end: k + 1,
                                 evidenceStart: 0, evidenceEnd: 0)
            m.source = speaker
            m.target = obliged
            m.derived = false
            place(&m, in: s, index: index, argumentPlace: nil)
            setEvidence(&m, in: s)
            return m
        }
        return nil
    }

    /// "X will send aid" states X's intention: a promise (AGREE), a refusal (REJECT) or a threat (THREATEN).
    func intention(from m: EventMention, reading: ModalityReading) -> EventMention? {
        if m.sense.type == "AGREE", m.modality == .negated, !m.source.isEmpty, !m.derived {
            // "will not accept", "failed to reach agreement": a refusal.
            var refusal = m
            refusal.sense = TriggerSense(type: "REJECT", mode: nil, cameo: "120", pos: .verb)
            refusal.modality = .asserted
            refusal.derived = true
            return refusal
        }
        guard !m.source.isEmpty, reading.intention || (reading.unless && m.modality == .conditional) else { return nil }
        guard !["AGREE", "THREATEN", "REQUEST", "REJECT"].contains(m.sense.type) else { return nil }
        guard m.modality == .future || m.modality == .conditional || m.modality == .negated else { return nil }
        let cooperative = CameoPlover.isCooperative(m.sense.type)
        var type: String
        if reading.unless { type = "THREATEN" } else if m.modality == .negated { type = cooperative ? "REJECT" : "AGREE" } else { type = cooperative ? "AGREE" : "THREATEN" }
        // Troops preparing to attack are mobilising, not yet threatening in words.
        if type == "THREATEN", m.sense.type == "ASSAULT", reading.preparing { type = "MOBILIZE" }
        if m.modality == .negated, !reading.auxiliaryFuture { return nil }
        var derived = m
        derived.sense = TriggerSense(type: type, mode: type == "MOBILIZE" ? "troops" : nil,
                                     cameo: type == "AGREE" ? "030" : type == "REJECT" ? "120" : type == "MOBILIZE" ? "152" : "130", pos: .verb)
        derived.modality = .asserted
        derived.derived = true
        derived.reciprocal = false
        derived.date = DateWindow(value: doc.date, start: doc.date, end: doc.date)
        derived.dateFromText = false
        return derived
    }

    /// "during the meeting": the type of the event noun whose date and place this event shares.
    func duringType(before i: Int, floor: Int) -> String? {
        var k = i - 1
        while k >= floor, i - k <= 20 {
            let w = doc.word(k)
            if w == "during" || (w == "at" && doc.word(k + 1) == "the") {
                var m = k + 1
                if doc.word(m) == "the" || doc.word(m) == "their" || doc.word(m) == "this" { m += 1 }
                if let sense = lexicon.single[doc.word(m)], sense.pos != .verb { return sense.type }
            }
            k -= 1
        }
        return nil
    }

    /// The evidence: from the earliest argument mention to the latest, around the trigger, inside the sentence.
    func setEvidence(_ m: inout EventMention, in s: EventSentence) {
        var lo = m.first, hi = m.end - 1
        let window = max(s.first, m.first - 25)..<min(s.end, m.end + 25)
        for k in window {
            if let span = doc.span(at: k), m.source.contains(span.entity) || m.target.contains(span.entity) {
                lo = min(lo, span.first)
                hi = max(hi, span.end - 1)
            }
        }
        m.evidenceStart = doc.words[lo].start
        m.evidenceEnd = doc.words[hi].end
    }

    /// Words before a time expression that make it a bound of an event's time rather than its date.
    static let boundSignals: Set<String> = ["since", "until", "till"]

    /// Date and place: the clause's own time expression (not one after "since" or "until"), a caption's date,
    /// "at the time", then the document date.
    func place(_ m: inout EventMention, in s: EventSentence, index: Int, argumentPlace: MentionSpan?) {
        var chosen: DateWindow?
        var best = Int.max
        for t in doc.timexes[doc.timexIndices(from: s.first, to: s.end)] where t.first >= s.first && t.end <= s.end && t.timex.type == .date {
            // "for the first time since 2019", "until Friday": a bound of the event's time, not its date.
            if Self.boundSignals.contains(doc.word(t.first - 1)) { continue }
            guard let window = TimexWindow.window(t.timex.value) else { continue }
            let distance = t.first >= m.end ? t.first - m.end : m.first - t.end
            if m.presupposed, !(t.first >= m.end && distance <= 10) { continue }
            if distance < best { best = distance; chosen = window }
        }
        if chosen == nil, let captionDate = captionDate(for: s, index: index) { chosen = captionDate }
        if chosen == nil, (s.first..<s.end).contains(where: { doc.word($0) == "at" && doc.word($0 + 1) == "the" && doc.word($0 + 2) == "time" }),
           let earlier = mentions.last(where: { $0.dateFromText }) {
            chosen = earlier.date
        }
        let factual = m.modality == .asserted || m.modality == .reported || m.modality == .negated || m.modality == .denied
        if let window = chosen {
            if factual, let start = window.start, start > doc.date, ISODay.isValid(doc.date) {
                m.date = DateWindow(value: doc.date, start: doc.date, end: doc.date)
            } else {
                m.date = window
                m.dateFromText = true
            }
        } else if factual, !m.presupposed, ISODay.isValid(doc.date) {
            m.date = DateWindow(value: doc.date, start: doc.date, end: doc.date)
        }
        // Place: "in/at/near <place>" nearest the trigger in the sentence.
        var bestPlace: MentionSpan?
        var bestDistance = Int.max
        for k in s.first..<s.end {
            guard let span = doc.span(at: k), span.first == k else { continue }
            guard doc.has(k - 1, .locative) && doc.isPlaceLike(span) else { continue }
            let distance = k >= m.end ? k - m.end : m.first - span.end
            if distance < bestDistance { bestDistance = distance; bestPlace = span }
        }
        if let bestPlace { m.location = doc.entities[bestPlace.entity].name }
    }

    /// The date of a photo caption this sentence is, or is followed by in its paragraph.
    func captionDate(for s: EventSentence, index: Int) -> DateWindow? {
        var units = [s]
        if index + 1 < doc.sentences.count, doc.sentences[index + 1].kind == .caption, doc.sentences[index + 1].paragraph == s.paragraph {
            units.append(doc.sentences[index + 1])
        }
        guard units.contains(where: { $0.kind == .caption }) else { return nil }
        for unit in units {
            for t in doc.timexes[doc.timexIndices(from: unit.first, to: unit.end)] where t.first >= unit.first && t.end <= unit.end {
                if let window = TimexWindow.window(t.timex.value) { return window }
            }
        }
        return nil
    }

    /// In a verbal or diplomatic event a country acts through its government ("the United States agreed",
    /// "consequences for Russia"): a country argument becomes the document's government entity of that country,
    /// when the document has one (the actor code `XXXGOV`); material events (troops, aid, force) keep the country.
    func governments(_ m: inout EventMention) {
        guard !CameoPlover.isMaterial(m.sense.type) else { return }
        func government(of e: Int) -> Int? {
            guard doc.entities[e].kind == .country, let country = doc.country(of: e) else { return nil }
            let code = country + "GOV"
            return doc.entities.firstIndex { $0.actorCode == code && $0.kind != .person }
        }
        func mapped(_ list: [Int], other: [Int]) -> [Int] {
            var out: [Int] = []
            for e in list {
                let g = government(of: e).flatMap { other.contains($0) ? nil : $0 } ?? e
                if !out.contains(g) { out.append(g) }
            }
            return out
        }
        let source = mapped(m.source, other: m.target)
        m.target = mapped(m.target, other: source)
        m.source = source
    }
}
