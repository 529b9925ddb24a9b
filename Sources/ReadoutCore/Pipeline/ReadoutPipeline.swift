import Foundation

/// The whole per-document pipeline: pure and deterministic, safe to run on many documents in parallel.
public struct ReadoutPipeline: Sendable {
    /// The stages after segmentation, in order.
    public let stages: [any ReadoutStage]
    /// The sentence splitter and tokenizer.
    public let splitter: SentenceSplitter

    /// Creates the standard pipeline: entities, time, quotes, figures, events.
    public init() {
        self.init(stages: ReadoutPipeline.standardStages())
    }

    /// Creates a pipeline with the given stages after segmentation.
    public init(stages: [any ReadoutStage]) {
        self.splitter = SentenceSplitter()
        self.stages = stages
    }

    /// The standard stages in the order they depend on each other.
    public static func standardStages() -> [any ReadoutStage] {
        [EntityStage(), TimeStage(), QuoteStage(), FigureStage(), EventStage(), LedgerStage()]
    }

    /// Reads one document.
    public func read(_ document: Document) -> DocumentReadout {
        let analyzed = splitter.analyze(document.text)
        return read(document, analyzed: analyzed)
    }

    /// Runs the stages over an already analysed text.
    public func read(_ document: Document, analyzed: AnalyzedText) -> DocumentReadout {
        var readout = DocumentReadout(document: document)
        readout.sentences = analyzed.sentences.map { SentenceSpan(start: $0.start, end: $0.end, kind: $0.kind) }
        for stage in stages {
            stage.run(on: analyzed, readout: &readout)
        }
        return readout
    }
}
