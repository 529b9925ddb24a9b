/// Maps CAMEO codes to PLOVER types and modes, and gives each PLOVER type its quad class and score.
///
/// Uses `EventOntology.shipped` when the knowledge base provides it; otherwise the CAMEO2PLOVER
/// correspondence (openeventdata/PLOVER) and the PLOVER manual's scores, kept here in brief.
enum CameoPlover {
    /// The PLOVER type and mode for a CAMEO code, or nil when the code has no PLOVER counterpart.
    static func type(of code: String) -> (type: String, mode: String?)? {
        if let entry = EventOntology.shipped.cameo[code], let type = entry.ploverType {
            return (type, entry.ploverMode)
        }
        let c = Array(code.utf8).map { Int($0) - 48 }
        guard c.count >= 2, c.allSatisfy({ $0 >= 0 && $0 <= 9 }) else { return nil }
        let root = c[0] * 10 + c[1]
        let third = c.count > 2 ? c[2] : 0
        switch root {
        case 3: return ("AGREE", nil)
        case 4: return ("CONSULT", third == 1 ? "phone" : third == 2 || third == 3 ? "visit" : third == 4 ? "third-party" : nil)
        case 5: return ("SUPPORT", nil)
        case 6: return ("COOPERATE", nil)
        case 7: return ("AID", nil)
        case 8:
            if code.hasPrefix("0813") || code.hasPrefix("0814") { return ("RETREAT", nil) }
            switch third {
            case 4: return ("RETREAT", code == "0841" ? "release" : nil)
            case 5: return ("RETREAT", "ease")
            case 6: return ("RETREAT", "access")
            case 7: return ("RETREAT", code == "0871" ? "ceasefire" : code == "0872" ? "withdraw" : "disarm")
            default: return ("CONCEDE", nil)
            }
        case 9: return ("ACCUSE", "investigate")
        case 10: return ("REQUEST", third <= 3 && third > 0 ? "assist" : third == 4 || third == 5 ? "change" : third >= 6 ? "meet" : nil)
        case 11: return ("ACCUSE", [2, 4, 5].contains(third) ? "allege" : "disapprove")
        case 12: return ("REJECT", nil)
        case 13: return ("THREATEN", nil)
        case 14: return ("PROTEST", [1: "demo", 2: "hunger", 3: "boycott", 4: "obstruct", 5: "riot"][third])
        case 15: return ("MOBILIZE", third == 2 || third == 4 ? "troops" : third == 1 || third == 3 ? "police" : nil)
        case 16:
            if third == 3 { return ("COERCE", "restrict") }
            return ("SANCTION", third == 1 || third == 4 || third == 5 ? "withdraw" : third == 2 ? "discontinue" : third == 6 ? "expel" : nil)
        case 17:
            if code == "1712" || third == 5 { return ("ASSAULT", nil) }
            return ("COERCE", [1: "seize", 2: "restrict", 3: "arrest", 4: "deport"][third])
        case 18: return ("ASSAULT", nil)
        case 19: return third == 1 || third == 2 ? ("COERCE", third == 1 ? "restrict" : "seize") : ("ASSAULT", nil)
        case 20: return ("ASSAULT", nil)
        default: return nil
        }
    }

    /// Quad class and base score of each PLOVER type (PLOVER manual, as extracted in plover_ontology).
    private static let fallbackTypes: [String: (quad: String, score: Double)] = [
        "AGREE": ("VERBAL COOPERATION", 2.5), "CONSULT": ("VERBAL COOPERATION", 2.5),
        "SUPPORT": ("VERBAL COOPERATION", 5.0), "CONCEDE": ("VERBAL COOPERATION", 4.5),
        "COOPERATE": ("MATERIAL COOPERATION", 9.5), "AID": ("MATERIAL COOPERATION", 10.0),
        "RETREAT": ("MATERIAL COOPERATION", 6.5), "REQUEST": ("VERBAL CONFLICT", 0.0),
        // The extracted file gives ACCUSE +3.0; the manual's scale puts it at -3.0 between REQUEST and REJECT.
        "ACCUSE": ("VERBAL CONFLICT", -3.0), "REJECT": ("VERBAL CONFLICT", -2.0),
        "THREATEN": ("VERBAL CONFLICT", -3.5), "PROTEST": ("MATERIAL CONFLICT", -5.0),
        "SANCTION": ("MATERIAL CONFLICT", -6.0), "MOBILIZE": ("MATERIAL CONFLICT", -5.5),
        "COERCE": ("MATERIAL CONFLICT", -7.0), "ASSAULT": ("MATERIAL CONFLICT", -9.0),
    ]

    /// Mode scores where the PLOVER manual gives them.
    private static let fallbackModes: [String: Double] = [
        "CONSULT/visit": 4.0, "CONSULT/third-party": 1.0, "CONSULT/multilateral": 4.0, "CONSULT/phone": 1.5,
        "RETREAT/withdraw": 8.0, "RETREAT/release": 6.5, "RETREAT/disarm": 10.0, "RETREAT/ceasefire": 7.5,
        "RETREAT/access": 6.5, "RETREAT/resign": 4.5, "REQUEST/assist": 0.5, "REQUEST/change": -1.0,
        "REQUEST/yield": -1.0, "REQUEST/meet": 0.0, "ACCUSE/disapprove": -2.0, "ACCUSE/investigate": -3.5,
        "ACCUSE/allege": -3.5, "REJECT/assist": -1.5, "REJECT/change": -2.0, "REJECT/yield": -2.0, "REJECT/meet": -2.0,
        "THREATEN/restrict": -3.0, "THREATEN/arrest": -3.5, "THREATEN/relations": -3.5, "THREATEN/expel": -3.5,
        "THREATEN/territory": -4.0, "THREATEN/violence": -3.5, "PROTEST/demo": -5.0, "PROTEST/riot": -7.0,
        "PROTEST/strike": -5.0, "PROTEST/hunger": -4.5, "PROTEST/boycott": -4.5, "PROTEST/obstruct": -4.5,
        "SANCTION/convict": -6.0, "SANCTION/expel": -5.5, "SANCTION/withdraw": -6.0, "SANCTION/discontinue": -6.0,
        "MOBILIZE/troops": -6.5, "MOBILIZE/weapons": -6.5, "MOBILIZE/police": -5.5, "MOBILIZE/militia": -6.0,
        "COERCE/seize": -7.0, "COERCE/restrict": -7.0, "COERCE/censor": -6.5, "COERCE/curfew": -6.5,
        "COERCE/martial-law": -7.5, "COERCE/arrest": -7.0, "COERCE/deport": -7.0, "COERCE/withhold": -7.0,
        "COERCE/cyber": -7.0, "ASSAULT/abduct": -8.5, "ASSAULT/beat": -7.5, "ASSAULT/torture": -8.5,
        "ASSAULT/destroy": -8.5, "ASSAULT/firearms": -9.0, "ASSAULT/explosives": -9.0, "ASSAULT/suicide-attack": -9.5,
        "ASSAULT/aerial": -9.5, "ASSAULT/drone": -9.5, "ASSAULT/heavy-weapons": -9.5,
    ]

    /// The PLOVER score of a type, or of its mode where the mode has its own.
    static func score(type: String, mode: String?) -> Double? {
        if let ploverType = EventOntology.shipped.types[type] {
            if let mode, let modeScore = ploverType.modes[mode], let value = modeScore { return value }
            return ploverType.score
        }
        if let mode, let value = fallbackModes[type + "/" + mode] { return value }
        return fallbackTypes[type]?.score
    }

    /// True for the cooperative types (verbal or material cooperation).
    static func isCooperative(_ type: String) -> Bool {
        cooperativeTypes[type] ?? false
    }

    /// True for the material types (actions rather than words).
    static func isMaterial(_ type: String) -> Bool {
        materialTypes[type] ?? false
    }

    /// `isCooperative` for every known type, computed once (the coder asks per trigger).
    private static let cooperativeTypes: [String: Bool] = classify { quadContains($0, "COOPERATION") }
    /// `isMaterial` for every known type, computed once.
    private static let materialTypes: [String: Bool] = classify { quadContains($0, "MATERIAL") }

    private static func classify(_ test: (String) -> Bool) -> [String: Bool] {
        var result: [String: Bool] = [:]
        for type in Set(EventOntology.shipped.types.keys).union(fallbackTypes.keys) { result[type] = test(type) }
        return result
    }

    private static func quadContains(_ type: String, _ word: String) -> Bool {
        if let quad = EventOntology.shipped.types[type]?.quad { return quad.uppercased().contains(word) }
        return fallbackTypes[type]?.quad.contains(word) ?? false
    }
}
