/// The ledger stage: the document's demands, read from its REQUEST events, with the replies it reports.
public struct LedgerStage: ReadoutStage {
    /// The stage name used in benchmark output.
    public let name = "ledger"

    /// Creates the stage.
    public init() {}

    /// Adds the document's demands to the readout.
    public func run(on text: AnalyzedText, readout: inout DocumentReadout) {
        readout.demands = DemandFinder().demands(in: readout)
    }
}
