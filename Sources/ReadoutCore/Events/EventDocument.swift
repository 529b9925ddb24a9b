/// A sentence-like unit as the event coder sees it: its words and kind.
struct EventSentence: Sendable {
    /// Index of the first word.
    var first: Int
    /// Index past the last word.
    var end: Int
    /// sentence, heading, caption or credit.
    var kind: SentenceKind
    /// Paragraph number.
    var paragraph: Int
}

/// An entity mention laid over the words: which words it covers and which entity it names.
struct MentionSpan: Sendable {
    /// Index of the first word.
    var first: Int
    /// Index past the last word.
    var end: Int
    /// Index into the readout's entities.
    var entity: Int
}

/// One document prepared for event coding: words, sentences, mentions laid over words, timexes.
struct EventDocument: Sendable {
    /// The words.
    let words: [EventWord]
    /// Sentence-like units.
    let sentences: [EventSentence]
    /// Mentions in text order.
    let spans: [MentionSpan]
    /// For each word, the index of the longest mention covering it, or -1.
    let spanAt: [Int32]
    /// The readout's entities.
    let entities: [Entity]
    /// For each word, true when the mention starting there modifies a thing rather than naming an actor
    /// ("the Russian language", "the Polish border").
    private let namesThing: [Bool]
    /// For each entity, true when it can act (see `isActor`), computed once.
    private let actorEntity: [Bool]
    /// For each entity, its country (see `country(of:)`), computed once.
    private let entityCountry: [String?]
    /// Time expressions as word ranges with their timex.
    let timexes: [(first: Int, end: Int, timex: Timex)]
    /// The document date.
    let date: String
    /// For each word, true when a time expression covers it.
    let timexAt: [Bool]
    /// For each word, the index in `timexes` of the first time expression starting at it, or -1.
    let timexStartAt: [Int32]
    /// For each word, its `EventWordClass` bits.
    let flags: [UInt32]
    /// The text as Unicode scalars, for cutting evidence spans.
    let scalars: [Unicode.Scalar]

    /// Prepares `text` and the entities and timexes found so far.
    init(text: AnalyzedText, readout: DocumentReadout) {
        let scalars = EventDocument.decodeScalars(text.text)
        self.scalars = scalars
        let words = EventWords.tokenize(scalars: scalars)
        self.words = words
        let table = EventWordClass.hashed
        let longest = EventWordClass.longestWord
        var flags = [UInt32](repeating: 0, count: words.count)
        let cues = EventWordClass.modalityCues.rawValue
        var capitalCues: [Int] = []
        for (i, w) in words.enumerated() {
            if w.punct {
                if w.lower == "—" || w.lower == ";" || w.lower == ":" || w.lower == "“" || w.lower == "”" { flags[i] = table.value(hash: w.hash, word: w.lower) ?? 0 }
                continue
            }
            // Names inside a sentence and long words are never cue words or triggers: no lookup.
            if w.capitalized, i > 0, !words[i - 1].punct { continue }
            if w.end - w.start > longest { continue }
            let capital = w.capitalized
            flags[i] = table.value(hash: w.hash, word: w.lower) ?? 0
            if capital, flags[i] & cues != 0 { capitalCues.append(i) }
        }
        // A capitalised cue word of a title or name ("Trade and Development Minister") tells no modality.
        for i in capitalCues where i + 1 < words.count && EventDocument.opensName(words, after: i) { flags[i] &= ~cues }
        self.flags = flags
        self.entities = readout.entities
        self.actorEntity = readout.entities.map(EventDocument.canAct)
        self.entityCountry = readout.entities.map { e in
            if let c = e.country { return c }
            if let code = e.actorCode, code.count >= 3 { return String(code.prefix(3)) }
            return nil
        }
        self.date = readout.document.date
        let starts = words.map(\.start)
        func wordIndex(atOrAfter offset: Int) -> Int {
            var low = 0, high = starts.count
            while low < high {
                let mid = (low + high) / 2
                if starts[mid] < offset { low = mid + 1 } else { high = mid }
            }
            return low
        }
        func wordEnd(before offset: Int) -> Int {
            var i = wordIndex(atOrAfter: offset)
            while i < words.count, words[i].start < offset { i += 1 }
            return i
        }
        var sentences: [EventSentence] = []
        if !text.tokens.isEmpty || text.sentences.count > 1 {
            for s in text.sentences {
                sentences.append(EventSentence(first: wordIndex(atOrAfter: s.start), end: wordEnd(before: s.end), kind: s.kind, paragraph: s.paragraph))
            }
        } else {
            sentences = EventDocument.split(words)
        }
        self.sentences = EventDocument.bounded(sentences, words: words)
        var spans: [MentionSpan] = []
        var spanAt = [Int32](repeating: -1, count: words.count)
        let index = MentionIndex(readout.entities)
        for entry in index.mentions {
            let first = wordIndex(atOrAfter: entry.start)
            let end = wordEnd(before: entry.end)
            guard first < end else { continue }
            spans.append(MentionSpan(first: first, end: end, entity: entry.entity))
        }
        spans.sort { ($0.first, $1.end) < ($1.first, $0.end) }
        for (k, span) in spans.enumerated() {
            for w in span.first..<span.end {
                let current = spanAt[w]
                if current < 0 || spans[Int(current)].end - spans[Int(current)].first < span.end - span.first { spanAt[w] = Int32(k) }
            }
        }
        self.spans = spans
        self.spanAt = spanAt
        var namesThing = [Bool](repeating: false, count: words.count)
        let thing = EventWordClass.thingNoun.rawValue
        for span in spans where span.end < words.count {
            let near = flags[span.end] & thing != 0, second = span.end + 1 < words.count && flags[span.end + 1] & thing != 0
            guard near || second else { continue }
            if near, !EventDocument.patronNouns.contains(words[span.end].lower) {
                if span.end + 1 >= words.count || !EventDocument.guardNouns.contains(words[span.end + 1].lower) { namesThing[span.first] = true }
                continue
            }
            // "Iran's militia ally", "Moscow's proxies": the possessor is the patron, not the party.
            let patron = near ? span.end : span.end + 1
            let possessor = words[span.end - 1].lower.utf8
            if EventDocument.patronNouns.contains(words[patron].lower), possessor.count > 2, possessor.last == UInt8(ascii: "s"),
               possessor[possessor.index(possessor.endIndex, offsetBy: -2)] == UInt8(ascii: "'") {
                namesThing[span.first] = true
            }
        }
        self.namesThing = namesThing
        var timexes: [(Int, Int, Timex)] = []
        for timex in readout.timexes.sorted(by: { $0.start < $1.start }) {
            let first = wordIndex(atOrAfter: timex.start)
            let end = max(first + 1, wordEnd(before: timex.end))
            if first < words.count { timexes.append((first, min(end, words.count), timex)) }
        }
        self.timexes = timexes
        var timexAt = [Bool](repeating: false, count: words.count)
        for t in timexes { for k in t.0..<t.1 { timexAt[k] = true } }
        self.timexAt = timexAt
        var timexStartAt = [Int32](repeating: -1, count: words.count)
        for (k, t) in timexes.enumerated() where t.0 < words.count && timexStartAt[t.0] < 0 { timexStartAt[t.0] = Int32(k) }
        self.timexStartAt = timexStartAt
    }

    /// True when the words after `i` continue a name: a capitalised word, or "and" and a capitalised word.
    private static func opensName(_ words: [EventWord], after i: Int) -> Bool {
        let next = words[i + 1]
        if next.capitalized && !next.punct { return true }
        return next.lower == "and" && i + 2 < words.count && words[i + 2].capitalized
    }

    /// The indices of `timexes` whose first word lies in `first..<end` (timexes are in text order).
    func timexIndices(from first: Int, to end: Int) -> Range<Int> {
        func lowerBound(_ word: Int) -> Int {
            var low = 0, high = timexes.count
            while low < high {
                let mid = (low + high) / 2
                if timexes[mid].first < word { low = mid + 1 } else { high = mid }
            }
            return low
        }
        let lo = lowerBound(first)
        return lo..<max(lo, lowerBound(end))
    }

    /// The first time expression (in text order) that starts at word `i`, if any.
    func timex(startingAt i: Int) -> (first: Int, end: Int, timex: Timex)? {
        guard i >= 0, i < timexStartAt.count, timexStartAt[i] >= 0 else { return nil }
        return timexes[Int(timexStartAt[i])]
    }

    /// The Unicode scalars of `text`, decoded from its UTF-8 bytes in one pass.
    static func decodeScalars(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(bytes.count)
            let n = bytes.count
            var i = 0
            while i < n {
                let lead = UInt32(bytes[i])
                if lead < 0x80 {
                    out.append(Unicode.Scalar(UInt8(lead)))
                    i += 1
                    continue
                }
                var value: UInt32
                var length: Int
                if lead < 0xE0 { value = lead & 0x1F; length = 2 } else if lead < 0xF0 { value = lead & 0x0F; length = 3 } else { value = lead & 0x07; length = 4 }
                var k = 1
                while k < length, i + k < n {
                    value = (value << 6) | (UInt32(bytes[i + k]) & 0x3F)
                    k += 1
                }
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += length
            }
            return out
        }
    }

    /// Splits words into sentences at final punctuation followed by a capital or a quote, and at line breaks.
    static func split(_ words: [EventWord]) -> [EventSentence] {
        var result: [EventSentence] = []
        var start = 0
        var paragraph = 0
        for i in words.indices {
            if i > start, words[i].newlineBefore {
                result.append(EventSentence(first: start, end: i, kind: .sentence, paragraph: paragraph))
                start = i
                paragraph += 1
                continue
            }
            let w = words[i].lower
            guard w == "." || w == "!" || w == "?" else { continue }
            let next = i + 1
            if next >= words.count || words[next].capitalized || words[next].lower == "“" || words[next].lower == "\"" || words[next].newlineBefore {
                result.append(EventSentence(first: start, end: next, kind: .sentence, paragraph: paragraph))
                start = next
            }
        }
        if start < words.count { result.append(EventSentence(first: start, end: words.count, kind: .sentence, paragraph: paragraph)) }
        return result
    }

    /// Sentences longer than `softLimit` words are cut after final punctuation; pieces longer than `hardLimit` words
    /// are cut every `hardLimit` words. The coder scans a sentence per trigger, so an unclosed quote or a text
    /// without sentence breaks would otherwise cost the square of its length.
    static func bounded(_ sentences: [EventSentence], words: [EventWord]) -> [EventSentence] {
        guard sentences.contains(where: { $0.end - $0.first > softLimit }) else { return sentences }
        var result: [EventSentence] = []
        result.reserveCapacity(sentences.count)
        for s in sentences {
            guard s.end - s.first > softLimit else { result.append(s); continue }
            var start = s.first
            var k = s.first
            while k < s.end {
                let w = words[k].lower
                if k + 1 < s.end, k - start >= 1, words[k].punct, w == "." || w == "!" || w == "?" {
                    result.append(EventSentence(first: start, end: k + 1, kind: s.kind, paragraph: s.paragraph))
                    start = k + 1
                } else if k + 1 - start >= hardLimit {
                    result.append(EventSentence(first: start, end: k + 1, kind: s.kind, paragraph: s.paragraph))
                    start = k + 1
                }
                k += 1
            }
            if start < s.end { result.append(EventSentence(first: start, end: s.end, kind: s.kind, paragraph: s.paragraph)) }
        }
        return result
    }

    /// Sentences up to this many words are coded whole.
    static let softLimit = 120
    /// No coded unit is longer than this many words.
    static let hardLimit = 240

    /// The text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
        var bytes: [UInt8] = []
        bytes.reserveCapacity((hi - lo) + 8)
        for k in lo..<hi {
            let v = scalars[k].value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else {
                for b in UTF8.encode(scalars[k])! { bytes.append(b) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The mention covering word `i`, if any.
    @inline(__always) func span(at i: Int) -> MentionSpan? {
        guard i >= 0, i < spanAt.count else { return nil }
        let k = spanAt[i]
        return k < 0 ? nil : spans[Int(k)]
    }

    /// True when the mention names something that can act (not a plain place).
    func isActor(_ span: MentionSpan) -> Bool {
        actorEntity[span.entity] && !namesThing[span.first]
    }

    /// True when the mention modifies a thing noun ("the Russian language") instead of naming an actor or a place.
    func modifiesThing(_ span: MentionSpan) -> Bool {
        namesThing[span.first]
    }

    /// Nouns of things a country name can modify without acting: "the Russian language", "the Polish border".
    static let thingNouns: Set<String> = [
        "language", "languages", "border", "borders", "frontier", "frontiers", "territory", "airspace", "waters", "soil",
        "coast", "coastline", "capital", "economy", "currency", "market", "markets", "exports", "imports",
    ]
    /// Nouns of a party that a possessive country backs without being it ("Iran's militia ally").
    static let patronNouns: Set<String> = ["ally", "allies", "proxy", "proxies"]
    /// Nouns after a thing noun that make the phrase an actor again ("border guards", "border police").
    static let guardNouns: Set<String> = ["guards", "guard", "police", "troops", "forces", "officials", "authorities", "patrol", "patrols", "service", "agency", "ministry"]

    /// True when the entity names something that can act (not a plain place).
    private static func canAct(_ e: Entity) -> Bool {
        if e.kind == .place { return false }
        if e.kind == .unknown, e.actorCode == nil, EventDocument.functionNames.contains(e.name.lowercased()) || e.name.count <= 2 { return false }
        return true
    }

    /// Capitalised function words an entity finder may leave as unknown names.
    static let functionNames: Set<String> = ["this", "that", "these", "those", "we", "i", "it", "they", "he", "she", "you", "our", "there", "here"]

    /// True when the mention can name a place: a place, a country, or an unknown name.
    func isPlaceLike(_ span: MentionSpan) -> Bool {
        let e = entities[span.entity]
        return e.kind == .place || e.kind == .country || (e.kind == .unknown && e.actorCode == nil && isActor(span))
    }

    /// The entity's country, or the first three letters of its actor code.
    func country(of entity: Int) -> String? {
        entityCountry[entity]
    }

    /// True when word `i` exists and belongs to class `c`.
    @inline(__always) func has(_ i: Int, _ c: EventWordClass) -> Bool {
        i >= 0 && i < flags.count && flags[i] & c.rawValue != 0
    }

    /// The lowercased word at `i`, or "" outside the text.
    @inline(__always) func word(_ i: Int) -> String {
        i >= 0 && i < words.count ? words[i].lower : ""
    }
}
