import Testing
@testable import ReadoutCore

/// A small gold file and a hand-built readout about an invented ministers' meeting in Vienna.
enum GoldCheckFixture {
    static let gold = """
    {
      "document": {"date": "2023-03-10"},
      "entities": {
        "required": [
          {"name": "Anna Berg", "kind": "person", "actor": "DEUGOV", "mentions": ["Anna Berg", "Berg", "Berlin (DEUGOV)"]},
          {"name": "France", "kind": "country", "actor": "FRA", "mentions": ["France", "Paris (FRAGOV)"]},
          {"name": "Vienna", "kind": "place", "country": "AUT"},
          {"name": "Poland", "kind": "country", "actor": "POL"},
          {"name": "Germany", "kind": "organization", "actor": "DEU"},
          {"name": "Berg", "kind": "person", "actor": "DEU"}
        ],
        "forbidden": ["Berg as anything but a person", "Vienna as a person", "Paris as a person"]
      },
      "events": {
        "required": [
          {"type": "CONSULT", "source": ["DEUGOV"], "target": ["FRAGOV"], "reciprocal": true, "date": "2023-03-10", "location": "Vienna", "modality": "asserted"},
          {"type": "MOBILIZE", "source": ["FRAMIL"], "target": ["DEU"], "modality": "reported", "attributed_to": "DEUGOV"},
          {"type": "AGREE", "source": ["FRAGOV"], "target": ["DEUGOV"]}
        ],
        "forbidden": [
          "any ASSAULT by France against Germany with modality asserted",
          "a DEU to DEU event",
          "a MOBILIZE event asserted by the reporter for the 5,000 troops",
          "nothing about anything here",
          "France as the source of any ASSAULT event"
        ]
      },
      "quotes": {
        "required": [
          {"speaker": "Anna Berg", "kind": "direct", "cue": "said", "text": "We talked for hours and found a way forward"},
          {"speaker": "Paris (FRAGOV)", "kind": "partial", "cue": "called", "text": "premature"}
        ]
      },
      "timexes": {
        "required": [
          {"text": "2023-03-10", "type": "DATE", "value": "2023-03-10", "note": "dateline"},
          {"text": "next month", "type": "DATE", "value": "2023-04", "occurrences": 2}
        ]
      },
      "figures": {"required": [{"value": 5000, "bound": "approximate", "what": "troops", "of": "FRAMIL", "attributed_to": "DEUGOV"}]},
      "expectations": {"required": [{"actor": "FRAGOV", "counterpart": "DEUGOV", "due": "2023-04", "due_from": "2023-04-01", "due_to": "2023-04-30", "stated": "2023-03-10", "status_as_of_document": "pending"}]},
      "demands": {"required": [{"by": "DEUGOV", "what": "a seat at the table"}]}
    }
    """

    static func span(_ text: String) -> TextSpan { TextSpan(start: 0, end: text.count, text: text) }

    static var readout: DocumentReadout {
        var r = DocumentReadout(document: Document(id: "vienna", date: "2023-03-10", text: "(invented)"))
        r.entities = [
            Entity(id: "e1", name: "Anna Berg", kind: .person, actorCode: "DEUGOV", country: "DEU",
                   mentions: [span("Anna Berg"), span("Berg")]),
            Entity(id: "e2", name: "France", kind: .country, actorCode: "FRA", country: "FRA", mentions: [span("France")]),
            Entity(id: "e3", name: "Paris", kind: .person, actorCode: "FRAGOV", country: "FRA", mentions: [span("Paris")]),
            Entity(id: "e4", name: "Vienna", kind: .place, country: "AUT", mentions: [span("Vienna")]),
            Entity(id: "e5", name: "Germany", kind: .country, actorCode: "DEU", country: "DEU", mentions: [span("Germany")]),
        ]
        r.events = [
            Event(id: "ev1", type: "CONSULT", source: ["e3"], target: ["e1"], date: DateWindow(value: "2023-03-10"),
                  location: "Vienna", evidence: span("Berg met her French counterpart in Vienna")),
            Event(id: "ev2", type: "MOBILIZE", source: ["e2"], target: ["e5"], modality: .asserted,
                  evidence: span("about 5,000 French troops gathered")),
        ]
        r.quotes = [
            Quote(start: 0, end: 1, text: "We talked for hours, and we found a way forward.", kind: .direct, speaker: "e1", cue: "said"),
            Quote(start: 0, end: 1, text: "premature", kind: .partial, speaker: "e2", cue: "called"),
        ]
        r.timexes = [Timex(start: 0, end: 1, text: "next month", type: .date, value: "2023-04")]
        r.figures = [Figure(start: 0, end: 1, text: "about 5,000 French troops", value: 5000, bound: .approximate,
                            what: "troops", owner: "FRAMIL", claimant: "e1")]
        r.expectations = [Expectation(actor: "e3", counterpart: "e1", action: "answer", due: DateWindow(value: "2023-04", start: "2023-04-01", end: "2023-04-30"),
                                      stated: "2023-03-10", evidence: span("Paris will answer next month"))]
        return r
    }

    static var report: GoldReport {
        let facts = (try? GoldFacts.parse(Array(gold.utf8), name: "vienna.gold.json")) ?? GoldFacts()
        return GoldCheck(readout: readout, gold: facts).run(name: "vienna")
    }
}

@Suite("Gold check")
struct GoldCheckTests {
    let report = GoldCheckFixture.report

    func item(_ section: String, _ index: Int) -> GoldItemResult? {
        guard let s = report.section(section), index < s.items.count else { return nil }
        return s.items[index]
    }

    @Test("Entities: found with mention recall, wrong-kind code, missing, and the (CODE) mention rule")
    func entities() {
        #expect(item("entities", 0)?.status == .found)
        #expect(item("entities", 0)?.notes.contains("mention recall 2/3") == true)
        #expect(item("entities", 1)?.status == .found)
        #expect(item("entities", 1)?.notes.contains("mention recall 2/2") == true)
        #expect(item("entities", 2)?.status == .found)
        #expect(item("entities", 3)?.status == .missing)
        #expect(item("entities", 4)?.status == .missing)
        #expect(item("entities", 4)?.notes.contains { $0.hasPrefix("wrong kind") } == true)
        #expect(item("entities", 5)?.status == .partial)
    }

    @Test("Forbidden entity sentences are parsed; only Paris as a person is violated")
    func forbiddenEntities() {
        let f = report.section("entities")?.forbidden ?? []
        #expect(f.map(\.status) == [.clear, .clear, .violated])
    }

    @Test("Events: a reciprocal meeting matches swapped actors; a reported claim asserted is partial; a missing type")
    func events() {
        #expect(item("events", 0)?.status == .found)
        #expect(item("events", 0)?.notes.contains("matched: type, actors, modality, date, location") == true)
        #expect(item("events", 1)?.status == .partial)
        #expect(item("events", 1)?.notes.contains { $0.hasPrefix("modality asserted") } == true)
        #expect(item("events", 1)?.notes.contains { $0.hasPrefix("claimant") } == true)
        #expect(item("events", 2)?.status == .missing)
    }

    @Test("Forbidden event sentences: parsed checks, and an unparseable sentence is listed as not checked")
    func forbiddenEvents() {
        let f = report.section("events")?.forbidden ?? []
        #expect(f.map(\.status) == [.clear, .clear, .violated, .notChecked, .notChecked])
        #expect(f.last?.detail.contains("France") == true)
        #expect(report.section("events")?.forbiddenViolations == 1)
    }

    @Test("Quotes match on word overlap; a (CODE) speaker needs an entity with that code")
    func quotes() {
        #expect(item("quotes", 0)?.status == .found)
        #expect(item("quotes", 1)?.status == .partial)
    }

    @Test("Timexes: the dateline counts via the document date; occurrences are counted")
    func timexes() {
        #expect(item("timexes", 0)?.status == .found)
        #expect(item("timexes", 1)?.status == .partial)
    }

    @Test("Figures and expectations compare every field the gold gives")
    func figuresAndExpectations() {
        #expect(item("figures", 0)?.status == .found)
        #expect(item("expectations", 0)?.status == .found)
    }

    @Test("Demands are looked for in the readout's demands list and counted in the total")
    func demands() {
        // The hand-built readout has no demands: the gold demand is missing, not silently passed.
        #expect(item("demands", 0)?.status == .missing)
        #expect(report.section("demands")?.total == 1)
        #expect(report.section("demands")?.found == 0)
    }

    @Test("Missing sections and fields are fine; bad JSON is an error")
    func robustness() throws {
        let facts = try GoldFacts.parse(Array(#"{"events": {"required": [{"source": ["USA"]}]}, "extra": {"required": [{"x": 1}]}}"#.utf8), name: "t")
        let r = GoldCheck(readout: GoldCheckFixture.readout, gold: facts).run(name: "t")
        #expect(r.section("events")?.items.first?.status == .notChecked)
        #expect(r.section("extra")?.items.first?.status == .notChecked)
        #expect(r.section("quotes") == nil)
        #expect(throws: GoldFacts.ReadError.self) { try GoldFacts.parse(Array("[1,".utf8), name: "bad") }
        let summary = GoldJSONSummary(reports: [GoldCheckFixture.report])
        #expect(summary.jsonText.contains("\"forbiddenViolations\""))
    }
}
