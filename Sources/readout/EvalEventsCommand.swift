import ArgumentParser
import Foundation
import ReadoutCore

/// `readout eval events FILE`: scores event coding against PLOVER gold sentences.
struct EvalEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Score event type, source and target against PLOVER gold sentences (plover-gsr JSON).",
        discussion: """
        Each gold record's text is read as a one-sentence document dated by the record (2000-01-01). \
        Old PLOVER names are mapped: DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT. \
        Our top event in a sentence is the first factual one (asserted, reported, or a conditional THREATEN: the threat \
        was made) in text order, else the first. \
        typeAccuracy: share of gold sentences whose top event has the gold type (no event counts as wrong). \
        sourceAccuracy / targetAccuracy: over gold sentences with a gold source (target), share whose top event's \
        source (target) countries include a gold country; the country+sector figures compare full actor codes \
        (gold code+sector, ours the entity's actor code). An entity's country is its ISO code, else the first three \
        letters of its actor code; international organisations without one count as IGO. \
        Triples: the gold codes one event per sentence, so per sentence we compare the (type, source country, \
        target country) triples of our top event, if it is factual ('-' for a missing side; compound actors give \
        several), with the gold's; precision = matched ours / ours, recall = matched gold / gold. The precision \
        of the triples of all our factual events is printed as well (allEventsPrecision). A reciprocal event is told \
        two ways: the gold tags its parties SRC/TAR (or lists several sources and no target), we give source A, target B \
        and mark it reciprocal; when both sides are reciprocal they are compared as parties, (type, party, -). \
        --errors prints every sentence whose triples differ from the gold's (gold triples, ours, and all our events), \
        then the error breakdown: each such sentence counted under its first cause (no event, not factual, wrong type, \
        source missing/wrong, target missing/wrong/extra, compound actor missed/extra) with the gold triples missed and \
        our triples the gold does not list.
        """
    )

    @Argument(help: "The PLOVER gold file (JSON array; the first record is documentation).")
    var file: String

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @Flag(help: "Print every sentence whose type, source or target is wrong.")
    var verbose = false

    @Flag(help: "Print every sentence whose triples differ from the gold's, with all our events, then the error breakdown by cause.")
    var errors = false

    @Flag(help: "With --errors, print the correctly coded sentences as well.")
    var all = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("eval events: cannot read \(file)")
            throw ExitCode(2)
        }
        guard let records = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
            printError("eval events: \(file) is not a JSON array of records")
            throw ExitCode(2)
        }
        var score = EventScore()
        // The gold scores no dates (every record is dated 2000-01-01), so the time stage is left out.
        let pipeline = ReadoutPipeline(stages: ReadoutPipeline.standardStages().filter { !($0 is TimeStage) })
        for record in records {
            guard let gold = EventGoldSentence(record: record) else { continue }
            let document = Document(date: gold.date, text: gold.text)
            let readout = pipeline.read(document)
            let result = score.add(gold: gold, readout: readout)
            if (verbose || errors), result.cause != .correct || all { print(result.describe()) }
        }
        if json {
            let figures: [String: Double] = [
                "typeAccuracy": score.typeAccuracy, "sourceAccuracy": score.sourceAccuracy, "targetAccuracy": score.targetAccuracy,
                "sourceSectorAccuracy": score.sourceSectorAccuracy, "targetSectorAccuracy": score.targetSectorAccuracy,
                "precision": score.precision, "recall": score.recall, "f1": score.f1, "sentences": Double(score.sentences),
                "allEventsPrecision": score.allEventsPrecision,
            ]
            let out = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
            print(String(decoding: out, as: UTF8.self))
        } else {
            print(score.report())
        }
        if errors { print(score.breakdown()) }
    }
}
