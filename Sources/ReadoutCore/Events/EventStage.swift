/// The events stage: PLOVER events with modality, date, place and evidence, and the document's expectations.
public struct EventStage: ReadoutStage {
    /// The stage name used in benchmark output.
    public let name = "events"

    /// Creates the stage.
    public init() {}

    /// Adds this stage's results to the readout.
    public func run(on text: AnalyzedText, readout: inout DocumentReadout) {
        var coder = EventCoder(text: text, readout: readout)
        coder.run()
        let doc = coder.doc
        var clusters = EventMerger(doc: doc).merge(coder.mentions)
        inheritDuring(&clusters)
        let dateline = Dateline.place(in: doc)
        var events: [Event] = []
        for cluster in clusters {
            var head = cluster.head
            if head.location == nil, let dateline, head.modality == .asserted || head.modality == .reported,
               !head.dateFromText || head.date?.value == doc.date {
                head.location = dateline
            }
            events.append(event(from: head, cluster: cluster, index: events.count + 1, doc: doc))
        }
        readout.events = events
        readout.expectations = ExpectationFinder(coder: coder).expectations()
    }

    /// "During the meeting": date and place from the earlier event of that type.
    private func inheritDuring(_ clusters: inout [EventMerger.Cluster]) {
        for i in clusters.indices {
            guard let type = clusters[i].mentions.lazy.compactMap(\.during).first else { continue }
            guard let j = clusters[..<i].lastIndex(where: { $0.head.sense.type == type }) ?? clusters.firstIndex(where: { $0.head.sense.type == type }), j != i else { continue }
            let other = clusters[j].head
            if clusters[i].mentions[0].location == nil { clusters[i].mentions[0].location = other.location }
            if !clusters[i].mentions[0].dateFromText, other.dateFromText, let date = other.date, date.start ?? "" <= clusters[i].head.date?.start ?? date.start ?? "" {
                clusters[i].mentions[0].date = date
                clusters[i].mentions[0].dateFromText = true
            }
        }
    }

    private func event(from head: EventMention, cluster: EventMerger.Cluster, index: Int, doc: EventDocument) -> Event {
        let ids = { (list: [Int]) -> [String] in
            var seen = Set<String>()
            return list.map { doc.entities[$0].id }.filter { seen.insert($0).inserted }
        }
        let spans = cluster.mentions.map { TextSpan(start: $0.evidenceStart, end: $0.evidenceEnd, text: doc.text($0.evidenceStart, $0.evidenceEnd)) }
        var unique: [TextSpan] = []
        for span in spans where !unique.contains(where: { $0.start == span.start && $0.end == span.end }) { unique.append(span) }
        var event = Event(
            id: "ev\(index)", type: head.sense.type, mode: head.sense.mode, cameo: head.sense.cameo,
            source: ids(head.source), target: ids(head.target), date: head.date, location: head.location,
            modality: head.modality, claimant: head.claimant.map { doc.entities[$0].id },
            evidence: unique[0], mentions: unique, score: CameoPlover.score(type: head.sense.type, mode: head.sense.mode),
            reciprocal: head.reciprocal ? true : nil
        )
        if let location = head.location, let indices = KnowledgeBase.shipped.byName[location] {
            let kb = KnowledgeBase.shipped
            if let i = indices.first(where: { kb.entries[$0].latitude != nil }) {
                event.latitude = kb.entries[i].latitude
                event.longitude = kb.entries[i].longitude
            }
        }
        return event
    }
}

/// The place a report was filed from: "GENEVA —" or "GENEVA, Jan 21 (Reuters) -" at the start.
enum Dateline {
    /// The dateline place in title case, or nil when the document has none.
    static func place(in doc: EventDocument) -> String? {
        var parts: [String] = []
        var k = 0
        while k < min(doc.words.count, 4) {
            let w = doc.words[k]
            if w.punct {
                if (w.lower == "—" || w.lower == "–" || w.lower == "-" || w.lower == "(" || w.lower == ","), !parts.isEmpty { break }
                return nil
            }
            let original = doc.text(w.start, w.end)
            guard original.count > 1, original == original.uppercased(), original.unicodeScalars.allSatisfy({ EventWords.isWordScalar($0) || $0 == "." }) else { return nil }
            parts.append(original.prefix(1) + original.dropFirst().lowercased())
            k += 1
        }
        guard !parts.isEmpty, k < doc.words.count, k < 4 else { return nil }
        return parts.joined(separator: " ")
    }
}
