/// The time lexicon: lower-cased word forms mapped to what they mean, looked up by a 64-bit hash of the bytes.
enum TimexLexicon {
    /// FNV-1a hash of ASCII-lower-cased bytes; the tokenizer computes it while scanning.
    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        let lower = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
        return (hash ^ UInt64(lower)) &* 0x100_0000_01b3
    }

    /// The FNV-1a offset basis.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of a word as the tokenizer computes it.
    static func hash(_ word: String) -> UInt64 {
        var h = seed
        for b in word.utf8 { h = mix(h, b) }
        return h
    }

    /// The meaning of the word with hash `hash`, if the lexicon has it.
    @inline(__always)
    static func lookup(_ hash: UInt64) -> TimexWord? {
        var slot = Int(truncatingIfNeeded: hash >> 20) & slotMask
        while true {
            let key = slotKeys[slot]
            if key == hash { return slotWords[slot] }
            if key == 0 { return nil }
            slot = (slot + 1) & slotMask
        }
    }

    static let slotCount = 2048
    static let slotMask = slotCount - 1

    /// Open-addressing table (keys; 0 marks an empty slot) built from `table`.
    static let slotKeys: [UInt64] = slots.keys
    /// The words in `slotKeys`' slots.
    static let slotWords: [TimexWord?] = slots.words

    static let slots: (keys: [UInt64], words: [TimexWord?]) = {
        var keys = [UInt64](repeating: 0, count: slotCount)
        var words = [TimexWord?](repeating: nil, count: slotCount)
        for (hash, word) in table {
            var slot = Int(truncatingIfNeeded: hash >> 20) & slotMask
            while keys[slot] != 0 { slot = (slot + 1) & slotMask }
            keys[slot] = hash
            words[slot] = word
        }
        return (keys, words)
    }()

    static let table: [UInt64: TimexWord] = {
        var t: [UInt64: TimexWord] = [:]
        func add(_ words: [String], _ meaning: TimexWord) { for w in words { t[hash(w)] = meaning } }
        let months: [[String]] = [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"], ["october", "oct"],
            ["november", "nov"], ["december", "dec"],
        ]
        for (i, forms) in months.enumerated() { add(forms, .month(i + 1)) }
        let weekdays: [[String]] = [
            ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thur", "thurs"],
            ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"],
        ]
        for (i, forms) in weekdays.enumerated() { add(forms, .weekday(i + 1)) }
        add(["spring"], .season(.spring)); add(["summer"], .season(.summer))
        add(["fall", "autumn"], .season(.fall)); add(["winter"], .season(.winter))
        let units: [(TimexUnit, String, String)] = [
            (.second, "second", "seconds"), (.minute, "minute", "minutes"), (.hour, "hour", "hours"),
            (.day, "day", "days"), (.week, "week", "weeks"), (.weekend, "weekend", "weekends"),
            (.month, "month", "months"), (.quarter, "quarter", "quarters"), (.year, "year", "years"),
            (.decade, "decade", "decades"), (.century, "century", "centuries"),
        ]
        for (unit, singular, plural) in units {
            add([singular], .unit(unit, plural: false))
            add([plural], .unit(unit, plural: true))
        }
        add(["mins", "min"], .unit(.minute, plural: true)); add(["hrs", "hr"], .unit(.hour, plural: true))
        add(["yrs"], .unit(.year, plural: true))
        let numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                       "nineteen", "twenty"]
        for (i, w) in numbers.enumerated() { add([w], .number(i)) }
        for (w, n) in [("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
                       ("ninety", 90), ("hundred", 100), ("dozen", 12), ("thousand", 1000)] { add([w], .number(n)) }
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth"]
        for (i, w) in ordinals.enumerated() where i != 1 { add([w], .ordinal(i + 1)) }
        add(["thirtieth"], .ordinal(30))
        add(["morning", "mornings"], .partOfDay(.morning)); add(["afternoon", "afternoons"], .partOfDay(.afternoon))
        add(["evening", "evenings"], .partOfDay(.evening)); add(["night", "nights", "overnight"], .partOfDay(.night))
        add(["midday"], .partOfDay(.midday))
        let functions: [(TimexFunction, [String])] = [
            (.the, ["the"]), (.a, ["a"]), (.an, ["an"]), (.this, ["this"]), (.next, ["next"]), (.last, ["last"]),
            (.past, ["past"]), (.coming, ["coming", "upcoming"]), (.previous, ["previous", "prior", "preceding"]),
            (.following, ["following"]), (.current, ["current"]), (.latest, ["latest", "most-recent"]),
            (.recent, ["recent"]), (.early, ["early"]), (.late, ["late"]), (.mid, ["mid"]), (.middle, ["middle"]),
            (.end, ["end"]), (.beginning, ["beginning"]), (.start, ["start"]), (.half, ["half"]),
            (.earlier, ["earlier"]), (.later, ["later"]), (.ago, ["ago"]), (.before, ["before"]), (.after, ["after"]),
            (.since, ["since"]), (.ahead, ["ahead"]), (.from, ["from"]), (.hence, ["hence"]),
            (.every, ["every"]), (.each, ["each"]), (.per, ["per"]), (.of, ["of"]), (.or, ["or"]), (.and, ["and"]),
            (.in, ["in"]), (.on, ["on"]), (.at, ["at"]), (.by, ["by"]), (.within, ["within"]), (.over, ["over"]),
            (.during, ["during"]), (.for, ["for"]), (.to, ["to"]), (.until, ["until", "till"]),
            (.through, ["through"]), (.more, ["more"]), (.than, ["than"]), (.least, ["least"]),
            (.nearly, ["nearly"]), (.almost, ["almost"]), (.about, ["about"]), (.around, ["around"]),
            (.some, ["some"]), (.roughly, ["roughly", "approximately"]), (.less, ["less", "fewer"]), (.up, ["up"]),
            (.no, ["no"]), (.only, ["only"]), (.just, ["just"]), (.so, ["so"]), (.that, ["that"]),
            (.same, ["same"]), (.several, ["several"]), (.near, ["near", "short"]), (.term, ["term"]), (.these, ["these"]), (.nineties, ["nineties", "eighties", "seventies", "sixties", "fifties", "forties", "thirties", "twenties"]), (.few, ["few"]), (.many, ["many"]), (.couple, ["couple"]), (.as, ["as"]), (.when, ["when"]), (.right, ["right"]), (.fiscal, ["fiscal"]), (.its, ["its"]), (.their, ["their"]), (.our, ["our"]),
            (.his, ["his"]), (.her, ["her"]),
            (.today, ["today"]), (.yesterday, ["yesterday"]), (.tomorrow, ["tomorrow"]), (.tonight, ["tonight"]),
            (.now, ["now"]), (.currently, ["currently"]), (.recently, ["recently"]), (.soon, ["soon"]),
            (.future, ["future"]), (.nowadays, ["nowadays"]), (.lately, ["lately"]), (.formerly, ["formerly"]),
            (.previously, ["previously"]), (.once, ["once"]), (.then, ["then"]), (.time, ["time"]),
            (.moment, ["moment"]), (.present, ["present"]), (.meantime, ["meantime", "meanwhile"]),
            (.daily, ["daily"]), (.weekly, ["weekly"]), (.monthly, ["monthly"]), (.yearly, ["yearly"]),
            (.annually, ["annually"]), (.hourly, ["hourly"]), (.nightly, ["nightly"]),
            (.quarterly, ["quarterly"]), (.twice, ["twice"]), (.times, ["times"]),
            (.am, ["a.m.", "a.m", "am"]), (.pm, ["p.m.", "p.m", "pm"]), (.noon, ["noon"]), (.midnight, ["midnight"]),
            (.oclock, ["o'clock", "oclock"]),
            (.zone, ["gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "bst", "cet", "cest"]),
            (.periodWord, ["period"]), (.long, ["long"]), (.old, ["old"]), (.corresponding, ["corresponding"]),
            (.ended, ["ended"]), (.ending, ["ending"]), (.full, ["full"]), (.whole, ["whole"]),
            (.entire, ["entire"]), (.rest, ["rest", "remainder"]),
            (.christmas, ["christmas"]), (.newYear, ["new"]), (.thanksgiving, ["thanksgiving"]),
            (.easter, ["easter"]), (.independence, ["independence"]), (.election, ["election"]), (.eve, ["eve"]),
            (.will, ["will", "ll"]), (.shall, ["shall"]), (.scheduled, ["scheduled", "schedule"]), (.due, ["due"]),
            (.expected, ["expected", "expects", "expect"]), (.planned, ["planned", "plans", "plan", "planning"]),
            (.slated, ["slated"]), (.going, ["going"]), (.would, ["would"]),
        ]
        for (f, words) in functions { add(words, .function(f)) }
        // "second" is both an ordinal and a unit; the unit meaning wins in the table and the grammar checks both.
        return t
    }()
}
