/// The time stage of the pipeline: finds time expressions and resolves them against the document date.
public struct TimeStage: ReadoutStage {
    /// The stage name used in benchmark output.
    public let name = "time"

    /// Creates the stage.
    public init() {}

    /// Adds the document's time expressions (TIMEX3 type and value) to the readout.
    public func run(on text: AnalyzedText, readout: inout DocumentReadout) {
        guard let date = ISODay(readout.document.date.prefix(10)) else { return }
        readout.timexes = TimexResolver.timexes(in: text.bytes, date: date)
    }
}
