import ReadoutCore
@testable import ReadoutStore

/// Builds readouts by hand, the way the pipeline would fill them, over short texts written for these tests.
struct FixtureDocument {
    var readout: DocumentReadout

    init(id: String, date: String, source: String, url: String? = nil, text: String) {
        readout = DocumentReadout(document: Document(id: id, date: date, source: source, url: url, text: text))
    }

    /// The span of the first occurrence of `phrase` in the text (Unicode-scalar offsets).
    func span(_ phrase: String) -> TextSpan {
        let text = readout.document.text
        guard let range = text.range(of: phrase) else { return TextSpan(start: 0, end: 0, text: phrase) }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return TextSpan(start: start, end: start + phrase.unicodeScalars.count, text: phrase)
    }

    mutating func entity(_ id: String, _ name: String, _ kind: EntityKind, code: String?, kb: String? = nil, mentions: [String]) {
        readout.entities.append(Entity(id: id, name: name, kind: kind, actorCode: code, country: code.map { String($0.prefix(3)) },
                                       sector: code.flatMap { $0.count > 3 ? String($0.dropFirst(3)) : nil }, kbID: kb,
                                       mentions: mentions.map(span)))
    }

    mutating func event(_ id: String, _ type: String, _ source: [String], _ target: [String], date: String?, place: String? = nil,
                        modality: Modality = .asserted, evidence: String, score: Double? = nil) {
        readout.events.append(Event(id: id, type: type, source: source, target: target,
                                    date: date.map { DateWindow(value: $0, start: $0, end: $0) }, location: place,
                                    modality: modality, evidence: span(evidence), mentions: [span(evidence)], score: score))
        // The demands the pipeline's ledger stage would find among the events, as `read` gives them.
        readout.demands = DemandFinder().demands(in: readout)
    }

    mutating func expectation(_ actor: String, _ counterpart: String?, _ action: String, due: DateWindow, evidence: String) {
        readout.expectations.append(Expectation(actor: actor, counterpart: counterpart, action: action, due: due,
                                                stated: readout.document.date, evidence: span(evidence)))
    }

    mutating func quote(_ phrase: String, speaker: String?, cue: String) {
        let s = span(phrase)
        readout.quotes.append(Quote(start: s.start, end: s.end, text: phrase, kind: .direct, speaker: speaker, cue: cue))
    }
}

/// A small story over four reports: talks in Geneva, a demand, a promised written reply, the reply, a rejection.
enum GenevaStory {
    static func talks() -> DocumentReadout {
        var doc = FixtureDocument(id: "wire-a-0121", date: "2022-01-21", source: "Wire A", url: "https://a.example/0121", text: """
            The American and Russian top diplomats talked for ninety minutes in Geneva on Friday. Moscow again demanded \
            that the alliance stop taking in new members. Washington will send a written reply next week, the State \
            Department said. Russia also said it would pull back some troops before the month is out. "We are not \
            going to invade anyone," the Russian minister told reporters.
            """)
        doc.entity("e1", "United States", .country, code: "USAGOV", kb: "Q30", mentions: ["American", "Washington"])
        doc.entity("e2", "Russia", .country, code: "RUSGOV", kb: "Q159", mentions: ["Russian", "Moscow", "Russia"])
        doc.entity("e3", "Sergei Lavrov", .person, code: "RUSGOV", kb: "Q207810", mentions: ["the Russian minister"])
        doc.event("ev1", "CONSULT", ["e1"], ["e2"], date: "2022-01-21", place: "Geneva",
                  evidence: "The American and Russian top diplomats talked for ninety minutes in Geneva", score: 1)
        doc.event("ev2", "REQUEST", ["e2"], ["e1"], date: "2022-01-21",
                  evidence: "Moscow again demanded that the alliance stop taking in new members", score: -1)
        doc.expectation("e1", "e2", "send a written reply", due: DateWindow(value: "2022-W04", start: "2022-01-24", end: "2022-01-30"),
                        evidence: "Washington will send a written reply next week")
        doc.expectation("e2", nil, "pull back troops", due: DateWindow(value: "2022-01", start: "2022-01-21", end: "2022-01-31"),
                        evidence: "Russia also said it would pull back some troops before the month is out")
        doc.quote("We are not going to invade anyone", speaker: "e3", cue: "told")
        return doc.readout
    }

    static func talksOtherWire() -> DocumentReadout {
        var doc = FixtureDocument(id: "wire-b-0121", date: "2022-01-21", source: "Wire B", text: """
            Talks between Washington and Moscow ended in Geneva without a breakthrough, both sides said.
            """)
        doc.entity("e1", "United States", .country, code: "USAGOV", kb: "Q30", mentions: ["Washington"])
        doc.entity("e2", "Russia", .country, code: "RUSGOV", kb: "Q159", mentions: ["Moscow"])
        doc.event("ev1", "CONSULT", ["e1"], ["e2"], date: "2022-01-21", evidence: "Talks between Washington and Moscow ended in Geneva", score: 1)
        return doc.readout
    }

    static func reply() -> DocumentReadout {
        var doc = FixtureDocument(id: "wire-a-0126", date: "2022-01-26", source: "Wire A", text: """
            The United States handed Russia its written reply on Wednesday, the ambassador said in Moscow.
            """)
        doc.entity("e1", "United States", .country, code: "USAGOV", kb: "Q30", mentions: ["The United States"])
        doc.entity("e2", "Russia", .country, code: "RUSGOV", kb: "Q159", mentions: ["Russia"])
        doc.event("ev1", "CONSULT", ["e1"], ["e2"], date: "2022-01-26", place: "Moscow",
                  evidence: "The United States handed Russia its written reply on Wednesday", score: 1)
        return doc.readout
    }

    static func rejection() -> DocumentReadout {
        var doc = FixtureDocument(id: "wire-b-0202", date: "2022-02-02", source: "Wire B", text: """
            Washington turned down Moscow's demand on alliance membership outright.
            """)
        doc.entity("e1", "United States", .country, code: "USAGOV", kb: "Q30", mentions: ["Washington"])
        doc.entity("e2", "Russia", .country, code: "RUSGOV", kb: "Q159", mentions: ["Moscow"])
        doc.event("ev1", "REJECT", ["e1"], ["e2"], date: "2022-02-02",
                  evidence: "Washington turned down Moscow's demand on alliance membership outright", score: -4)
        return doc.readout
    }

    static var all: [DocumentReadout] { [talks(), talksOtherWire(), reply(), rejection()] }
}
