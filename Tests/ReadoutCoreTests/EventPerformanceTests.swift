import Foundation
import Testing
@testable import ReadoutCore

/// The event stage's cost grows with the document, not with its square.
@Suite struct EventPerformanceTests {
    /// Runs the stages before events, then times the event stage alone (best of `runs`).
    private func eventSeconds(_ text: String, runs: Int = 2) -> (seconds: Double, readout: DocumentReadout) {
        let document = Document(date: "2023-03-10", text: text)
        let before = ReadoutPipeline(stages: [EntityStage(), TimeStage(), QuoteStage(), FigureStage()])
        let analyzed = before.splitter.analyze(text)
        let prepared = before.read(document, analyzed: analyzed)
        var best = Double.infinity
        var result = prepared
        for _ in 0..<runs {
            var readout = prepared
            let clock = ContinuousClock()
            let elapsed = clock.measure { EventStage().run(on: analyzed, readout: &readout) }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = min(best, seconds)
            result = readout
        }
        return (best, result)
    }

    /// Seconds per sentence of the long text over seconds per sentence of the short one.
    private func growth(_ unit: String, short: Int, long: Int, prefix: String = "") -> Double {
        let small = eventSeconds(prefix + String(repeating: unit, count: short)).seconds
        let large = eventSeconds(prefix + String(repeating: unit, count: long)).seconds
        return (large / Double(long)) / (max(small, 1e-4) / Double(short))
    }

    @Test func longQuoteWithoutSentenceBreaksIsCodedInLinearTime() {
        // An unclosed quote of lowercase sentences: the splitter sees one unit of thousands of words.
        let ratio = growth("we will meet next week. ", short: 200, long: 2000, prefix: "Lavrov said \"")
        // Ten times the text must not cost a hundred times as much; allow noise up to four times the per-sentence cost.
        #expect(ratio < 4, "per-sentence cost grew \(ratio)x from 200 to 2000 sentences")
    }

    @Test func longReportWithManyEventsIsCodedInLinearTime() {
        let unit = "Russia and Ukraine met in Vienna on Monday. France criticised Germany over the sanctions. "
        let ratio = growth(unit, short: 100, long: 1000)
        #expect(ratio < 4, "per-sentence cost grew \(ratio)x from 100 to 1000 units")
    }

    @Test func longDocumentStillFindsItsEvents() {
        let text = "Lavrov said \"" + String(repeating: "we will meet next week. ", count: 2000)
        let (seconds, readout) = eventSeconds(text, runs: 1)
        #expect(seconds < 5)
        #expect(readout.events.contains { $0.type == "CONSULT" })
    }
}
