import ReadoutCore

/// The store-wide identity of an entity: its knowledge-base id, else its normalised name and kind.
public enum EntityIdentity {
    /// The identity key (`kb:Q7747`, or `name:person:sergei lavrov`).
    public static func key(for entity: Entity) -> String {
        if let kbID = entity.kbID, !kbID.isEmpty { return "kb:" + kbID }
        return "name:" + entity.kind.rawValue + ":" + normalise(entity.name)
    }

    /// Lower case, diacritics and punctuation folded, spaces collapsed ("Sergeï  LAVROV." → "sergei lavrov").
    public static func normalise(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else if scalar != "'" && scalar != "’" && scalar != "." {
                pendingSpace = true
            }
        }
        return out
    }

    /// The country part of an actor code (`USAGOV` → `USA`), or the code itself when it has none (`NATO`, `E12`).
    public static func countryRoot(_ code: String) -> String {
        let letters = code.utf8
        guard letters.count >= 3, letters.count != 4, letters.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return code }
        return String(code.prefix(3))
    }

    /// The party code events are merged and ledgers matched on: the actor code, else `E` and the store id.
    static func partyCode(actorCode: String?, entityPK: Int64) -> String {
        if let actorCode, !actorCode.isEmpty { return actorCode }
        return "E\(entityPK)"
    }
}
