import Foundation

extension GoldCheck {
    /// Checks required entities (name, kind, code, mentions) and the forbidden "X as a KIND" sentences.
    func checkEntities(_ section: GoldSection) -> GoldSectionResult {
        var items: [GoldItemResult] = []
        for item in section.required {
            guard let name = item.string("name") else {
                items.append(GoldItemResult(status: .notChecked, label: item.summary, notes: ["no name in the gold item"]))
                continue
            }
            let kind = item.string("kind")?.lowercased()
            let goldCode = item.string("actor") ?? item.string("country")
            var label = name
            if let kind { label += " \(kind)" }
            if let goldCode { label += " \(goldCode)" }
            let candidates = entities(named: name)
            func codeScore(_ e: Entity) -> Int {
                guard let goldCode else { return 2 }
                let ours = item.string("actor") == nil ? (e.country ?? e.actorCode) : (e.actorCode ?? e.country)
                return GoldCheck.codeMatch(gold: goldCode, ours: ours)
            }
            let best = candidates.max { a, b in
                let sa = codeScore(a) + (kind == nil || a.kind.rawValue == kind ? 3 : 0)
                let sb = codeScore(b) + (kind == nil || b.kind.rawValue == kind ? 3 : 0)
                return sa < sb
            }
            guard let entity = best else {
                items.append(GoldItemResult(status: .missing, label: label, notes: ["no entity named or mentioned “\(name)”"]))
                continue
            }
            var notes: [String] = ["ours: \(entity.id) “\(entity.name)” \(entity.kind.rawValue), code \(entity.actorCode ?? "none")"
                                   + (entity.country.map { ", country \($0)" } ?? "")]
            var status = GoldStatus.found
            if let kind, entity.kind.rawValue != kind {
                status = .missing
                notes.append("wrong kind: \(entity.kind.rawValue), gold \(kind)")
            }
            if let goldCode {
                switch codeScore(entity) {
                case 2: break
                case 1:
                    if status == .found { status = .partial }
                    notes.append("code matches at country level only: ours \(entity.actorCode ?? entity.country ?? "-"), gold \(goldCode)")
                default:
                    status = .missing
                    notes.append("wrong code: ours \(entity.actorCode ?? entity.country ?? "none"), gold \(goldCode)")
                }
            }
            if status == .missing, kind != nil, entity.kind.rawValue == kind { label += "  (wrong code)" }
            if status == .missing, let kind, entity.kind.rawValue != kind { label += "  (wrong kind)" }
            let mentions = item.strings("mentions")
            if !mentions.isEmpty {
                var exact = 0, near = 0
                var missed: [String] = []
                for m in mentions {
                    switch mentionStatus(m, entity: entity) {
                    case .found: exact += 1
                    case .partial(let ours): near += 1; missed.append("“\(m)” ~ ours “\(ours)”")
                    case .missing:
                        let text = GoldCheck.norm(GoldCheck.splitCode(m).text)
                        let elsewhere = readout.entities.filter { $0.mentions.contains { GoldCheck.norm($0.text) == text } }
                        missed.append("“\(m)”" + (elsewhere.isEmpty ? "" : " (a mention of " + elsewhere.map { "\($0.id) \(describe($0.id))" }.joined(separator: ", ") + ")"))
                    }
                }
                notes.append("mention recall \(exact)/\(mentions.count)" + (near > 0 ? " (+\(near) partial)" : ""))
                if !missed.isEmpty { notes.append("mentions not found: " + missed.joined(separator: "; ")) }
            }
            items.append(GoldItemResult(status: status, label: label, notes: notes))
        }
        return GoldSectionResult(name: "entities", items: items, forbidden: section.forbidden.map(checkForbiddenEntity))
    }

    enum MentionMatch { case found, partial(String), missing }

    /// A gold mention against our entity: exact text, `X (CODE)` on any entity with that code, or one of our
    /// mentions lying inside the gold text (partial).
    func mentionStatus(_ gold: String, entity: Entity) -> MentionMatch {
        let (text, code) = GoldCheck.splitCode(gold)
        let n = GoldCheck.norm(text)
        let pool = code.map { entities(withCode: $0) } ?? [entity]
        let spans = pool.flatMap(\.mentions)
        if spans.contains(where: { GoldCheck.norm($0.text) == n }) { return .found }
        if code != nil, entity.mentions.contains(where: { GoldCheck.norm($0.text) == n }) {
            return .partial("\(text)” on \(entity.name), not on a \(code ?? "") entity")
        }
        let inside = spans.filter { let m = GoldCheck.norm($0.text); return m.count >= 2 && n.contains(m) }
        if let longest = inside.max(by: { $0.text.count < $1.text.count }) { return .partial(longest.text) }
        return .missing
    }

    /// "Kiev as a person", "Lavrov or Blinken as anything but a person", "Washington as a person (…)".
    func checkForbiddenEntity(_ sentence: String) -> GoldForbiddenResult {
        let s = sentence.split(separator: "(").first.map { String($0) } ?? sentence
        guard let asRange = s.range(of: " as ") else {
            return GoldForbiddenResult(sentence: sentence, status: .notChecked, detail: "no “NAME as a KIND” pattern")
        }
        let namesPart = String(s[..<asRange.lowerBound])
        var rest = GoldCheck.norm(String(s[asRange.upperBound...]))
        var negated = false
        if rest.hasPrefix("anything but ") { negated = true; rest.removeFirst("anything but ".count) }
        if rest.hasPrefix("a ") { rest.removeFirst(2) } else if rest.hasPrefix("an ") { rest.removeFirst(3) }
        let kindWord = rest.split(separator: " ").first.map(String.init) ?? ""
        guard let kind = EntityKind(rawValue: kindWord) else {
            return GoldForbiddenResult(sentence: sentence, status: .notChecked, detail: "unknown kind “\(kindWord)”")
        }
        let names = namesPart.replacingOccurrences(of: " or ", with: ",").replacingOccurrences(of: " and ", with: ",")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var offenders: [String] = []
        for name in names {
            for e in entities(named: name) where negated ? e.kind != kind : e.kind == kind {
                offenders.append("\(e.id) \(e.name) is \(e.kind.rawValue)")
            }
        }
        let check = "entities named or mentioned \(names.map { "“\($0)”" }.joined(separator: ", ")) with kind \(negated ? "other than " : "")\(kind.rawValue)"
        return GoldForbiddenResult(sentence: sentence, status: offenders.isEmpty ? .clear : .violated,
                                   detail: offenders.isEmpty ? "checked: no \(check)" : "found: " + offenders.joined(separator: "; "))
    }
}
