/// The knowledge base and the built-in lexicon compiled for recognition: one token automaton for all
/// names and phrases, word classes by vocabulary id, and indexes for surnames and countries.
///
/// Built once per knowledge base and shared, read-only, by every pipeline thread.
final class EntityGazetteer: Sendable {
    /// Word classes, as bits in `wordClasses`.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt32
        static let determiner = WordClass(rawValue: 1 << 0)
        static let possessivePronoun = WordClass(rawValue: 1 << 1)
        static let personPronoun = WordClass(rawValue: 1 << 2)
        static let locative = WordClass(rawValue: 1 << 3)
        static let connector = WordClass(rawValue: 1 << 4)
        static let acting = WordClass(rawValue: 1 << 5)
        static let speech = WordClass(rawValue: 1 << 6)
        static let organizationSuffix = WordClass(rawValue: 1 << 7)
        static let placeSuffix = WordClass(rawValue: 1 << 8)
        static let common = WordClass(rawValue: 1 << 9)
        static let firstName = WordClass(rawValue: 1 << 10)
        static let possessiveMark = WordClass(rawValue: 1 << 11)
        static let eventSuffix = WordClass(rawValue: 1 << 12)
        static let temporal = WordClass(rawValue: 1 << 13)
        static let groupNoun = WordClass(rawValue: 1 << 14)
        static let irregularPast = WordClass(rawValue: 1 << 15)
    }

    /// The knowledge base.
    let kb: KnowledgeBase
    /// The token automaton.
    let automaton: NameAutomaton
    /// Word classes by vocabulary id.
    let wordClasses: [WordClass]
    /// Canonical offices, indexed by `office` pattern values.
    let officeNames: [String]
    /// Sector codes, indexed by `sector` pattern values.
    let sectorCodes: [String]
    /// Entry index of each country by alpha-3 code (or organisation by its code).
    let entryByCode: [String: Int]
    /// Unique knowledge-base person by surname vocabulary id.
    let personBySurname: [Int32: Int]
    /// Country alpha-3 by one-word country name or demonym ("Kenya", "Latvian"), for names that start with one.
    let countryByWord: [String: String]
    /// Sector of plain group nouns ("rebels", "Demonstrators") by vocabulary id.
    let groupNounSectors: [Int32: String]
    /// Ids of particular words.
    let ids: WordIDs
    /// One-word country names and demonyms for the misspelling test, by first byte.
    let countrySpellings: EntityCountrySpelling.Table
    /// By vocabulary id: true when some phrase starts with that word.
    let phraseStarts: [Bool]

    /// Vocabulary ids of words the recogniser tests for directly.
    struct WordIDs: Sendable {
        var the: Int32 = -1, of: Int32 = -1, comma: Int32 = -1, according: Int32 = -1, to: Int32 = -1
        var by: Int32 = -1, and: Int32 = -1, head: Int32 = -1, diplomacy: Int32 = -1, counterpart: Int32 = -1
        var counterparts: Int32 = -1, with: Int32 = -1, between: Int32 = -1, country: Int32 = -1, state: Int32 = -1
        var its: Int32 = -1, their: Int32 = -1, administration: Int32 = -1, capitalAdministration: Int32 = -1
        var top: Int32 = -1, said: Int32 = -1, says: Int32 = -1, dash: Int32 = -1, open: Int32 = -1
    }

    /// The compiled shipped knowledge base.
    static let shipped = EntityGazetteer(kb: .shipped)

    /// Compiles `kb` with the built-in lexicon.
    init(kb: KnowledgeBase) {
        self.kb = kb
        var automaton = NameAutomaton()
        func words(_ phrase: String) -> [String] {
            let bytes = Array(phrase.utf8)
            return EntityTokenizer.tokenize(bytes).map { String(decoding: bytes[$0.byteStart..<$0.byteEnd], as: UTF8.self) }
        }
        func variants(_ phrase: String) -> [String] {
            var out = [phrase]
            let parts = phrase.split(separator: " ")
            let small: Set<Substring> = ["of", "the", "for", "and", "de"]
            let title = parts.map { small.contains($0) ? String($0) : $0.prefix(1).uppercased() + $0.dropFirst() }
            out.append(title.joined(separator: " "))
            out.append(phrase.prefix(1).uppercased() + phrase.dropFirst())
            return Array(Set(out))
        }
        func forms(_ phrase: String) -> [String] {
            // Byte tests first: most names have no apostrophe, and Foundation's search is slow at load.
            var out = [phrase]
            if phrase.utf8.contains(0x99), phrase.unicodeScalars.contains("’") {
                out.append(phrase.replacingOccurrences(of: "’", with: "'"))
            }
            if phrase.utf8.contains(0x27) { out.append(phrase.replacingOccurrences(of: "'", with: "’")) }
            return out
        }
        // Knowledge-base entries, most likely reading first.
        func priority(_ e: KBEntry) -> Int {
            switch e.kind {
            case .country: return 0
            case .organization: return e.metonymFor != nil ? 1 : 2
            case .place: return e.metonymFor != nil ? 1 : 4
            case .person: return 3
            case .group: return 5
            case .unknown: return 6
            }
        }
        // Within a kind, entries with more names first: "American" is the United States before American Samoa.
        let order = kb.entries.indices.sorted {
            (priority(kb.entries[$0]), -kb.entries[$0].aliases.count, $0) < (priority(kb.entries[$1]), -kb.entries[$1].aliases.count, $1)
        }
        var entryByCode: [String: Int] = [:]
        var countryByWord: [String: String] = [:]
        var surnames: [Int32: Int] = [:]
        var firstNameCounts: [String: Int] = [:]
        // One-word place names that are mostly something else in news text ("Paul", "Most", "East").
        var blocked = Set(EntityLexicon.firstNames + EntityLexicon.directionWords)
        for word in EntityLexicon.commonWords + EntityLexicon.placeSuffixes + EntityLexicon.organizationSuffixes
            + EntityLexicon.eventSuffixes {
            blocked.insert(word.prefix(1).uppercased() + word.dropFirst())
        }
        for index in order {
            let entry = kb.entries[index]
            let value = Int32(index)
            for form in [entry.name] + entry.aliases {
                for f in forms(form) {
                    var w = words(f)
                    if w.count > 1, w[0] == "the" || w[0] == "The" { w.removeFirst() }
                    if w.count == 1, entry.kind == .place, entry.metonymFor == nil, blocked.contains(w[0]) { continue }
                    automaton.add(w, .init(kind: .name, value: value))
                }
            }
            for form in entry.demonyms {
                for f in forms(form) { automaton.add(words(f), .init(kind: .demonym, value: value)) }
            }
            for form in entry.descriptions {
                var w = words(form)
                if w.first == "the" || w.first == "The" { w.removeFirst() }
                guard !w.isEmpty else { continue }
                automaton.add(["the"] + w, .init(kind: .description, value: value))
                automaton.add(["The"] + w, .init(kind: .description, value: value))
            }
            if entry.kind == .country || entry.kind == .organization, let code = entry.actorCode, entryByCode[code] == nil,
               entry.metonymFor == nil {
                entryByCode[code] = index
            }
            if entry.kind == .country, let code = entry.country, entryByCode[code] == nil { entryByCode[code] = index }
            if entry.kind == .country, let code = entry.country ?? entry.actorCode, code.utf8.count == 3 {
                for form in [entry.name] + entry.aliases + entry.demonyms where !form.contains(" ") && form.first?.isUppercase == true {
                    if countryByWord[form] == nil { countryByWord[form] = code }
                }
            }
            if entry.kind == .person {
                let w = words(entry.name)
                // Surnames that are mostly adjectives in news text ("Christian east Beirut") never stand alone for a person.
                let adjectives: Set<String> = ["Christian", "Muslim", "Jewish", "Catholic", "Islamic", "Arab", "Sunni", "Shiite", "Young", "Little", "Black", "White", "Green", "Brown", "Rich", "Strong", "Noble", "Sharp"]
                // Nor do the last words of organisations, places and states that a source lists as people
                // ("German Democratic Republic": "Republic" alone is no one).
                if w.count >= 2, let last = w.last, last.utf8.count >= 4, !adjectives.contains(last),
                   !EntityLexicon.stateWords.contains(last), !EntityLexicon.organizationSuffixes.contains(last) {
                    let id = automaton.intern(last)
                    if let other = surnames[id], other != index { surnames[id] = -1 } else { surnames[id] = index }
                    firstNameCounts[w[0], default: 0] += 1
                }
            }
        }
        // Offices, sectors, groups, markers.
        var officeNames: [String] = []
        var officeIndex: [String: Int32] = [:]
        for (phrase, office) in EntityLexicon.offices {
            let value: Int32
            if let v = officeIndex[office] { value = v } else {
                value = Int32(officeNames.count)
                officeIndex[office] = value
                officeNames.append(office)
            }
            for v in variants(phrase) { automaton.add(words(v), .init(kind: .office, value: value)) }
        }
        var sectorCodes: [String] = []
        for (phrase, sector) in EntityLexicon.sectors {
            var value = Int32(sectorCodes.firstIndex(of: sector) ?? -1)
            if value < 0 { value = Int32(sectorCodes.count); sectorCodes.append(sector) }
            for v in variants(phrase) { automaton.add(words(v), .init(kind: .sector, value: value)) }
        }
        for (i, group) in EntityLexicon.groups.enumerated() {
            for v in variants(group.phrase) { automaton.add(words(v), .init(kind: .group, value: Int32(i))) }
        }
        for marker in EntityLexicon.personMarkers {
            for v in variants(marker) { automaton.add(words(v), .init(kind: .marker, value: 0)) }
        }
        for phrase in EntityLexicon.allyWords { automaton.add(words(phrase), .init(kind: .allies, value: 0)) }
        // Word classes.
        var classes: [Int32: WordClass] = [:]
        func mark(_ list: [String], _ cls: WordClass, capitalize: Bool = false) {
            for word in list {
                classes[automaton.intern(word), default: []].insert(cls)
                if capitalize {
                    classes[automaton.intern(word.prefix(1).uppercased() + word.dropFirst()), default: []].insert(cls)
                }
            }
        }
        mark(EntityLexicon.determiners, .determiner)
        mark(EntityLexicon.possessivePronouns, .possessivePronoun)
        mark(EntityLexicon.personPronouns, .personPronoun)
        mark(EntityLexicon.locativePrepositions, .locative)
        mark(EntityLexicon.connectors, .connector)
        mark(EntityLexicon.actingVerbs, .acting)
        mark(EntityLexicon.speechVerbs, .speech)
        mark(EntityLexicon.irregularPastVerbs, .irregularPast)
        mark(EntityLexicon.organizationSuffixes, .organizationSuffix)
        mark(EntityLexicon.placeSuffixes, .placeSuffix)
        mark(EntityLexicon.commonWords, .common)
        mark(EntityLexicon.eventSuffixes, .eventSuffix)
        mark(Array(EntityResolver.temporalWords), .temporal)
        mark(EntityLexicon.firstNames, .firstName)
        mark(firstNameCounts.filter { $0.value >= 3 && $0.key.utf8.count >= 3 }.map(\.key), .firstName)
        mark(["'s", "’s", "'S", "’S"], .possessiveMark)
        var ids = WordIDs()
        ids.the = automaton.intern("the"); ids.of = automaton.intern("of"); ids.comma = automaton.intern(",")
        ids.according = automaton.intern("according"); ids.to = automaton.intern("to"); ids.by = automaton.intern("by")
        ids.and = automaton.intern("and"); ids.head = automaton.intern("head"); ids.diplomacy = automaton.intern("diplomacy")
        ids.counterpart = automaton.intern("counterpart"); ids.counterparts = automaton.intern("counterparts")
        ids.with = automaton.intern("with"); ids.between = automaton.intern("between"); ids.country = automaton.intern("country")
        ids.state = automaton.intern("state"); ids.its = automaton.intern("its"); ids.their = automaton.intern("their")
        ids.administration = automaton.intern("administration"); ids.capitalAdministration = automaton.intern("Administration")
        ids.top = automaton.intern("top"); ids.said = automaton.intern("said"); ids.says = automaton.intern("says")
        ids.dash = automaton.intern("-"); ids.open = automaton.intern("(")
        var groupNounSectors: [Int32: String] = [:]
        for (word, sector) in EntityResolver.groupNouns {
            groupNounSectors[automaton.intern(word)] = sector
            groupNounSectors[automaton.intern(word.prefix(1).uppercased() + word.dropFirst())] = sector
        }
        var wordClasses = [WordClass](repeating: [], count: automaton.vocabulary.count)
        for (id, cls) in classes { wordClasses[Int(id)] = cls }
        for id in groupNounSectors.keys { wordClasses[Int(id)].insert(.groupNoun) }
        var phraseStarts = [Bool](repeating: false, count: automaton.vocabulary.count)
        for id in 0..<automaton.vocabulary.count where automaton.child(0, Int32(id)) >= 0 { phraseStarts[id] = true }
        self.phraseStarts = phraseStarts
        self.automaton = automaton
        self.wordClasses = wordClasses
        self.officeNames = officeNames
        self.sectorCodes = sectorCodes
        self.entryByCode = entryByCode
        self.personBySurname = surnames.filter { $0.value >= 0 }
        self.countryByWord = countryByWord
        self.groupNounSectors = groupNounSectors
        self.ids = ids
        self.countrySpellings = EntityCountrySpelling.table(for: kb)
    }

    /// The word classes of a token (by its exact id, or its alternative id at a sentence start).
    @inline(__always) func classes(_ token: EntityToken) -> WordClass {
        var c: WordClass = []
        if token.id >= 0 { c = wordClasses[Int(token.id)] }
        if token.altID >= 0, token.has(.sentenceStart) { c.formUnion(wordClasses[Int(token.altID)]) }
        return c
    }
}
