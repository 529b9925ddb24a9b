/// Words the figure finder needs, as case-folded hashes.
enum FigureLexicon {
    /// Cardinal number words and their values.
    static let numberWords: KeyTable<Double> = {
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        var table: [UInt64: Double] = [:]
        for (i, w) in units.enumerated() { table[ProseHash.key(w)] = Double(i) }
        for (i, w) in tens.enumerated() where !w.isEmpty {
            table[ProseHash.key(w)] = Double(i * 10)
            for u in 1...9 { table[ProseHash.key("\(w)-\(units[u])")] = Double(i * 10 + u) }
        }
        table[ProseHash.key("dozen")] = 12
        return KeyTable(table)
    }()

    /// Keys of single words the finder tests.
    static let us = ProseHash.key("us"), dozen = ProseHash.key("dozen"), a = ProseHash.key("a"), tens = ProseHash.key("tens"),
               hundreds = ProseHash.key("hundreds"), one = ProseHash.key("one"), the = ProseHash.key("the"),
               percent = ProseHash.key("percent")
    /// Ordinal endings written after digits (`21st`).
    static let ordinalSuffixes: KeySet = AttributionLexicon.keys("st nd rd th")
    /// Words that can start a figure.
    static let startWords = KeySet(numberWords.keys.members + vague.keys.members + [tens, a, one])

    /// Scale words that multiply the number before them.
    static let scales = KeyTable<Double>([
        ProseHash.key("hundred"): 100, ProseHash.key("thousand"): 1_000, ProseHash.key("million"): 1_000_000,
        ProseHash.key("billion"): 1_000_000_000, ProseHash.key("trillion"): 1_000_000_000_000,
        ProseHash.key("mln"): 1_000_000, ProseHash.key("bln"): 1_000_000_000,
    ])

    /// Suffixes written right after digits (`100k`, `2.5bn`, `3m`).
    static let suffixes = KeyTable<Double>([
        ProseHash.key("k"): 1_000, ProseHash.key("m"): 1_000_000, ProseHash.key("mn"): 1_000_000,
        ProseHash.key("bn"): 1_000_000_000, ProseHash.key("b"): 1_000_000_000, ProseHash.key("tn"): 1_000_000_000_000,
    ])

    /// Vague plural quantities (`dozens`, `thousands`) with the least value they imply.
    static let vague = KeyTable<Double>([
        ProseHash.key("dozens"): 24, ProseHash.key("scores"): 40, ProseHash.key("hundreds"): 200,
        ProseHash.key("thousands"): 2_000, ProseHash.key("millions"): 2_000_000, ProseHash.key("billions"): 2_000_000_000,
    ])

    /// Bound phrases (one to three words) before a number.
    static let bounds: [(words: [UInt64], bound: FigureBound)] = {
        let table: [(String, FigureBound)] = [
            ("more than", .lower), ("over", .lower), ("at least", .lower), ("upwards of", .lower), ("in excess of", .lower),
            ("no fewer than", .lower), ("no less than", .lower), ("well over", .lower), ("above", .lower), ("as many as", .upper),
            ("up to", .upper), ("fewer than", .upper), ("less than", .upper), ("under", .upper), ("below", .upper),
            ("at most", .upper), ("no more than", .upper), ("not more than", .upper), ("just under", .upper),
            ("about", .approximate), ("some", .approximate), ("nearly", .approximate), ("almost", .approximate),
            ("around", .approximate), ("roughly", .approximate), ("approximately", .approximate), ("an estimated", .approximate),
            ("estimated", .approximate), ("close to", .approximate), ("an approximate", .approximate), ("about a", .approximate),
            ("around a", .approximate), ("some", .approximate), ("perhaps", .approximate), ("possibly", .approximate),
        ]
        return table.map { (phrase, bound) in (phrase.split(separator: " ").map { ProseHash.key(String($0)) }, bound) }
            .sorted { $0.words.count > $1.words.count }
    }()

    /// Currency symbols (first bytes of the token) and words, with ISO codes.
    static let currencyWords: KeyTable<String> = {
        let table: [String: String] = [
            "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR", "pounds": "GBP",
            "gbp": "GBP", "sterling": "GBP", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "rub": "RUB",
            "hryvnias": "UAH", "hryvnia": "UAH", "hryvnas": "UAH", "uah": "UAH", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
            "rupees": "INR", "francs": "CHF", "shekels": "ILS", "lira": "TRY", "zlotys": "PLN",
        ]
        var out: [UInt64: String] = [:]
        for (w, code) in table { out[ProseHash.key(w)] = code }
        return KeyTable(out)
    }()

    /// Counted nouns with the sector their owner acts in (`soldiers` → MIL).
    static let counted: KeyTable<CountedNoun> = {
        let military = """
        soldiers troops servicemen servicemembers personnel fighters tanks aircraft planes jets warplanes helicopters \
        drones missiles rockets shells warships ships vessels submarines vehicles artillery battalions brigades divisions \
        regiments units forces sailors marines paratroopers reservists conscripts howitzers launchers weapons guns rifles \
        bombs bombers fighter-jets armoured armored
        """
        let civilian = """
        people civilians residents refugees migrants children women men families households villagers citizens \
        protesters demonstrators workers patients voters students journalists prisoners hostages detainees \
        displaced evacuees victims
        """
        let neutral = """
        casualties deaths dead killed wounded injured lives bodies cases infections doses homes houses buildings \
        jobs votes seats barrels tonnes tons kilometres kilometers miles km percent members countries nations \
        officials police officers policemen militants rebels separatists insurgents
        """
        var table: [UInt64: (noun: String, sector: String?)] = [:]
        for w in neutral.split(whereSeparator: { $0 == " " || $0 == "\n" }) { table[ProseHash.key(String(w))] = (String(w), nil) }
        for w in civilian.split(whereSeparator: { $0 == " " || $0 == "\n" }) { table[ProseHash.key(String(w))] = (String(w), "CVL") }
        for w in military.split(whereSeparator: { $0 == " " || $0 == "\n" }) { table[ProseHash.key(String(w))] = (String(w), "MIL") }
        for (w, sector) in [("police", "COP"), ("policemen", "COP"), ("officials", "GOV"), ("militants", "REB"), ("rebels", "REB"),
                            ("separatists", "REB"), ("insurgents", "REB"), ("officers", nil)] {
            table[ProseHash.key(w)] = (w, sector)
        }
        return KeyTable(table.mapValues { CountedNoun(noun: $0.noun, sector: $0.sector) })
    }()

    /// A counted noun and the sector its owner acts in.
    struct CountedNoun: Sendable {
        /// The noun as written in the lexicon.
        var noun: String
        /// The sector code (`MIL`, `CVL`), if the noun implies one.
        var sector: String?
    }

    /// Adjectives that may stand between a number and what it counts (`100,000 additional troops`).
    static let adjectives: KeySet = AttributionLexicon.keys("""
    additional more extra new armed military combat active-duty active regular civilian foreign local other more \
    unarmed innocent elderly young armoured armored heavy ground combat-ready battle-ready uniformed estimated \
    fresh further surplus displaced internally wounded dead injured
    """)

    /// Month and weekday names: numbers next to them are dates.
    static let calendarWords: KeySet = AttributionLexicon.keys("""
    january february march april may june july august september october november december jan feb mar apr jun jul \
    aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
    """)

    /// Words after a number that make it a time, age or duration, not a count.
    static let notCounts: KeySet = AttributionLexicon.keys("""
    a.m. p.m. am pm o'clock gmt utc years year-old months weeks days hours minutes seconds decades centuries year month \
    week day hour minute second decade century percentile
    """)

    /// Demonyms and country words used when neither the entity stage nor the knowledge base knows them.
    static let demonyms: KeyTable<String> = {
        let table: [String: String] = [
            "russian": "RUS", "russia": "RUS", "ukrainian": "UKR", "ukraine": "UKR", "american": "USA", "us": "USA", "u.s.": "USA",
            "british": "GBR", "french": "FRA", "german": "DEU", "chinese": "CHN", "israeli": "ISR", "palestinian": "PSE",
            "iranian": "IRN", "turkish": "TUR", "polish": "POL", "belarusian": "BLR", "syrian": "SYR", "iraqi": "IRQ",
            "afghan": "AFG", "japanese": "JPN", "indian": "IND", "pakistani": "PAK", "saudi": "SAU", "egyptian": "EGY",
            "nato": "NATO", "european": "EUR", "north korean": "PRK", "south korean": "KOR", "georgian": "GEO",
            "lithuanian": "LTU", "latvian": "LVA", "estonian": "EST", "romanian": "ROU", "bulgarian": "BGR", "canadian": "CAN",
            "italian": "ITA", "spanish": "ESP", "dutch": "NLD", "swedish": "SWE", "finnish": "FIN", "norwegian": "NOR",
            "danish": "DNK", "czech": "CZE", "slovak": "SVK", "hungarian": "HUN", "moldovan": "MDA", "armenian": "ARM",
            "azerbaijani": "AZE", "kazakh": "KAZ", "lebanese": "LBN", "jordanian": "JOR", "yemeni": "YEM", "libyan": "LBY",
            "sudanese": "SDN", "ethiopian": "ETH", "nigerian": "NGA", "venezuelan": "VEN", "mexican": "MEX", "brazilian": "BRA",
            "australian": "AUS", "taiwanese": "TWN", "korean": "KOR", "qatari": "QAT", "emirati": "ARE", "kuwaiti": "KWT",
            "serbian": "SRB", "croatian": "HRV", "bosnian": "BIH", "albanian": "ALB", "greek": "GRC", "cypriot": "CYP",
        ]
        var out: [UInt64: String] = [:]
        for (w, code) in table { out[ProseHash.key(w)] = code }
        return KeyTable(out)
    }()
}
