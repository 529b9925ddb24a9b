/// The word classes the event coder tests, as bits looked up once per word (one hash per word, not per test).
struct EventWordClass: OptionSet, Sendable {
    let rawValue: UInt32

    static let preposition = EventWordClass(rawValue: 1 << 0)
    static let leftStop = EventWordClass(rawValue: 1 << 1)
    static let rightStop = EventWordClass(rawValue: 1 << 2)
    static let reporting = EventWordClass(rawValue: 1 << 3)
    static let determiner = EventWordClass(rawValue: 1 << 4)
    static let nounCue = EventWordClass(rawValue: 1 << 5)
    static let beForm = EventWordClass(rawValue: 1 << 6)
    static let auxiliary = EventWordClass(rawValue: 1 << 7)
    static let negation = EventWordClass(rawValue: 1 << 8)
    static let futureAux = EventWordClass(rawValue: 1 << 9)
    static let modalAux = EventWordClass(rawValue: 1 << 10)
    static let futureCue = EventWordClass(rawValue: 1 << 11)
    static let intentionCue = EventWordClass(rawValue: 1 << 12)
    static let hypothetical = EventWordClass(rawValue: 1 << 13)
    static let denial = EventWordClass(rawValue: 1 << 14)
    static let reportCue = EventWordClass(rawValue: 1 << 15)
    static let reset = EventWordClass(rawValue: 1 << 16)
    static let locative = EventWordClass(rawValue: 1 << 17)
    static let title = EventWordClass(rawValue: 1 << 18)
    static let military = EventWordClass(rawValue: 1 << 19)
    static let pastVerb = EventWordClass(rawValue: 1 << 20)
    static let participle = EventWordClass(rawValue: 1 << 21)
    static let single = EventWordClass(rawValue: 1 << 22)
    static let multi = EventWordClass(rawValue: 1 << 23)
    static let marker = EventWordClass(rawValue: 1 << 24)
    static let conditional = EventWordClass(rawValue: 1 << 25)
    static let compass = EventWordClass(rawValue: 1 << 26)
    static let crowd = EventWordClass(rawValue: 1 << 27)
    static let sectorNoun = EventWordClass(rawValue: 1 << 28)
    static let asWord = EventWordClass(rawValue: 1 << 29)
    static let thingNoun = EventWordClass(rawValue: 1 << 30)
    static let unilateral = EventWordClass(rawValue: 1 << 31)

    /// The classes that tell modality, cleared on capitalised words of a title ("Trade and Development Minister").
    static let modalityCues: EventWordClass = [.futureAux, .modalAux, .futureCue, .intentionCue, .hypothetical, .denial, .reportCue, .conditional]

    /// The length in scalars of the longest word in `table`.
    static let longestWord: Int = table.keys.map { $0.unicodeScalars.count }.max() ?? 0

    /// `table` probed by word hash: the per-word look-up of the event document.
    static let hashed = EventWordTable(table)

    /// Every word the coder knows, with its classes.
    static let table: [String: UInt32] = {
        var table: [String: UInt32] = [:]
        func add(_ words: Set<String>, _ c: EventWordClass) { for w in words { table[w, default: 0] |= c.rawValue } }
        add(EventCoder.prepositions, .preposition)
        add(EventCoder.leftStops, .leftStop)
        add(EventCoder.rightStops, .rightStop)
        add(EventCoder.reportingVerbs, .reporting)
        add(EventCoder.determiners, .determiner)
        add(EventCoder.nounCues, .nounCue)
        add(EventCoder.beForms, .beForm)
        add(EventCoder.auxiliaries, .auxiliary)
        add(EventCoder.negations, .negation)
        add(EventCoder.futureAux, .futureAux)
        add(EventCoder.modalAux, .modalAux)
        add(EventCoder.futureCues, .futureCue)
        add(EventCoder.intentionCues, .intentionCue)
        add(EventCoder.hypotheticalCues, .hypothetical)
        add(EventCoder.denialCues, .denial)
        add(EventCoder.reportCues, .reportCue)
        add(EventCoder.resets, .reset)
        add(EventCoder.locativePrepositions, .locative)
        add(EventCoder.titleWords, .title)
        add(EventCoder.militaryWords, .military)
        add(EventCoder.pastVerbs, .pastVerb)
        add(EventCoder.irregularParticiples, .participle)
        add(ExpectationFinder.markers, .marker)
        add(["if", "unless", "case"], .conditional)
        add(EventCoder.compassWords, .compass)
        add(EventCoder.crowdNouns, .crowd)
        add(Set(EventCoder.sectorNouns.keys), .sectorNoun)
        add(["as"], .asWord)
        add(EventDocument.thingNouns.union(EventDocument.patronNouns), .thingNoun)
        add(["unilateral", "unilaterally"], .unilateral)
        add(Set(EventLexicon.shipped.single.keys), .single)
        add(Set(EventLexicon.shipped.multi.keys), .multi)
        return table
    }()
}
