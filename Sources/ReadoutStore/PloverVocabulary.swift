/// What the store needs to know about PLOVER types: quad classes and which types answer or fulfil what.
public enum PloverVocabulary {
    /// The quad class of a PLOVER type: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict (the POLECAT grouping, numbered as GDELT's QuadClass).
    public static func quadClass(of type: String) -> Int? {
        switch type.uppercased() {
        case "AGREE", "CONSULT", "SUPPORT", "CONCEDE": return 1
        case "COOPERATE", "AID", "RETREAT": return 2
        case "REQUEST", "ACCUSE", "REJECT", "THREATEN": return 3
        case "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT": return 4
        default: return nil
        }
    }

    /// Modalities under which an event counts as having happened (for the ledger).
    public static let factualModalities: Set<String> = ["asserted", "reported"]

    /// How an event of `type` from a demand's target to the demander answers the demand, or nil.
    public static func demandOutcome(of type: String) -> String? {
        switch type.uppercased() {
        case "CONCEDE", "RETREAT": return "met"
        case "REJECT": return "rejected"
        case "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "ACCUSE", "THREATEN": return "answered"
        default: return nil
        }
    }

    /// Ranks demand outcomes: met beats rejected beats answered.
    public static func outcomeRank(_ outcome: String) -> Int {
        switch outcome {
        case "met": return 3
        case "rejected": return 2
        case "answered": return 1
        default: return 0
        }
    }
}
