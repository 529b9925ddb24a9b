/// The events stage of the pipeline.
public struct EventStage: ReadoutStage {
    /// The stage name used in benchmark output.
    public let name = "events"

    /// Creates the stage.
    public init() {}

    /// Adds this stage's results to the readout.
    public func run(on text: AnalyzedText, readout: inout DocumentReadout) {
        // Not implemented yet: this stage arrives with its issue.
    }
}
