import Foundation

extension GoldCheck {
    /// Checks required events (type, actors, modality, date, location, claimant) and the forbidden sentences.
    func checkEvents(_ section: GoldSection) -> GoldSectionResult {
        var items: [GoldItemResult] = []
        for item in section.required {
            items.append(checkEvent(item))
        }
        return GoldSectionResult(name: "events", items: items, forbidden: section.forbidden.map(checkForbiddenEvent))
    }

    /// How our actor ids cover gold codes: 2 all exact, 1 all at least at country level, 0 otherwise.
    func actorCoverage(gold: [String], ours: [String]) -> Int {
        guard !gold.isEmpty else { return 2 }
        var worst = 2
        for g in gold {
            worst = min(worst, ours.map { matchesActor(gold: g, id: $0) }.max() ?? 0)
        }
        return worst
    }

    func eventLine(_ e: Event) -> String {
        let date = e.date.map { " date \($0.value)" } ?? ""
        let place = e.location.map { " at \($0)" } ?? ""
        let claim = e.claimant.map { " claimed by \(describe($0))" } ?? ""
        return "\(e.id) \(e.type) \(e.source.map(describe).joined(separator: ","))→\(e.target.map(describe).joined(separator: ","))"
            + " \(e.modality.rawValue)\(date)\(place)\(claim) “\(e.evidence.text.prefix(80))”"
    }

    func checkEvent(_ item: GoldItem) -> GoldItemResult {
        let label = item.summary
        guard let type = item.string("type")?.uppercased() else {
            return GoldItemResult(status: .notChecked, label: label, notes: ["no type in the gold item"])
        }
        let gSource = item.strings("source"), gTarget = item.strings("target")
        let reciprocal = item.bool("reciprocal") ?? false
        let sameType = readout.events.filter { $0.type.uppercased() == type }
        guard !sameType.isEmpty else {
            return GoldItemResult(status: .missing, label: label, notes: ["no \(type) event"])
        }
        func actors(_ e: Event) -> Int {
            let straight = min(actorCoverage(gold: gSource, ours: e.source), actorCoverage(gold: gTarget, ours: e.target))
            guard reciprocal else { return straight }
            let swapped = min(actorCoverage(gold: gSource, ours: e.target), actorCoverage(gold: gTarget, ours: e.source))
            return max(straight, swapped)
        }
        func differences(_ e: Event) -> [String] {
            var d: [String] = []
            if let m = item.string("modality"), m.lowercased() != e.modality.rawValue {
                d.append("modality \(e.modality.rawValue), gold \(m)")
            }
            let dates = item.strings("date")
            if !dates.isEmpty {
                let shown = dates.joined(separator: " or ")
                if let ours = e.date {
                    if !dates.contains(where: { dateAgrees(gold: $0, ours: ours) }) {
                        d.append("date \(ours.value), gold \(shown)" + (item.string("note").map { " (gold note: \($0))" } ?? ""))
                    }
                } else {
                    d.append("no date, gold \(shown)")
                }
            }
            if let place = item.string("location") {
                let n = GoldCheck.norm(place)
                if let ours = e.location.map(GoldCheck.norm), ours == n || ours.contains(n) || n.contains(ours) {} else {
                    d.append("location \(e.location ?? "none"), gold \(place)")
                }
            }
            if let claimant = item.string("attributed_to") {
                if matchesActor(gold: claimant, id: e.claimant) == 0 {
                    d.append("claimant \(e.claimant.map(describe) ?? "none"), gold \(claimant)")
                }
            }
            if let mode = item.string("mode"), let ours = e.mode, ours.lowercased() != mode.lowercased() {
                d.append("mode \(ours), gold \(mode) (not scored)")
            }
            return d
        }
        let ranked = sameType.map { e -> (Event, Int, [String]) in
            let diff = differences(e)
            return (e, actors(e), diff)
        }.sorted { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            return a.2.filter { !$0.hasSuffix("(not scored)") }.count < b.2.filter { !$0.hasSuffix("(not scored)") }.count
        }
        let (best, actorScore, diff) = ranked[0]
        let scored = diff.filter { !$0.hasSuffix("(not scored)") }
        var notes = ["ours: " + eventLine(best)]
        switch actorScore {
        case 2: break
        case 1: notes.append("actors match at country level only (gold \(gSource.joined(separator: ","))→\(gTarget.joined(separator: ",")))")
        default:
            notes.append("actors differ (gold \(gSource.joined(separator: ","))→\(gTarget.joined(separator: ","))); \(sameType.count) \(type) event(s), none with these actors")
            return GoldItemResult(status: .missing, label: label, notes: notes + diff)
        }
        var matched = ["type", actorScore == 2 ? "actors" : "actors (country level)"]
        for (key, word) in [("modality", "modality"), ("date", "date"), ("location", "location"), ("attributed_to", "claimant")]
        where !item.strings(key).isEmpty && !scored.contains(where: { $0.hasPrefix(word) || $0.hasPrefix("no \(word)") }) {
            matched.append(word)
        }
        notes.append("matched: " + matched.joined(separator: ", "))
        notes += diff
        let status: GoldStatus = actorScore == 2 && scored.isEmpty ? .found : .partial
        return GoldItemResult(status: status, label: label, notes: notes)
    }

    /// Equal values, one value a prefix of the other (`2021-12` and `2021-12-17`), or the gold day inside our window.
    func dateAgrees(gold: String, ours: DateWindow) -> Bool {
        if gold == ours.value || ours.value.hasPrefix(gold) || gold.hasPrefix(ours.value) { return true }
        if let start = ours.start, let end = ours.end, gold.count == 10 { return start <= gold && gold <= end }
        return false
    }
}
