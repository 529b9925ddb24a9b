import Foundation

extension GoldCheck {
    /// Checks required quotes: text overlap ≥ half of the longer text, then kind, speaker and cue.
    func checkQuotes(_ section: GoldSection) -> GoldSectionResult {
        var items: [GoldItemResult] = []
        for item in section.required {
            guard let text = item.string("text") else {
                items.append(GoldItemResult(status: .notChecked, label: item.summary, notes: ["no text in the gold item"]))
                continue
            }
            let label = "\(item.string("speaker") ?? "?") \(item.string("kind") ?? "") “\(text.prefix(70))”"
            let goldWords = GoldCheck.words(text)
            let scored = readout.quotes.map { q -> (Quote, Double) in (q, GoldCheck.overlap(goldWords, GoldCheck.words(q.text))) }
            guard let (best, overlap) = scored.max(by: { $0.1 < $1.1 }), overlap >= 0.5 else {
                let near = scored.max(by: { $0.1 < $1.1 }).map { String(format: "closest overlap %.2f: ", $0.1) + "“\($0.0.text.prefix(70))”" }
                items.append(GoldItemResult(status: .missing, label: label, notes: near.map { [$0] } ?? ["no quotes"]))
                continue
            }
            var notes = [String(format: "ours (overlap %.2f): ", overlap) + "\(best.kind.rawValue) by \(describe(best.speaker)) cue \(best.cue ?? "-") “\(best.text.prefix(70))”"]
            var differs = false
            if let kind = item.string("kind"), kind.lowercased() != best.kind.rawValue {
                differs = true; notes.append("kind \(best.kind.rawValue), gold \(kind)")
            }
            if let speaker = item.string("speaker"), matchesActor(gold: speaker, id: best.speaker) < 2 {
                differs = true; notes.append("speaker \(describe(best.speaker)), gold \(speaker)")
            }
            if let cue = item.string("cue"), GoldCheck.norm(cue) != GoldCheck.norm(best.cue ?? "") {
                differs = true; notes.append("cue \(best.cue ?? "none"), gold \(cue)")
            }
            items.append(GoldItemResult(status: differs ? .partial : .found, label: label, notes: notes))
        }
        return GoldSectionResult(name: "quotes", items: items, forbidden: notChecked(section.forbidden, why: "no checker for forbidden quotes"))
    }

    /// Shared words (as a multiset) over the larger word count.
    static func overlap(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for w in b { counts[w, default: 0] += 1 }
        var shared = 0
        for w in a where (counts[w] ?? 0) > 0 { shared += 1; counts[w, default: 0] -= 1 }
        return Double(shared) / Double(max(a.count, b.count))
    }

    /// Checks required timexes: text and value for each occurrence, type; dateline against the document date.
    func checkTimexes(_ section: GoldSection) -> GoldSectionResult {
        var items: [GoldItemResult] = []
        for item in section.required {
            guard let text = item.string("text") else {
                items.append(GoldItemResult(status: .notChecked, label: item.summary, notes: ["no text in the gold item"]))
                continue
            }
            let value = item.string("value"), type = item.string("type")?.uppercased()
            let wanted = max(1, Int(item.number("occurrences") ?? 1))
            let label = "“\(text)” \(type ?? "") \(value ?? "")" + (wanted > 1 ? " ×\(wanted)" : "")
            let isDateline = (item.string("note")?.lowercased().contains("dateline") ?? false)
            if isDateline, let value, readout.document.date == value {
                items.append(GoldItemResult(status: .found, label: label, notes: ["dateline: document date \(readout.document.date)"]))
                continue
            }
            let n = GoldCheck.norm(text)
            let same = readout.timexes.filter { GoldCheck.norm($0.text) == n }
            let right = same.filter { value == nil || $0.value == value }
            let typed = right.filter { type == nil || $0.type.rawValue == type }
            var notes: [String] = []
            if same.isEmpty {
                let inside = readout.timexes.filter { let t = GoldCheck.norm($0.text); return t.contains(n) || n.contains(t) }
                if inside.isEmpty {
                    notes.append("no timex with this text")
                } else {
                    notes.append("span differs: " + inside.map { "“\($0.text)” \($0.type.rawValue) \($0.value)" }.joined(separator: "; "))
                }
                let sameValue = value != nil && inside.contains { $0.value == value }
                items.append(GoldItemResult(status: sameValue ? .partial : .missing, label: label, notes: notes))
                continue
            }
            notes.append("ours: " + same.map { "\($0.type.rawValue) \($0.value)" }.joined(separator: "; "))
            if right.count < wanted { notes.append("value \(value ?? "") found \(right.count) of \(wanted) times") }
            if typed.count < right.count { notes.append("type differs from gold \(type ?? "")") }
            let status: GoldStatus = typed.count >= wanted ? .found : (right.isEmpty ? .missing : .partial)
            if status == .missing { notes.append("wrong value") }
            items.append(GoldItemResult(status: status, label: label, notes: status == .found ? [] : notes))
        }
        return GoldSectionResult(name: "timexes", items: items, forbidden: notChecked(section.forbidden, why: "no checker for forbidden timexes"))
    }

    /// Checks required figures: value, then bound, what, owner and claimant.
    func checkFigures(_ section: GoldSection) -> GoldSectionResult {
        var items: [GoldItemResult] = []
        for item in section.required {
            let label = item.string("text").map { "“\($0)”" } ?? item.summary
            guard let value = item.number("value") else {
                items.append(GoldItemResult(status: .notChecked, label: label, notes: ["no numeric value in the gold item"]))
                continue
            }
            func differences(_ f: Figure) -> [String] {
                var d: [String] = []
                if let b = item.string("bound"), b.lowercased() != f.bound.rawValue { d.append("bound \(f.bound.rawValue), gold \(b)") }
                if let w = item.string("what") {
                    let g = GoldCheck.norm(w), o = GoldCheck.norm(f.what ?? "")
                    if o.isEmpty || !(o == g || o.contains(g) || g.contains(o)) { d.append("what \(f.what ?? "none"), gold \(w)") }
                }
                if let of = item.string("of"), matchesActor(gold: of, id: f.owner) < 2 { d.append("owner \(f.owner ?? "none"), gold \(of)") }
                if let by = item.string("attributed_to"), matchesActor(gold: by, id: f.claimant) < 2 {
                    d.append("claimant \(f.claimant.map(describe) ?? "none"), gold \(by)")
                }
                return d
            }
            let candidates = readout.figures.filter { $0.value == value }.map { ($0, differences($0)) }.sorted { $0.1.count < $1.1.count }
            guard let (best, diff) = candidates.first else {
                items.append(GoldItemResult(status: .missing, label: label, notes: ["no figure with value \(value)"]))
                continue
            }
            let line = "ours: “\(best.text)” \(best.bound.rawValue) \(best.what ?? "-") of \(best.owner ?? "-") claimed by \(describe(best.claimant))"
            items.append(GoldItemResult(status: diff.isEmpty ? .found : .partial, label: label, notes: [line] + diff))
        }
        return GoldSectionResult(name: "figures", items: items, forbidden: notChecked(section.forbidden, why: "no checker for forbidden figures"))
    }

    /// Checks required expectations: actor, counterpart, due value and window, stated day and status.
    func checkExpectations(_ section: GoldSection) -> GoldSectionResult {
        var items: [GoldItemResult] = []
        for item in section.required {
            let label = "\(item.string("actor") ?? "?") → \(item.string("counterpart") ?? "-"): \(item.string("action") ?? "") due \(item.string("due") ?? "-")"
            func differences(_ x: Expectation) -> [String] {
                var d: [String] = []
                if let c = item.string("counterpart"), matchesActor(gold: c, id: x.counterpart) < 2 { d.append("counterpart \(describe(x.counterpart)), gold \(c)") }
                if let due = item.string("due"), x.due?.value != due { d.append("due \(x.due?.value ?? "none"), gold \(due)") }
                if let from = item.string("due_from"), x.due?.start != from { d.append("due from \(x.due?.start ?? "none"), gold \(from)") }
                if let to = item.string("due_to"), x.due?.end != to { d.append("due to \(x.due?.end ?? "none"), gold \(to)") }
                if let stated = item.string("stated"), x.stated != stated { d.append("stated \(x.stated), gold \(stated)") }
                if let status = item.string("status_as_of_document") ?? item.string("status"), x.status.lowercased() != status.lowercased() {
                    d.append("status \(x.status), gold \(status)")
                }
                return d
            }
            guard let actor = item.string("actor") else {
                items.append(GoldItemResult(status: .notChecked, label: label, notes: ["no actor in the gold item"]))
                continue
            }
            let ranked = readout.expectations.map { ($0, matchesActor(gold: actor, id: $0.actor), differences($0)) }
                .filter { $0.1 > 0 }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2.count < $1.2.count }
            guard let (best, actorScore, diff) = ranked.first else {
                let others = readout.expectations.map { "\(describe($0.actor)): \($0.action)" }
                items.append(GoldItemResult(status: .missing, label: label,
                                            notes: [others.isEmpty ? "no expectations" : "no expectation by \(actor); ours: " + others.joined(separator: "; ")]))
                continue
            }
            var notes = ["ours: \(describe(best.actor)) → \(describe(best.counterpart)): \(best.action) due \(best.due?.value ?? "-") (\(best.due?.start ?? "?")…\(best.due?.end ?? "?")) \(best.status)"]
            if actorScore < 2 { notes.append("actor matches at country level only (gold \(actor))") }
            notes += diff
            items.append(GoldItemResult(status: diff.isEmpty && actorScore == 2 ? .found : .partial, label: label, notes: notes))
        }
        return GoldSectionResult(name: "expectations", items: items, forbidden: notChecked(section.forbidden, why: "no checker for forbidden expectations"))
    }

    /// Checks required demands: who demands (`by`), of whom (`of`, any one), and what (at least half of
    /// the gold's content words appear in ours, or ours in the gold's); the readout's own `demands` list.
    func checkDemands(_ section: GoldSection) -> GoldSectionResult {
        var items: [GoldItemResult] = []
        let stopWords: Set<String> = ["the", "a", "an", "of", "from", "to", "that", "and", "in", "on", "for", "its", "their", "would", "never"]
        func words(_ text: String) -> Set<String> {
            Set(GoldCheck.norm(text).split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !stopWords.contains($0) })
        }
        for item in section.required {
            let label = item.summary
            guard let by = item.string("by") else {
                items.append(GoldItemResult(status: .notChecked, label: label, notes: ["no 'by' in the gold item"]))
                continue
            }
            let goldWhat = words(item.string("what") ?? "")
            let goldOf = item.strings("of")
            func overlap(_ d: Demand) -> Double {
                let ours = words(d.what + " " + d.evidence.text)
                guard !goldWhat.isEmpty else { return 1 }
                return Double(goldWhat.intersection(ours).count) / Double(goldWhat.count)
            }
            let ranked = readout.demands.map { d -> (Demand, Int, Int, Double) in
                let byScore = d.by.map { matchesActor(gold: by, id: $0) }.max() ?? 0
                let ofScore = goldOf.isEmpty ? 2 : (d.of.flatMap { id in goldOf.map { matchesActor(gold: $0, id: id) } }.max() ?? 0)
                return (d, byScore, ofScore, overlap(d))
            }.filter { $0.1 > 0 }.sorted { ($0.1 + $0.2, $0.3) > ($1.1 + $1.2, $1.3) }
            guard let (best, byScore, ofScore, share) = ranked.first else {
                items.append(GoldItemResult(status: .missing, label: label, notes: [readout.demands.isEmpty ? "no demands" : "no demand by \(by)"]))
                continue
            }
            var notes = ["ours: \(best.by.map(describe).joined(separator: ",")) of \(best.of.map(describe).joined(separator: ",")): “\(best.what)” \(best.status)"]
            if byScore < 2 { notes.append("demander matches at country level only (gold \(by))") }
            if ofScore < 2 { notes.append("of whom: ours \(best.of.map(describe).joined(separator: ",")), gold \(goldOf.joined(separator: ","))") }
            if share < 0.5 { notes.append(String(format: "what: %.0f%% of the gold's words", share * 100)) }
            let found = byScore == 2 && ofScore == 2 && share >= 0.5
            items.append(GoldItemResult(status: found ? .found : .partial, label: label, notes: notes))
        }
        return GoldSectionResult(name: "demands", items: items, forbidden: notChecked(section.forbidden, why: "no checker for forbidden demands"))
    }
}
