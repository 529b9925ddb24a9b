/// Targets inside the source's own country (X→X) and the small tests the argument finder uses for them.
extension EventCoder {
    /// Sectors of a country's own society that its government, forces or people act on ("Iraqi police arrested
    /// Iraqi militants", "reneged on his promise to the Zambian people"): coded X→X, as the PLOVER gold does.
    static let domesticSectors: Set<String> = ["CVL", "OPP", "REB", "LEG", "JUD", "COP", "PTY", "LAB", "MED", "BUS", "EDU", "REL", "INS", "SPY"]

    /// True when `entity` is a domestic group of the same country as the source (`source`), with another sector.
    func isDomesticTarget(_ entity: Int, of source: [Int], sourceSector: String? = nil) -> Bool {
        let e = doc.entities[entity]
        // A local group placed in the source's country without a code of its own ("Moslem forces in east Bosnia").
        if e.actorCode == nil, e.kind == .unknown || e.kind == .group, doc.country(of: entity) != nil { return true }
        guard e.kind == .organization || e.kind == .group || e.kind == .person, let code = e.actorCode, code.count == 6 else { return false }
        let sector = String(code.suffix(3))
        guard EventCoder.domesticSectors.contains(sector) || (e.kind == .person && sector == "GOV") else { return false }
        // A person of the government is a domestic target only for a source that is not the government itself.
        let sourceCodes = Set(source.compactMap { doc.entities[$0].actorCode })
        if sourceCodes.contains(code) { return false }
        if e.kind == .person, let sourceSector, sourceSector != "GOV" { return true }
        if e.kind == .person { return sourceCodes.allSatisfy { $0.count == 6 && EventCoder.domesticSectors.contains(String($0.suffix(3))) } && !sourceCodes.isEmpty }
        return true
    }

    /// An event of one country's actors with no other party named acts on that country: when every actor and place
    /// in the sentence belongs to the source's country, the first other one after the trigger (before any reporting
    /// tail) is the target ("Liberian police dispersed demonstrators in Monrovia" → LBR→LBR), as the PLOVER gold codes it.
    func domesticTarget(of t: Trigger, in s: EventSentence, source: [Int]) -> Int? {
        let countries = Set(source.compactMap { doc.country(of: $0) })
        guard countries.count == 1, let home = countries.first else { return nil }
        let sourceCodes = Set(source.compactMap { doc.entities[$0].actorCode })
        var k = s.first
        while k < s.end {
            if let span = doc.span(at: k) {
                if let c = doc.country(of: span.entity), c != home { return nil }
                k = span.end
            } else { k += 1 }
        }
        k = t.end
        while k < s.end {
            if doc.words[k].punct, doc.words[k].lower == ",", reportingTail(after: k, ceiling: s.end) { break }
            if let span = doc.span(at: k) {
                let e = doc.entities[span.entity]
                // The same actor under another name shares a sector code ("Moscow", "the Russian government"); a
                // person or group coded by country alone ("La Prensa" in Nicaragua) is another party.
                let sourceIsCountry = source.contains { doc.entities[$0].kind == .country }
                let sameActor = e.actorCode.map { sourceCodes.contains($0) && ($0.utf8.count > 3 || (e.kind == .country && sourceIsCountry)) } ?? false
                let usable = !source.contains(span.entity) && doc.country(of: span.entity) == home && !sameActor
                    && !(e.kind == .place && t.sense.type == "CONSULT")
                if usable { return span.entity }
                k = span.end
                continue
            }
            k += 1
        }
        return nil
    }

    /// Nouns that give a country's name the sector of a group of its own society ("a Peruvian judge",
    /// "Georgian security forces", "Libyan factions").
    static let sectorNouns: [String: String] = [
        "judge": "JUD", "judges": "JUD", "court": "JUD", "courts": "JUD", "prosecutor": "JUD", "prosecutors": "JUD",
        "police": "COP", "policemen": "COP", "security": "COP",
        "opposition": "OPP", "dissidents": "OPP", "activists": "OPP", "faction": "OPP", "factions": "OPP",
        "rebels": "REB", "guerrillas": "REB", "guerillas": "REB", "insurgents": "REB", "militants": "REB",
        "separatists": "REB", "militia": "REB", "militias": "REB",
        "students": "CVL", "workers": "CVL", "civilians": "CVL", "villagers": "CVL", "protesters": "CVL",
        "demonstrators": "CVL", "youths": "CVL", "citizens": "CVL", "residents": "CVL",
        "parliament": "LEG", "lawmakers": "LEG", "legislators": "LEG", "deputies": "LEG",
        "newspaper": "MED", "newspapers": "MED", "journalists": "MED",
        "government": "GOV", "officials": "GOV", "authorities": "GOV", "ministry": "GOV", "minister": "GOV",
    ]

    /// The sector a country's name takes from the noun after it, one modifier allowed ("Peruvian judge" → JUD).
    func sectorNoun(after span: MentionSpan) -> String? {
        let at: Int
        if doc.has(span.end, .sectorNoun) { at = span.end } else if doc.has(span.end + 1, .sectorNoun) { at = span.end + 1 } else { return nil }
        let e = doc.entities[span.entity]
        guard e.kind == .country || (e.actorCode?.utf8.count ?? 0) == 3 else { return nil }
        if at > span.end, doc.words[span.end].punct || doc.has(span.end, [.determiner, .preposition]) { return nil }
        return EventCoder.sectorNouns[doc.word(at)]
    }

    /// True when a country's name heads a group of its society ("Libyan factions"): a domestic target of
    /// that country's own actors.
    func isDomesticGroup(_ span: MentionSpan) -> Bool {
        guard let sector = sectorNoun(after: span) else { return false }
        return EventCoder.domesticSectors.contains(sector)
    }

    /// True when an entity carries neither a country nor an actor code (an unknown name such as a newspaper or a militia).
    func isUncoded(_ entity: Int) -> Bool {
        doc.country(of: entity) == nil && doc.entities[entity].actorCode == nil
    }

    /// True when the comma at `k` opens a reporting tail (", a spokesman said").
    func reportingTail(after k: Int, ceiling: Int) -> Bool {
        var i = k + 1
        while i < min(ceiling, k + 9) {
            if doc.has(i, .reporting) { return true }
            if doc.word(i) == "," { return false }
            i += 1
        }
        return false
    }
}
