/// Word classes the splitter needs, keyed by a packed lowercase spelling (ASCII letters only, up to 12).
///
/// A key packs each letter into 5 bits (a = 1 … z = 26), so it is unique for every letter-only word of
/// up to 12 letters and costs no allocation to compute from the document bytes.
enum Lexicon {
    /// Bit flags for the classes a word can belong to.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt32
        /// A title before a name: never ends a sentence (`Mr.`, `Gen.`, `Sen.`, `Lt.`, `Col.`).
        static let titleAbbreviation = WordClass(rawValue: 1 << 0)
        /// An abbreviation that may end a sentence (`Jan.`, `Inc.`, `etc.`, `Calif.`).
        static let ordinaryAbbreviation = WordClass(rawValue: 1 << 1)
        /// An abbreviation only before a number (`No. 10`, `Art. 5`).
        static let numericAbbreviation = WordClass(rawValue: 1 << 2)
        /// An abbreviation also written in lowercase (`etc.`, `vs.`, `approx.`).
        static let lowercaseAbbreviation = WordClass(rawValue: 1 << 3)
        /// A capitalised word that usually begins a sentence (`The`, `He`, `But`, `However`).
        static let sentenceStarter = WordClass(rawValue: 1 << 4)
        /// A news or photo agency (`AP`, `AFP`, `Reuters`, `Getty`).
        static let agency = WordClass(rawValue: 1 << 5)
        /// A word that opens a photo credit when followed by `:` or `by` (`Photo`, `Credit`, `Image`).
        static let creditLead = WordClass(rawValue: 1 << 6)
        /// A word that opens a sourcing line when followed by `by` or `:` (`Reporting`, `Editing`).
        static let sourcingLead = WordClass(rawValue: 1 << 7)
        /// A word that opens a caption's photo note (`Photo from …`, `File photo`, `Pictured`).
        static let captionLead = WordClass(rawValue: 1 << 8)
        /// A verb that introduces or follows a quotation (`said`, `asked`).
        static let speechVerb = WordClass(rawValue: 1 << 9)
        /// A word naming where reporting came from (`media`, `agencies`, `reports`).
        static let mediaWord = WordClass(rawValue: 1 << 10)
        /// A word giving a position in a photo (`L`, `R`, `left`, `centre`).
        static let positionWord = WordClass(rawValue: 1 << 11)
        /// A short function word (`the`, `of`, `to`): lowercase in titles, never the end of a heading.
        static let functionWord = WordClass(rawValue: 1 << 12)
    }

    /// The packed key of `bytes[start..<end]`, or 0 when it is not 1–12 ASCII letters.
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        let count = end - start
        guard count > 0, count <= 12 else { return 0 }
        var key: UInt64 = 0
        var index = start
        while index < end {
            let lower = bytes[index] | 0x20
            guard lower >= 0x61, lower <= 0x7A else { return 0 }
            key = key << 5 | UInt64(lower - 0x60)
            index += 1
        }
        return key
    }

    /// The packed key of a word written in the tables below.
    static func key(_ word: Substring) -> UInt64 {
        Array(word.utf8).withUnsafeBufferPointer { key($0, 0, $0.count) }
    }

    /// The classes of the word with packed key `key` (empty when unknown).
    @inline(__always)
    static func classes(_ key: UInt64) -> WordClass {
        guard key != 0 else { return [] }
        let slots = Lexicon.slots
        var slot = slotIndex(key)
        while true {
            let found = slots.keys[slot]
            if found == key { return slots.values[slot] }
            if found == 0 { return [] }
            slot = (slot + 1) & slotMask
        }
    }

    private static let slotBits = 11
    private static let slotMask = (1 << slotBits) - 1

    @inline(__always)
    private static func slotIndex(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slotBits))
    }

    /// The table as an open-addressing hash (Fibonacci hashing, linear probing): no SipHash per lookup.
    private static let slots: (keys: [UInt64], values: [WordClass]) = {
        var keys = [UInt64](repeating: 0, count: 1 << slotBits)
        var values = [WordClass](repeating: [], count: 1 << slotBits)
        for (key, value) in table {
            var slot = slotIndex(key)
            while keys[slot] != 0 { slot = (slot + 1) & slotMask }
            keys[slot] = key
            values[slot] = value
        }
        return (keys, values)
    }()

    /// The classes of `bytes[start..<end]`.
    @inline(__always)
    static func classes(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> WordClass {
        classes(key(bytes, start, end))
    }

    private static let table: [UInt64: WordClass] = {
        var table: [UInt64: WordClass] = [:]
        func add(_ words: String, _ wordClass: WordClass) {
            for word in words.split(separator: " ") { table[key(word), default: []].formUnion(wordClass) }
        }
        add("""
            mr mrs ms mssrs messrs dr prof gen gens lt col maj capt cpt sgt cpl pvt spc adm cmdr cdr brig \
            sen sens rep reps gov govs pres amb rev hon msgr supt insp det atty mme mlle fr sec gov supt
            """, .titleAbbreviation)
        add("""
            jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun \
            inc corp co cos ltd bros plc jr sr st mt ft ave blvd rd hwy dept univ assn intl natl govt \
            ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont \
            neb nebr nev okla ore pa penn tenn tex va vt wash wis wisc wyo
            """, .ordinaryAbbreviation)
        add("etc vs v approx al cf viz incl esp est", [.ordinaryAbbreviation, .lowercaseAbbreviation])
        add("no nos art arts vol vols fig figs ch pp para pt ref", .numericAbbreviation)
        add("""
            the a an he she it they we i you his her its their our my your this that these those there here \
            but and or so yet in on at for from with without after before when while if as although though \
            since because meanwhile however moreover still also then now some many most several all both each \
            such other another what who why how where which according earlier later last next despite during \
            under over among asked neither nor not none nothing even only just instead thus therefore indeed \
            finally first today yesterday tomorrow let is are was were will would can could should has have had \
            once unlike nevertheless nonetheless overall separately elsewhere further furthermore
            """, .sentenceStarter)
        add("""
            ap afp reuters efe ansa dpa tass xinhua getty epa bloomberg sputnik ria novosti upi anadolu \
            shutterstock aap kyodo yonhap ukrinform unian interfax sipa abaca irna wafa kcna itar belga anp \
            ritzau ntb pap ctk mti agerpres bta hina lusa notimex apa keystone sda ians pti bernama antara \
            alamy corbis nurphoto sopa zuma polaris redux wireimage pool handout images
            """, .agency)
        add("photo photos photograph photographs image images picture pictures credit credits foto fotos copyright illustration",
            .creditLead)
        add("reporting writing editing compiled contributing additional reported source sources research",
            .sourcingLead)
        add("photo photos photograph pictured picture image file", .captionLead)
        add("""
            said says asked asks added adds told tells wrote writes replied replies exclaimed shouted tweeted \
            wondered demanded insisted declared continued recalled joked quipped noted argued warned explained \
            countered responded answered stated posted cried yelled urged
            """, .speechVerb)
        add("media agencies agency reports report information wires wire files inputs input news staff local international",
            .mediaWord)
        add("l r c left right center centre front back top bottom", .positionWord)
        add("a an the of to in on at by for and or but nor as from with into onto over vs via per",
            .functionWord)
        return table
    }()
}
