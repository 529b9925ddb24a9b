/// Walks one document's tokens left to right, recognising names and descriptions with the gazetteer's
/// automaton and resolving each to an entity as of the document date.
///
/// The order of attempts at each token: role phrases ("the Russian Foreign Minister, Sergei Lavrov",
/// "his Russian counterpart"), sector phrases ("the Russian government", "Russia's state news agencies"),
/// groups ("the West", "its allies"), descriptions ("the military alliance"), person markers ("Mr X"),
/// knowledge-base names and demonyms (with metonymy for capitals and seats of power), pronouns, and
/// finally unknown capitalised names.
struct EntityResolver {
    let gaz: EntityGazetteer
    /// The gazetteer's automaton, word classes and knowledge-base entries, held by value so that lookups
    /// borrow them instead of copying the automaton through the class on every call.
    let automaton: NameAutomaton
    let wordClasses: [EntityGazetteer.WordClass]
    let entries: [KBEntry]
    /// Token index by the scalar offset it starts at (-1 elsewhere), for `tokenIndex(startingAt:)`.
    let tokenByStart: [Int32]
    /// Last words of knowledge-base people's names by draft, for `personDraft` (nil when one word).
    var kbSurnameParts: [Int: String?] = [:]
    /// Draft index by knowledge-base entry index, for the drafts keyed `kb:<id>`.
    var draftByEntry: [Int: Int] = [:]
    let date: String
    let bytes: [UInt8]
    var tokens: [EntityToken]
    var drafts: [EntityDraft] = []
    var draftByKey: [String: Int] = [:]
    var names: [NamedSpan] = []
    /// The last person mentioned: draft index, sentence, and the token just after the mention.
    var lastPerson: (draft: Int, sentence: Int32, end: Int)?
    /// The first person named in the current sentence (the likely subject, which "he" and "his" refer to).
    var sentenceSubject: (draft: Int, sentence: Int32)?
    /// The last country, government or organisation mentioned.
    var lastActor: Int?
    /// Person drafts by a part of their name ("Lavrov").
    var nameParts: [String: Int] = [:]
    var buffer: [(end: Int, node: Int32)] = []
    /// The token whose matches `buffer` holds, or -1.
    var bufferStart = -1
    /// Sentences written like a headline (capitals or title case): only known names are read there.
    var headline: [Bool] = []
    /// Tokens that are "administration" or "Administration" (as `isWord` reads them), in text order.
    var administrationTokens: [Int] = []
    /// Hashes of the lower-case words of the document (filled by `assignIDs`).
    var lowerWords = HashSet64(capacity: 0)
    /// The first draft with a mention starting at / ending with each token (see `mentionOwners()`); nil when
    /// stale. Every change to a draft's mentions sets it to nil.
    var mentionOwnerIndex: (starting: [Int32], ending: [Int32])?

    /// Tokenizes `bytes` (the resolver owns the only copy of the tokens, so marking them copies nothing) and
    /// looks the tokens up; `sentenceStarts` are scalar offsets of sentence starts, if known.
    init(gazetteer: EntityGazetteer, date: String, bytes: [UInt8], sentenceStarts: [Int]?) {
        self.gaz = gazetteer
        self.automaton = gazetteer.automaton
        self.wordClasses = gazetteer.wordClasses
        self.entries = gazetteer.kb.entries
        self.date = date
        self.bytes = bytes
        self.tokens = EntityTokenizer.tokenize(bytes, sentenceStarts: sentenceStarts)
        var byStart = [Int32](repeating: -1, count: (tokens.last?.start ?? -1) + 1)
        for t in tokens.indices { byStart[tokens[t].start] = Int32(t) }
        self.tokenByStart = byStart
        assignIDs()
        markPhraseStarts()
    }

    // MARK: token access

    /// The text of token `i`.
    func text(_ i: Int) -> String {
        String(decoding: bytes[tokens[i].byteStart..<tokens[i].byteEnd], as: UTF8.self)
    }

    /// The text of tokens `s..<e`.
    func text(_ s: Int, _ e: Int) -> String {
        String(decoding: bytes[tokens[s].byteStart..<tokens[e - 1].byteEnd], as: UTF8.self)
    }

    /// True when token `i` exists and its text is exactly `word`.
    func isText(_ i: Int, _ word: StaticString) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].byteEnd - tokens[i].byteStart == word.utf8CodeUnitCount else { return false }
        let start = tokens[i].byteStart
        for k in 0..<word.utf8CodeUnitCount where bytes[start + k] != word.utf8Start[k] { return false }
        return true
    }

    /// True when token `i` exists and is the lower-case ASCII `word` in any ASCII case ("The", "THE" for "the").
    /// Same as comparing `text(i).lowercased()`, for words without a "k" (the Kelvin sign lower-cases to "k").
    func isText(_ i: Int, ignoringCase word: StaticString) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].byteEnd - tokens[i].byteStart == word.utf8CodeUnitCount else { return false }
        let start = tokens[i].byteStart
        for k in 0..<word.utf8CodeUnitCount {
            var b = bytes[start + k]
            if b >= 65, b <= 90 { b += 32 }
            if b != word.utf8Start[k] { return false }
        }
        return true
    }

    /// The span of tokens `s..<e`.
    func span(_ s: Int, _ e: Int) -> TextSpan {
        TextSpan(start: tokens[s].start, end: tokens[e - 1].end, text: text(s, e))
    }

    /// True when token `i` exists and is the word with id `id` (at a sentence start, also its lower-case form).
    @inline(__always) func isWord(_ i: Int, _ id: Int32) -> Bool {
        guard i >= 0, i < tokens.count, id >= 0 else { return false }
        return tokens[i].id == id || (tokens[i].altID == id && tokens[i].has(.sentenceStart))
    }

    /// The word classes of token `i` (empty outside the text).
    @inline(__always) func classes(_ i: Int) -> EntityGazetteer.WordClass {
        guard i >= 0, i < tokens.count else { return [] }
        let token = tokens[i]
        var c: EntityGazetteer.WordClass = []
        if token.id >= 0 { c = wordClasses[Int(token.id)] }
        if token.altID >= 0, token.has(.sentenceStart) { c.formUnion(wordClasses[Int(token.altID)]) }
        return c
    }

    /// True when token `i` is a capitalised word outside a headline.
    @inline(__always) func isCapitalizedName(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        let t = tokens[i]
        return t.has(.capitalized) && t.has(.word) && !headline[Int(t.sentence)]
    }

    /// True when an "administration" token follows `p` closely enough to end a name starting at `p` (a phrase of
    /// the automaton, or up to four capitalised words): names before it need not be read otherwise.
    func administrationMayFollow(_ p: Int) -> Bool {
        let reach = p + max(automaton.longestPhrase, 4)
        for a in administrationTokens where a > p { return a <= reach }
        return false
    }

    /// True when some phrase of the automaton starts with token `i` (one hash lookup).
    @inline(__always) func startsPhrase(_ i: Int) -> Bool {
        tokens[i].has(.phraseStart)
    }

    /// The longest phrase at `i` that has a pattern of `kind`, with those patterns.
    mutating func longest(_ i: Int, _ kind: NameAutomaton.PatternKind) -> (end: Int, patterns: NameAutomaton.KindPatterns)? {
        guard i >= 0, i < tokens.count, startsPhrase(i) else { return nil }
        if bufferStart != i {
            automaton.matches(tokens, at: i, into: &buffer)
            bufferStart = i
        }
        for (end, node) in buffer.reversed() where automaton.has(kind, at: node) {
            return (end, NameAutomaton.KindPatterns(all: automaton.patterns[Int(node)], kind: kind))
        }
        return nil
    }

    // MARK: drafts

    /// The draft for `key`, created by `make` when new.
    mutating func draft(_ key: String, _ make: () -> EntityDraft) -> Int {
        if let index = draftByKey[key] { return index }
        drafts.append(make())
        draftByKey[key] = drafts.count - 1
        return drafts.count - 1
    }

    /// Adds a mention of draft `d` over tokens `s..<e`.
    mutating func mention(_ d: Int, _ s: Int, _ e: Int) {
        mentionOwnerIndex = nil
        drafts[d].mentions.append(span(s, e))
        switch drafts[d].kind {
        case .person:
            lastPerson = (d, tokens[s].sentence, e)
            if sentenceSubject?.sentence != tokens[s].sentence { sentenceSubject = (d, tokens[s].sentence) }
        case .country, .organization, .group: lastActor = d
        default: break
        }
    }

    /// Records a proper name over tokens `s..<e` for the named-entity evaluation.
    mutating func name(_ s: Int, _ e: Int, _ type: String) {
        names.append(NamedSpan(start: tokens[s].start, end: tokens[e - 1].end, type: type))
    }

    /// The draft of a knowledge-base entry.
    mutating func draft(entry index: Int) -> Int {
        if let known = draftByEntry[index] { return known }
        return draft(kbEntry: entries[index])
    }

    /// The draft of a knowledge-base entry given by value.
    mutating func draft(kbEntry entry: KBEntry) -> Int {
        // Entries of the knowledge base are found by index, with no string key; others by `kb:<id>`.
        let index = gaz.kb.byID[entry.id]
        if let index {
            if let known = draftByEntry[index] { return known }
        } else if let known = draftByKey["kb:" + entry.id] {
            return known
        }
        var d = EntityDraft(name: entry.name, kind: entry.kind, actorCode: entry.actorCode,
                            country: entry.country, sector: entry.sector, kbID: entry.id)
        if entry.kind == .place { d.actorCode = nil }
        if entry.kind == .person, let role = currentRole(of: entry, preferring: nil) {
            d.role = role.title
            d.office = officeName(role.title)
            d.actorCode = role.actorCode
            if d.country == nil, let c = role.country, c.utf8.count == 3 { d.country = c }
            if d.sector == nil, role.actorCode.utf8.count == 6 { d.sector = String(role.actorCode.suffix(3)) }
        }
        guard let index else { return draft("kb:" + entry.id) { d } }
        drafts.append(d)
        draftByEntry[index] = drafts.count - 1
        return drafts.count - 1
    }

    /// The draft of a country's (or organisation's) sector: `RUS` + `GOV` is the Russian government.
    mutating func draft(code: String, sector: String) -> Int {
        if let index = gaz.entryByCode[code], entries[index].kind == .organization {
            return draft(entry: index)
        }
        let key = "sector:\(code):\(sector)"
        if let known = draftByKey[key] { return known }
        var label = code
        if let index = gaz.entryByCode[code] {
            label = entries[index].demonyms.first { !$0.hasSuffix("s") || $0.hasSuffix("ss") } ?? entries[index].name
        }
        let value = EntityDraft(name: "\(label) \(EntityLexicon.sectorNames[sector] ?? sector.lowercased())",
                                kind: .organization, actorCode: code + sector, country: code, sector: sector)
        return draft(key) { value }
    }

    // MARK: roles

    /// The role of `entry` held on the document date, preferring `office`.
    func currentRole(of entry: KBEntry, preferring office: String?) -> KBRole? {
        let held = entry.roles.filter { $0.isHeld(on: date) }
        if let office, let match = held.first(where: { officeName($0.title) == office }) { return match }
        return held.max { ($0.from ?? "") < ($1.from ?? "") }
    }

    /// The canonical office of a title as written.
    func officeName(_ title: String) -> String {
        let key = title.lowercased()
        for (phrase, office) in EntityLexicon.offices where phrase == key { return office }
        return title
    }

    /// The knowledge-base holder of `office` for `code` on the document date.
    func holder(of office: String, code: String) -> KBEntry? {
        var best: (KBEntry, String)?
        for title in [office] + (EntityLexicon.officeTitles[office] ?? []) {
            for entry in gaz.kb.holders(of: title, country: code, on: date) {
                let from = entry.roles.filter { $0.country == code && $0.isHeld(on: date) }.compactMap(\.from).max() ?? ""
                if best == nil || from > best!.1 { best = (entry, from) }
            }
            if best != nil { break }
        }
        return best?.0
    }

    // MARK: output

    /// Runs the walk and returns entities (ids in order of first mention) and names.
    mutating func resolve() -> EntityRecognition {
        walk()
        inheritCountries()
        let firstStart = drafts.map { d in d.mentions.reduce(Int.max) { min($0, $1.start) } }
        let order = drafts.indices.filter { !drafts[$0].mentions.isEmpty }.sorted {
            (firstStart[$0], $0) < (firstStart[$1], $1)
        }
        var entities: [Entity] = []
        entities.reserveCapacity(order.count)
        for (n, index) in order.enumerated() { entities.append(drafts[index].entity(id: "e\(n + 1)")) }
        names.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        var unique: [NamedSpan] = []
        for n in names where unique.last.map({ $0.start != n.start || $0.end != n.end }) ?? true { unique.append(n) }
        return EntityRecognition(entities: entities, names: unique)
    }
}
