/// An entity taking part in a stored event.
public struct Party: Sendable, Codable, Hashable {
    /// The store-wide entity id.
    public var entity: Int64
    /// Canonical name.
    public var name: String
    /// person, country, organization, place, group or unknown.
    public var kind: String
    /// CAMEO-style actor code, when known.
    public var actorCode: String?
    /// ISO 3166-1 alpha-3 country.
    public var country: String?
    /// Sector code (GOV, MIL, …).
    public var sector: String?
    /// Knowledge-base id.
    public var kbID: String?

    /// Creates a party.
    public init(entity: Int64, name: String, kind: String, actorCode: String? = nil, country: String? = nil,
                sector: String? = nil, kbID: String? = nil) {
        self.entity = entity
        self.name = name
        self.kind = kind
        self.actorCode = actorCode
        self.country = country
        self.sector = sector
        self.kbID = kbID
    }
}

/// One document's report of an event: the evidence kept for each mention.
public struct EventEvidence: Sendable, Codable, Hashable {
    /// The reporting document's id.
    public var document: String
    /// The publisher.
    public var publisher: String?
    /// The document's URL.
    public var url: String?
    /// The document's date.
    public var documentDate: String
    /// The event date this report gives.
    public var date: String?
    /// The modality in this report.
    public var modality: String
    /// Who claims it, for reported events.
    public var claimant: String?
    /// The evidence text.
    public var text: String
    /// Evidence start (Unicode scalars).
    public var start: Int
    /// Evidence end (Unicode scalars, exclusive).
    public var end: Int
    /// Mentions of the event in this document.
    public var count: Int

    /// Creates evidence.
    public init(document: String, publisher: String?, url: String?, documentDate: String, date: String?, modality: String,
                claimant: String?, text: String, start: Int, end: Int, count: Int) {
        self.document = document
        self.publisher = publisher
        self.url = url
        self.documentDate = documentDate
        self.date = date
        self.modality = modality
        self.claimant = claimant
        self.text = text
        self.start = start
        self.end = end
        self.count = count
    }
}

/// An event merged across documents: one real event with its mentions, articles and sources counted.
public struct StoredEvent: Sendable, Codable, Hashable {
    /// Store-wide event id.
    public var id: Int64
    /// PLOVER type.
    public var type: String
    /// PLOVER mode.
    public var mode: String?
    /// CAMEO code.
    public var cameo: String?
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quadClass: Int?
    /// PLOVER/Goldstein score.
    public var score: Double?
    /// Modality.
    public var modality: String
    /// TIMEX3 date value.
    public var date: String
    /// First ISO day covered.
    public var start: String?
    /// Last ISO day covered.
    public var end: String?
    /// Place name.
    public var location: String?
    /// Source entities.
    public var sources: [Party]
    /// Target entities.
    public var targets: [Party]
    /// Mentions across all documents (GDELT NumMentions).
    public var numMentions: Int
    /// Documents reporting it (GDELT NumArticles).
    public var numArticles: Int
    /// Distinct publishers reporting it (GDELT NumSources).
    public var numSources: Int
    /// Evidence: the first report's, or every report's when asked for.
    public var evidence: [EventEvidence]

    /// Creates a stored event.
    public init(id: Int64, type: String, mode: String?, cameo: String?, quadClass: Int?, score: Double?, modality: String,
                date: String, start: String?, end: String?, location: String?, sources: [Party], targets: [Party],
                numMentions: Int, numArticles: Int, numSources: Int, evidence: [EventEvidence]) {
        self.id = id
        self.type = type
        self.mode = mode
        self.cameo = cameo
        self.quadClass = quadClass
        self.score = score
        self.modality = modality
        self.date = date
        self.start = start
        self.end = end
        self.location = location
        self.sources = sources
        self.targets = targets
        self.numMentions = numMentions
        self.numArticles = numArticles
        self.numSources = numSources
        self.evidence = evidence
    }
}
