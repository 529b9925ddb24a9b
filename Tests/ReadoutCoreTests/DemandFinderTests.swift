import Testing
import Foundation
@testable import ReadoutCore

@Suite("Demands within a document")
struct DemandFinderTests {
    /// A readout with a demand by Ankara of Stockholm and, later, Stockholm's reply.
    func readout(replyType: String, replyModality: Modality = .asserted) -> DocumentReadout {
        let text = "Ankara demanded the extradition of three activists, while Stockholm refused on Tuesday."
        var readout = DocumentReadout(document: Document(date: "2022-06-01", text: text))
        readout.entities = [
            Entity(id: "e1", name: "Turkish government", kind: .organization, actorCode: "TURGOV", country: "TUR"),
            Entity(id: "e2", name: "Swedish government", kind: .organization, actorCode: "SWEGOV", country: "SWE"),
        ]
        let demand = TextSpan(start: 0, end: 50, text: "Ankara demanded the extradition of three activists")
        let reply = TextSpan(start: 58, end: 75, text: "Stockholm refused")
        readout.events = [
            Event(id: "ev1", type: "REQUEST", source: ["e1"], target: ["e2"], date: DateWindow(value: "2022-06-01"), evidence: demand),
            Event(id: "ev2", type: replyType, source: ["e2"], target: ["e1"], modality: replyModality, evidence: reply),
        ]
        return readout
    }

    @Test("What is demanded is read after the cue, and a later refusal rejects it")
    func rejected() {
        let demands = DemandFinder().demands(in: readout(replyType: "REJECT"))
        #expect(demands.count == 1)
        #expect(demands.first?.what == "the extradition of three activists")
        #expect(demands.first?.by == ["e1"] && demands.first?.of == ["e2"])
        #expect(demands.first?.status == "rejected")
        #expect(demands.first?.answers == ["ev2"])
        #expect(demands.first?.stated == "2022-06-01")
    }

    @Test("An agreement meets a demand; a feared reply does not answer it")
    func metAndOpen() {
        #expect(DemandFinder().demands(in: readout(replyType: "AGREE")).first?.status == "met")
        #expect(DemandFinder().demands(in: readout(replyType: "AGREE", replyModality: .hypothetical)).first?.status == "open")
    }

    @Test("A request made of no one, or only of the asker's own state, is not a demand; one of a party at home is")
    func addressedToAnotherSide() {
        var readout = readout(replyType: "REJECT")
        readout.entities.append(Entity(id: "e3", name: "Turkish army", kind: .organization, actorCode: "TURMIL", country: "TUR"))
        readout.entities.append(Entity(id: "e4", name: "Turkish opposition", kind: .organization, actorCode: "TUROPP", country: "TUR"))
        readout.events[0].target = []
        #expect(DemandFinder().demands(in: readout).isEmpty)
        readout.events[0].target = ["e3"]
        #expect(DemandFinder().demands(in: readout).isEmpty)
        readout.events[0].target = ["e2", "e3"]
        #expect(DemandFinder().demands(in: readout).count == 1)
        readout.events[0].target = ["e4"]
        #expect(DemandFinder().demands(in: readout).count == 1)
    }

    @Test("What is demanded runs to the end of its clause past the event's words, after the last cue in them")
    func demandedText() {
        #expect(DemandFinder.demanded(in: "Moscow's core demands and the call for NATO to leave the Baltic states, while Kyiv waited",
                                      mentionBytes: 44) == "NATO to leave the Baltic states")
        #expect(DemandFinder.demanded(in: "The allies called on Russia to pull back its forces.", mentionBytes: 22)
                == "Russia to pull back its forces")
        #expect(DemandFinder.demanded(in: "Ankara demanded the extradition of three activists") == "the extradition of three activists")
    }

    @Test("A demand named by a noun alone is shown by its noun phrase")
    func bareNounDemand() {
        #expect(DemandFinder.isBareCue("demands.") && !DemandFinder.isBareCue("NATO to withdraw"))
        #expect(DemandFinder.nounPhrase(endingBefore: "accusing the United States of ignoring Russia's main ") == "Russia's main ")
        #expect(DemandFinder.nounPhrase(endingBefore: "Paris rejected the ") == "")
    }

    @Test("A readout without demands in its JSON still decodes")
    func decodesOlderReadouts() throws {
        let json = #"{"version":1,"document":{"id":"x","date":"2022-01-01","sha256":"00","text":"Hi."}}"#
        let decoded = try JSONDecoder().decode(DocumentReadout.self, from: Data(json.utf8))
        #expect(decoded.demands.isEmpty && decoded.events.isEmpty)
    }
}

@Suite("Datelines")
struct DatelineTests {
    @Test("The word after a dateline dash starts the sentence, so 'The United States' is the country")
    func datelineDash() {
        let text = "WASHINGTON — The United States delivered its written reply on Wednesday."
        var readout = DocumentReadout(document: Document(date: "2022-01-26", text: text))
        let analyzed = SentenceSplitter().analyze(text)
        EntityStage().run(on: analyzed, readout: &readout)
        let country = readout.entities.first { $0.actorCode == "USA" }
        #expect(country?.mentions.first?.text == "United States")
        #expect(!readout.entities.contains { $0.name == "The United States" })
    }
}
