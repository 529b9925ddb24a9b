/// Joins the mentions of one real event in a document: the same meeting mentioned four times is one event.
struct EventMerger {
    /// The prepared document.
    let doc: EventDocument

    /// A group of mentions of one event.
    struct Cluster {
        var mentions: [EventMention]
        var head: EventMention { mentions[0] }
    }

    /// Groups `mentions` (in text order) into events.
    ///
    /// Each mention is compared only with the clusters that share its type, modality and one of its parties or
    /// their countries (every compatible cluster does), so the cost grows with the document, not its square.
    func merge(_ mentions: [EventMention]) -> [Cluster] {
        var clusters: [Cluster] = []
        var lastByType: [String: Int] = [:]
        var postings: [String: [Int]] = [:]
        for m in mentions {
            if m.source.isEmpty && m.target.isEmpty {
                // "the talks", "several demands": the latest event of the same type; a verb with no actors named
                // ("three civilians were killed") is still an event.
                if let i = lastByType[m.sense.type] {
                    clusters[i].mentions.append(m)
                } else if m.sense.pos == .verb && !m.sense.fromCameo {
                    clusters.append(Cluster(mentions: [m]))
                    lastByType[m.sense.type] = clusters.count - 1
                }
                continue
            }
            let bucket = bucketKey(m)
            var candidates: [Int] = []
            for key in partyKeys(m) { if let list = postings[bucket + key] { candidates.append(contentsOf: list) } }
            candidates.sort()
            var match: Int?
            var previous = -1
            for i in candidates where i != previous {
                previous = i
                if compatible(clusters[i], m) { match = i; break }
            }
            if let i = match {
                let before = Set(partyKeys(clusters[i].head))
                clusters[i].mentions.append(m)
                fill(&clusters[i], from: m)
                for key in Set(partyKeys(clusters[i].head)).subtracting(before) { postings[bucket + key, default: []].append(i) }
            } else {
                clusters.append(Cluster(mentions: [m]))
                let i = clusters.count - 1
                lastByType[m.sense.type] = i
                for key in Set(partyKeys(m)) { postings[bucket + key, default: []].append(i) }
            }
        }
        return clusters
    }

    /// What a compatible cluster's head must share with a mention: type, modality and derivation.
    private func bucketKey(_ m: EventMention) -> String {
        m.sense.type + "|" + m.modality.rawValue + (m.derived ? "|d|" : "|a|")
    }

    /// The mention's parties as actor keys and as countries; two compatible mentions share at least one.
    private func partyKeys(_ m: EventMention) -> [String] {
        var keys: [String] = []
        for e in m.source + m.target {
            keys.append("p:" + key(e))
            keys.append("c:" + (doc.country(of: e) ?? "e\(e)"))
        }
        return keys
    }

    /// True when `m` can be another mention of the cluster's event.
    func compatible(_ c: Cluster, _ m: EventMention) -> Bool {
        let h = c.head
        guard h.sense.type == m.sense.type, h.modality == m.modality, h.derived == m.derived else { return false }
        if let a = h.date, let b = m.date, a.value != b.value {
            // A definite mention ("the meeting") without its own date refers back; new verbal mentions do not.
            if (h.dateFromText && m.dateFromText) || !(h.presupposed || m.presupposed) { return false }
        }
        if h.modality == .reported, h.claimant != m.claimant { return false }
        let hp = parties(h), mp = parties(m)
        if h.reciprocal || m.reciprocal {
            let a = countries(h), b = countries(m)
            return !a.isEmpty && (a.isSubset(of: b) || b.isSubset(of: a))
        }
        guard !hp.source.isDisjoint(with: mp.source) || (hp.source.isEmpty || mp.source.isEmpty) && !hp.target.isDisjoint(with: mp.target) else { return false }
        return hp.target.isEmpty || mp.target.isEmpty || !hp.target.isDisjoint(with: mp.target)
    }

    /// Source, target and all parties as actor keys (actor code, else entity index).
    func parties(_ m: EventMention) -> (source: Set<String>, target: Set<String>, all: Set<String>) {
        let source = Set(m.source.map(key)), target = Set(m.target.map(key))
        return (source, target, source.union(target))
    }

    private func key(_ entity: Int) -> String {
        doc.entities[entity].actorCode ?? "e\(entity)"
    }

    /// The countries of all parties, for reciprocal events ("Blinken and Lavrov" = "the US and Russia").
    private func countries(_ m: EventMention) -> Set<String> {
        Set((m.source + m.target).map { doc.country(of: $0) ?? "e\($0)" })
    }

    /// Completes the cluster's first mention with what a later mention knows.
    private func fill(_ c: inout Cluster, from m: EventMention) {
        if c.mentions[0].target.isEmpty, !m.target.isEmpty { c.mentions[0].target = m.target.filter { !c.mentions[0].source.contains($0) } }
        if c.mentions[0].location == nil { c.mentions[0].location = m.location }
        if !c.mentions[0].dateFromText, m.dateFromText { c.mentions[0].date = m.date; c.mentions[0].dateFromText = true }
        if c.mentions[0].claimant == nil { c.mentions[0].claimant = m.claimant }
    }
}
