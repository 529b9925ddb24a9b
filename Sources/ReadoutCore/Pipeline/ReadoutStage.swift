/// One step of the pipeline: reads the analysed text and what earlier stages wrote, adds its own results.
public protocol ReadoutStage: Sendable {
    /// A short name for progress and benchmark output ("entities", "time").
    var name: String { get }
    /// Adds this stage's results to `readout`.
    func run(on text: AnalyzedText, readout: inout DocumentReadout)
}
