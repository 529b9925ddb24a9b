/// The quotes stage: direct, partial and indirect quotations with speakers resolved to entities.
public struct QuoteStage: ReadoutStage {
    /// The stage name used in benchmark output.
    public let name = "quotes"

    /// Creates the stage.
    public init() {}

    /// Adds the document's quotations to the readout.
    public func run(on text: AnalyzedText, readout: inout DocumentReadout) {
        let prose = text.prose
        readout.quotes = QuoteFinder(text: prose, entities: readout.entities).quotes()
    }
}
