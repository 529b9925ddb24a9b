/// The entities stage: finds every name, title, role description, pronoun and descriptive reference and
/// resolves them to entities with actor codes as of the document date.
///
/// Representation of a country and its government: the country is one entity (kind `country`, actor code
/// `RUS`, mentions "Russia", "Russian"); its government is another (kind `organization`, actor code
/// `RUSGOV`, name "Russian government") whose mentions are "the Russian government", "Russian officials" and
/// the capital or seat of power when it acts ("Moscow demands", "the Kremlin's demands"). Likewise
/// `RUSMIL` ("Russian troops") and `RUSMED` ("Russia's state news agencies"). A capital as a place
/// ("talks in Geneva", "in Moscow") is a `place` entity with no actor code. People carry the actor code of
/// the office they hold on the document date.
public struct EntityStage: ReadoutStage {
    /// The stage name used in benchmark output.
    public let name = "entities"
    /// The compiled knowledge base.
    let gazetteer: EntityGazetteer

    /// Creates the stage over the shipped knowledge base.
    public init() {
        gazetteer = .shipped
    }

    /// Creates the stage over `knowledgeBase`.
    public init(knowledgeBase: KnowledgeBase) {
        gazetteer = EntityGazetteer(kb: knowledgeBase)
    }

    /// Adds this stage's results to the readout.
    public func run(on text: AnalyzedText, readout: inout DocumentReadout) {
        let starts = text.tokens.isEmpty || text.sentences.count < 2 ? nil : text.sentences.map(\.start)
        readout.entities = recognize(bytes: text.bytes, date: readout.document.date, sentenceStarts: starts).entities
    }

    /// Recognises and resolves the entities of a text dated `date` (`YYYY-MM-DD`).
    public func recognize(text: String, date: String) -> EntityRecognition {
        recognize(bytes: Array(text.utf8), date: date, sentenceStarts: nil)
    }

    /// Recognises entities in UTF-8 `bytes`; `sentenceStarts` are scalar offsets of sentence starts, if known.
    func recognize(bytes: [UInt8], date: String, sentenceStarts: [Int]?) -> EntityRecognition {
        var resolver = EntityResolver(gazetteer: gazetteer, date: date, bytes: bytes, sentenceStarts: sentenceStarts)
        return resolver.resolve()
    }
}
