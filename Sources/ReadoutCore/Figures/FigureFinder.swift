/// Finds figures (counts and amounts) with their bound, what they count, whose they are and who claims them.
struct FigureFinder {
    /// The lexed text.
    let text: ProseText
    /// The readout so far (entities, timexes, quotes).
    let readout: DocumentReadout
    /// The knowledge base, for demonyms and seats of power.
    let knowledge: KnowledgeBase

    /// Creates a finder.
    init(text: ProseText, readout: DocumentReadout, knowledge: KnowledgeBase) {
        self.text = text
        self.readout = readout
        self.knowledge = knowledge
    }

    /// A number as read: its token range and value.
    struct Reading {
        var first: Int
        var last: Int
        var value: Double
        var currency: String?
        var vague: Bool
    }

    /// Every figure in text order.
    func figures() -> [Figure] {
        let tokens = text.tokens
        let timexes = readout.timexes.map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound }
        var timexCursor = 0
        var figures: [Figure] = []
        var i = 0
        while i < tokens.count {
            let start = Int(tokens[i].start)
            while timexCursor < timexes.count, timexes[timexCursor].upperBound <= start { timexCursor += 1 }
            if timexCursor < timexes.count, timexes[timexCursor].contains(start) { i += 1; continue }
            let t = tokens[i]
            let candidate = t.kind == .number || (t.kind == .word && t.lexicon & TokenLexicon.figureStart != 0)
                || (t.kind == .punct && (t.firstByte == 0x24 || t.firstByte == 0xC2 || t.firstByte == 0xE2))
            guard candidate, let reading = read(at: i) else { i += 1; continue }
            if let figure = figure(for: reading) { figures.append(figure) }
            i = reading.last + 1
        }
        return figures
    }

    /// Reads a number starting at token `i` (digits, words, a currency symbol, or a vague plural).
    func read(at i: Int) -> Reading? {
        let tokens = text.tokens
        let t = tokens[i]
        var first = i, n = i
        var currency: String?
        if t.kind == .punct, let code = currencySymbol(i), i + 1 < tokens.count, tokens[i + 1].kind == .number, !tokens[i + 1].spaceBefore {
            currency = code
            n = i + 1
            if i > 0, tokens[i - 1].kind == .word, !tokens[i].spaceBefore, tokens[i - 1].key == FigureLexicon.us { first = i - 1 }
        }
        let token = tokens[n]
        var value: Double
        var last = n
        var vague = false
        if token.kind == .number {
            guard let parsed = parse(n) else { return nil }
            value = parsed
            if n + 1 < tokens.count, tokens[n + 1].kind == .word, !tokens[n + 1].spaceBefore {
                guard let suffix = FigureLexicon.suffixes[tokens[n + 1].key] else { return nil }
                value *= suffix
                last = n + 1
            }
        } else if token.kind == .word, let word = FigureLexicon.numberWords[token.key] {
            value = word
            if token.key == FigureLexicon.dozen, !text.isWord(n - 1, FigureLexicon.a) { return nil }
            if text.isWord(n - 1, FigureLexicon.a) { first = n - 1 }
            if word >= 20, word.truncatingRemainder(dividingBy: 10) == 0, n + 1 < tokens.count,
               let unit = FigureLexicon.numberWords[tokens[n + 1].key], unit < 10 {
                value += unit
                last = n + 1
            }
        } else if token.kind == .word, token.key == FigureLexicon.tens || FigureLexicon.vague[token.key] != nil {
            vague = true
            if text.isWord(n + 1, AttributionLexicon.of), n + 2 < tokens.count, let scale = FigureLexicon.vague[tokens[n + 2].key],
               token.key == FigureLexicon.tens || token.key == FigureLexicon.hundreds {
                value = (token.key == FigureLexicon.tens ? 10 : 100) * scale
                last = n + 2
            } else if let base = FigureLexicon.vague[token.key] {
                value = base
            } else {
                return nil
            }
        } else if token.kind == .word, text.isWord(n, FigureLexicon.a) || text.isWord(n, FigureLexicon.one),
                  n + 1 < tokens.count, let scale = FigureLexicon.scales[tokens[n + 1].key] {
            value = scale
            last = n + 1
            return Reading(first: first, last: last, value: value, currency: currency, vague: false)
        } else {
            return nil
        }
        var k = last + 1
        while k < tokens.count, tokens[k].kind == .word, let scale = FigureLexicon.scales[tokens[k].key] {
            value *= scale
            last = k
            k += 1
        }
        return Reading(first: first, last: last, value: value, currency: currency, vague: vague)
    }

    /// The figure a reading makes, or nil when it is a date, time, age, name part or not a count.
    func figure(for r: Reading) -> Figure? {
        let tokens = text.tokens
        let numberToken = tokens[r.first].kind == .number ? r.first : (r.currency != nil ? r.first + (tokens[r.first].kind == .word ? 2 : 1) : r.first)
        let isDigits = tokens[numberToken].kind == .number
        let after = r.last + 1
        // Dates, times, ordinals, ranges and hyphenated measures.
        if isDigits {
            if after < tokens.count, !tokens[after].spaceBefore,
               text.isPunct(after, 0x3A) || text.isPunct(after, 0x2F) || text.isPunct(after, 0x2D) || isDash(after) { return nil }
            if numberToken > 0, !tokens[numberToken].spaceBefore,
               text.isPunct(numberToken - 1, 0x2F) || text.isPunct(numberToken - 1, 0x2D) || text.isPunct(numberToken - 1, 0x3A) { return nil }
            if text.isAny(numberToken - 1, in: FigureLexicon.calendarWords) || text.isAny(after, in: FigureLexicon.calendarWords)
                || text.isAny(after, in: FigureLexicon.notCounts) { return nil }
            if text.isAny(after, in: FigureLexicon.ordinalSuffixes), !tokens[after].spaceBefore { return nil }
        }
        // What is counted, skipping `of`, adjectives and demonyms; whose it is.
        var k = after
        var ownerToken: Int?
        if text.isWord(k, AttributionLexicon.of) { k += 1 }
        if text.isWord(k, FigureLexicon.the) && r.vague { k += 1 }
        var what: String? = r.currency
        var sector: String?
        var whatEnd = r.last
        var steps = 0
        var known = r.currency != nil
        while k < tokens.count, steps < 4, tokens[k].kind == .word, tokens[k].sentence == tokens[r.last].sentence {
            let w = tokens[k]
            if let code = FigureLexicon.currencyWords[w.key], what == nil || r.currency == nil {
                what = code
                whatEnd = k
                known = true
                break
            }
            if let counted = FigureLexicon.counted[w.key] {
                what = counted.noun
                sector = counted.sector
                whatEnd = k
                known = true
                break
            }
            if w.capitalized || FigureLexicon.demonyms[w.key] != nil {
                if ownerToken == nil { ownerToken = k }
            } else if !FigureLexicon.adjectives.contains(w.key) {
                if r.currency == nil, steps == 0, !AttributionLexicon.phraseStops.contains(w.key), text.hasSuffix(k, "s") {
                    what = text.text(k, k).lowercased()
                    whatEnd = k
                }
                break
            }
            k += 1
            steps += 1
        }
        if what == nil, text.isPunct(after, 0x25) || text.isWord(after, FigureLexicon.percent) {
            what = "percent"
            whatEnd = after
        }
        if what != nil, whatEnd < after { ownerToken = nil }
        if what == nil { ownerToken = nil }
        if isDigits {
            // Years, name parts (`Article 5`) and ages (`Clarke, 61,`) count nothing.
            let plain = !text.hasByte(numberToken, 0x2C) && !text.hasByte(numberToken, 0x2E)
            if !known, plain, r.last == numberToken, r.value >= 1800, r.value <= 2100 { return nil }
            if !known, r.currency == nil, numberToken > 0, tokens[numberToken - 1].kind == .word, tokens[numberToken - 1].capitalized,
               FigureLexicon.calendarWords.contains(tokens[numberToken - 1].key) == false,
               FigureLexicon.bounds.allSatisfy({ $0.words.last != tokens[numberToken - 1].key }) { return nil }
            if what == nil, text.isPunct(numberToken - 1, 0x2C), text.isPunct(after, 0x2C) || text.isTerminator(after),
               numberToken >= 2, tokens[numberToken - 2].capitalized, r.value < 130 { return nil }
        } else if what == nil {
            return nil
        }
        // The bound from the words before.
        var first = r.first
        var bound: FigureBound = r.vague ? .lower : .exact
        for entry in FigureLexicon.bounds {
            let count = entry.words.count
            guard first - count >= 0 else { continue }
            var matches = true
            for (offset, key) in entry.words.enumerated() where !text.isWord(first - count + offset, key) { matches = false; break }
            if matches {
                bound = entry.bound
                first -= count
                break
            }
        }
        if ownerToken == nil, first >= 2, tokens[first - 1].kind == .possessive, tokens[first - 2].capitalized { ownerToken = first - 2 }
        let owner = ownerToken.flatMap { country(at: $0) }.map { code in sector.map { code.count == 3 ? code + $0 : code } ?? code }
        let end = max(whatEnd, r.last)
        let span = text.span(first, end)
        return Figure(start: span.start, end: span.end, text: span.text, value: r.value, bound: bound, what: what, owner: owner,
                      claimant: claimant(at: Int(tokens[r.first].start)))
    }

    /// The ISO code of the country a token names or describes (entity mention, knowledge base, then built-in demonyms).
    func country(at k: Int) -> String? {
        let t = text.tokens[k]
        if let covering = entity(covering: Int(t.start)) {
            let entity = readout.entities[covering]
            if let country = entity.country { return country }
            if let code = entity.actorCode { return String(code.prefix(code.count > 3 && code != "NATO" ? 3 : code.count)) }
        }
        let surface = text.text(k, k)
        if let entry = knowledge.entries(named: surface).first, let code = entry.country ?? entry.actorCode { return code }
        return FigureLexicon.demonyms[t.key]
    }

    /// The index of the entity with the longest mention covering scalar `offset` (on a tie the mention that starts
    /// first, then the first listed), as `MentionIndex.mention(covering:)` picks it, without sorting all mentions.
    func entity(covering offset: Int) -> Int? {
        var best: (entity: Int, start: Int, length: Int)?
        for (e, entity) in readout.entities.enumerated() {
            for mention in entity.mentions where mention.start <= offset && offset < mention.end {
                let length = mention.end - mention.start
                if let b = best, length < b.length || (length == b.length && mention.start >= b.start) { continue }
                best = (e, mention.start, length)
            }
        }
        return best?.entity
    }

    /// Who claims a figure at `offset`: the speaker of the innermost quotation that holds it.
    func claimant(at offset: Int) -> String? {
        var best: Quote?
        for quote in readout.quotes where quote.start <= offset && offset < quote.end && (quote.speaker != nil || quote.speakerSpan != nil) {
            if best == nil || quote.end - quote.start < best!.end - best!.start { best = quote }
        }
        guard let best else { return nil }
        let surface = best.speakerSpan?.text
        if let surface, let entry = knowledge.entries(named: surface).first, let seat = entry.metonymFor { return seat }
        if let id = best.speaker, let entity = readout.entities.first(where: { $0.id == id }) {
            return entity.actorCode ?? entity.id
        }
        guard let surface else { return nil }
        let words = surface.split(separator: " ")
        let head = words.last.map { String($0).lowercased() } ?? ""
        if ["official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "authorities", "ministry"].contains(head) {
            if let demonym = words.dropLast().compactMap({ FigureLexicon.demonyms[ProseHash.key(String($0))] }).first {
                return demonym + "GOV"
            }
            return head.hasPrefix("source") ? "unnamed source" : "unnamed official"
        }
        return nil
    }

    /// The ISO currency code of a currency symbol token.
    func currencySymbol(_ i: Int) -> String? {
        let t = text.tokens[i]
        let b = text.bytes
        let s = Int(t.byteStart)
        switch t.byteEnd - t.byteStart {
        case 1: return b[s] == 0x24 ? "USD" : nil
        case 2:
            guard b[s] == 0xC2 else { return nil }
            return b[s + 1] == 0xA3 ? "GBP" : b[s + 1] == 0xA5 ? "JPY" : nil
        case 3:
            guard b[s] == 0xE2, b[s + 1] == 0x82 else { return nil }
            switch b[s + 2] {
            case 0xAC: return "EUR"
            case 0xBD: return "RUB"
            case 0xB4: return "UAH"
            case 0xB9: return "INR"
            default: return nil
            }
        default: return nil
        }
    }

    /// The value of a digit token (`100,000`, `2.5`).
    func parse(_ i: Int) -> Double? {
        let t = text.tokens[i]
        var value = 0.0
        var fraction = 0.0
        var scale = 1.0
        var afterPoint = false
        let b = text.bytes
        var commas = 0
        for k in Int(t.byteStart)..<Int(t.byteEnd) {
            let c = b[k]
            if c >= 0x30 && c <= 0x39 {
                if afterPoint {
                    scale /= 10
                    fraction += Double(c - 0x30) * scale
                } else {
                    value = value * 10 + Double(c - 0x30)
                }
            } else if c == 0x2E {
                if afterPoint { return nil }
                afterPoint = true
            } else if c == 0x2C {
                commas += 1
            }
        }
        return value + fraction
    }

    /// True when token `i` is a dash.
    func isDash(_ i: Int) -> Bool { text.isDash(i) }
}
