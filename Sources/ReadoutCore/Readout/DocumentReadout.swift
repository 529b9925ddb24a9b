/// Everything Readout read in one document: the JSON contract for the store, the API and exports.
public struct DocumentReadout: Sendable, Codable, Hashable {
    /// The contract version; bump it when a field changes meaning.
    public var version: Int = 1
    /// The document read.
    public var document: Document
    /// Sentence-like units with their spans and kinds.
    public var sentences: [SentenceSpan] = []
    /// Entities with their mentions.
    public var entities: [Entity] = []
    /// Time expressions with resolved TIMEX3 values.
    public var timexes: [Timex] = []
    /// Direct, partial and indirect quotations with their speakers.
    public var quotes: [Quote] = []
    /// Numbers with what they count and who claims them.
    public var figures: [Figure] = []
    /// PLOVER events with modality, date, place and evidence.
    public var events: [Event] = []
    /// Announced future actions with a due window.
    public var expectations: [Expectation] = []
    /// Demands made in the document, with the answers it reports.
    public var demands: [Demand] = []

    /// Creates a readout of `document` with empty result lists.
    public init(document: Document) {
        self.document = document
    }

    private enum CodingKeys: String, CodingKey {
        case version, document, sentences, entities, timexes, quotes, figures, events, expectations, demands
    }

    /// Decodes a readout; lists missing from the JSON (older or partial readouts) read as empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        document = try c.decode(Document.self, forKey: .document)
        sentences = try c.decodeIfPresent([SentenceSpan].self, forKey: .sentences) ?? []
        entities = try c.decodeIfPresent([Entity].self, forKey: .entities) ?? []
        timexes = try c.decodeIfPresent([Timex].self, forKey: .timexes) ?? []
        quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        figures = try c.decodeIfPresent([Figure].self, forKey: .figures) ?? []
        events = try c.decodeIfPresent([Event].self, forKey: .events) ?? []
        expectations = try c.decodeIfPresent([Expectation].self, forKey: .expectations) ?? []
        demands = try c.decodeIfPresent([Demand].self, forKey: .demands) ?? []
    }
}
