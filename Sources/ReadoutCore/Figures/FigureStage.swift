/// The figures stage: counts and amounts with bound, what they count, whose they are and who claims them.
///
/// Runs after the quote stage: a figure inside a quotation or a reported clause is claimed by its speaker.
public struct FigureStage: ReadoutStage {
    /// The stage name used in benchmark output.
    public let name = "figures"
    /// Demonyms and seats of power.
    let knowledge: KnowledgeBase

    /// Creates the stage with the shipped knowledge base.
    public init() {
        self.knowledge = KnowledgeBase.shipped
    }

    /// Creates the stage with a given knowledge base.
    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// Adds the document's figures to the readout.
    public func run(on text: AnalyzedText, readout: inout DocumentReadout) {
        let prose = text.prose
        // A figure must be a finite number: "1111…1" written out past Double's range is not one.
        readout.figures = FigureFinder(text: prose, readout: readout, knowledge: knowledge).figures().filter { $0.value.isFinite }
    }
}
