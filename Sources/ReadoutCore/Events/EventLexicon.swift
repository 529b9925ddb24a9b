/// How a trigger word behaves in a clause.
enum TriggerPOS: Sendable {
    /// A verb: subject on the left, object on the right, passive with "by".
    case verb
    /// A noun: arguments from possessives, modifiers and "of/between/with/on/against" phrases.
    case noun
    /// A form that is a verb or a noun depending on the word before it ("attack", "talks", "demands").
    case either
    /// A predicative adjective ("unacceptable"): arguments like a verb's.
    case adjective
}

/// What a lexicon entry says about a trigger: its PLOVER type, mode, CAMEO code and behaviour.
struct TriggerSense: Sendable {
    /// PLOVER type.
    var type: String
    /// PLOVER mode, when one applies.
    var mode: String?
    /// CAMEO code.
    var cameo: String?
    /// Part of speech.
    var pos: TriggerPOS
    /// Meetings and agreements between equals: "A and B met" makes both parties.
    var reciprocal = false
    /// Fires only with a military noun nearby ("troops concentrated").
    var needsMilitary = false
    /// Fires only with an object ("warned of", "warned Russia"), not as a plain speech verb.
    var needsObject = false
    /// Comes from the CAMEO synonym sets rather than our own list: needs a source and a target in its clause.
    var weak = false
    /// Comes from the CAMEO verb dictionary rather than our own list.
    var fromCameo = false
    /// Number of words the trigger covers (multiword forms), or the gap form's second word.
    var words: [String] = []
    /// For gapped forms ("impose … sanctions"): the second word, found within a few words.
    var gapWord: String? { didSet { gapHash = gapWord.map(EventWordHash.hash) ?? 0 } }
    /// The `EventWordHash` of `gapWord`, compared before the words themselves.
    var gapHash: UInt64 = 0
}

/// Our verb, noun and adjective lexicon of event triggers, with the CAMEO verb dictionary for coverage.
struct EventLexicon: Sendable {
    /// Single-word senses by lowercased form.
    let single: [String: TriggerSense]
    /// Multiword and gapped senses by their first word, longest first.
    let multi: [String: [TriggerSense]]
    /// `single` probed by word hash.
    private let singleByHash: EventWordTable<TriggerSense>
    /// `multi` probed by word hash.
    private let multiByHash: EventWordTable<[TriggerSense]>

    /// The single-word sense of `word`, looked up by its hash.
    @inline(__always) func single(of word: EventWord) -> TriggerSense? {
        singleByHash.value(hash: word.hash, word: word.lower)
    }

    /// The multiword senses starting with `word`, looked up by its hash.
    @inline(__always) func multi(of word: EventWord) -> [TriggerSense]? {
        multiByHash.value(hash: word.hash, word: word.lower)
    }

    /// The shipped lexicon: our hand list, then CAMEO verb forms where ours is silent.
    static let shipped = EventLexicon()

    private init() {
        var single: [String: TriggerSense] = [:]
        var multi: [String: [TriggerSense]] = [:]
        for line in EventLexicon.handTable.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard fields.count == 5, !fields[0].hasPrefix("#") else { continue }
            let type = fields[0], cameo = fields[1], flags = fields[3]
            let mode: String? = fields[2] == "-" ? nil : fields[2]
            var pos = TriggerPOS.verb
            if flags.contains("n") { pos = .noun }
            if flags.contains("x") { pos = .either }
            if flags.contains("a") { pos = .adjective }
            for form in fields[4].split(separator: " ") {
                var sense = TriggerSense(type: type, mode: mode, cameo: cameo == "-" ? nil : cameo, pos: pos)
                sense.reciprocal = flags.contains("r")
                sense.needsMilitary = flags.contains("m")
                sense.needsObject = flags.contains("o")
                let text = String(form)
                if text.contains("~") {
                    let parts = text.split(separator: "~").map(String.init)
                    sense.words = [parts[0]]
                    sense.gapWord = parts[1]
                    multi[parts[0], default: []].append(sense)
                } else if text.contains("_") {
                    sense.words = text.split(separator: "_").map(String.init)
                    multi[sense.words[0], default: []].append(sense)
                } else {
                    sense.words = [text]
                    if let existing = single[text] {
                        if existing.type == sense.type, existing.pos != sense.pos, existing.pos != .adjective, sense.pos != .adjective {
                            single[text]!.pos = .either
                        }
                    } else {
                        single[text] = sense
                    }
                }
            }
        }
        for line in CameoVerbForms.table.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3 else { continue }
            let form = String(fields[0])
            let code = String(fields[1])
            guard let mapped = CameoPlover.type(of: code) else { continue }
            let words = form.split(separator: " ").map(String.init)
            if EventLexicon.commonVerbs.contains(words[0]) { continue }
            var sense = TriggerSense(type: mapped.type, mode: mapped.mode, cameo: code, pos: .verb)
            sense.weak = fields[2] == "w"
            sense.fromCameo = true
            sense.words = words
            if words.count == 1 {
                if single[form] == nil { single[form] = sense }
            } else if !(multi[words[0]] ?? []).contains(where: { $0.words == words }) {
                multi[words[0], default: []].append(sense)
            }
        }
        for key in multi.keys {
            multi[key]!.sort { ($0.words.count + ($0.gapWord == nil ? 0 : 1)) > ($1.words.count + ($1.gapWord == nil ? 0 : 1)) }
        }
        self.single = single
        self.multi = multi
        self.singleByHash = EventWordTable(single)
        self.multiByHash = EventWordTable(multi)
    }

    /// Verbs too common to trust as triggers from the CAMEO synonym sets alone.
    static let commonVerbs: Set<String> = [
        "go", "goes", "went", "going", "gone", "give", "gives", "gave", "given", "giving", "hold", "holds", "held", "holding",
        "take", "takes", "took", "taken", "taking", "make", "makes", "made", "making", "get", "gets", "got", "getting",
        "put", "puts", "putting", "come", "comes", "came", "coming", "set", "sets", "setting", "face", "faces", "faced",
        "facing", "run", "runs", "ran", "running", "keep", "keeps", "kept", "keeping", "bring", "brings", "brought",
        "turn", "turns", "turned", "turning", "move", "moves", "moved", "moving", "call", "calls", "called", "calling",
        "see", "sees", "saw", "seen", "say", "says", "said", "tell", "tells", "told", "use", "uses", "used", "using",
        "work", "works", "worked", "working", "play", "plays", "played", "leave", "leaves", "left", "show", "shows",
        "showed", "shown", "find", "finds", "found", "try", "tries", "tried", "open", "opens", "opened", "meet", "met",
        "include", "includes", "included", "including", "continue", "continues", "continued", "remain", "remains",
        "remained", "become", "became", "becomes", "look", "looks", "looked", "know", "knew", "known", "think", "thought",
        "expect", "expects", "expected", "reach", "reached", "reaches", "end", "ends", "ended", "start", "started",
        "starts", "begin", "began", "begins", "begun", "raise", "raised", "raises", "pass", "passed", "passes", "stand",
        "stood", "stands", "follow", "followed", "follows", "return", "returned", "returns", "state", "stated", "states",
        "note", "noted", "notes", "add", "added", "adds", "point", "pointed", "hope", "hoped", "hopes", "need", "needed",
        "needs", "want", "wanted", "wants", "seek", "seeks", "sought", "seeking", "describe", "described", "describes",
        "stress", "stressed", "stresses", "study", "studied", "issue", "issued", "issues", "live", "lived", "lives",
        "present", "presented", "receive", "received", "receives", "outline", "outlined", "test", "tested", "speak",
        "spoke", "speaking", "speaks", "expects", "understand", "understood", "emphasize", "emphasized", "acknowledge",
        "acknowledged", "assure", "assured", "shake", "shook", "consider", "considered", "considers", "strive",
        "striving", "coordinate", "increase", "increased", "decide", "decided", "join", "joined", "joins", "lead", "led",
        "leads", "carry", "carried", "avoid", "avoided", "depend", "depends", "prepare", "prepared", "preparing",
        "concentrate", "concentrated", "resolve", "resolved", "escalate", "escalating", "escalated", "plan", "plans",
        "planned", "planning", "intend", "intends", "intended", "wish", "wishes", "decide", "decides", "according", "accord",
        "armed", "arm", "arms", "forces", "force", "expectation", "substantive", "frank", "find", "ground", "schedule",
        "scheduled", "proposal", "proposals", "agreeing", "estimate", "estimates", "fear", "fears", "feared", "deny",
        "denies", "denied", "warn", "warned", "warns", "ally", "allies", "allied", "converge", "converging", "converged", "conflict", "conflicts", "respond", "responded", "responds",
        "rule", "ruled", "rules", "ruling",
    ]
}

extension Substring {
    /// The substring without leading and trailing spaces.
    var trimmingSpaces: String {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
