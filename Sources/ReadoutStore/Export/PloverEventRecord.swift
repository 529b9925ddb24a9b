/// A POLECAT/PLOVER-style JSON record of one stored event (one object per line in exports).
public struct PloverEventRecord: Sendable, Codable, Hashable {
    /// One report of the event.
    public struct Mention: Sendable, Codable, Hashable {
        /// The `story_id` field.
        public var story_id: String
        /// The `publisher` field.
        public var publisher: String?
        /// The `url` field.
        public var url: String?
        /// The `story_date` field.
        public var story_date: String
        /// The `event_text` field.
        public var event_text: String
        /// The `start` field.
        public var start: Int
        /// The `end` field.
        public var end: Int
        /// The `modality` field.
        public var modality: String
        /// The `claimant` field.
        public var claimant: String?
    }

    /// The `event_id` field.
    public var event_id: String
    /// The `event_date` field.
    public var event_date: String
    /// The `event_type` field.
    public var event_type: String
    /// The `event_mode` field.
    public var event_mode: String?
    /// The `cameo` field.
    public var cameo: String?
    /// The `quad_class` field.
    public var quad_class: Int?
    /// The `score` field.
    public var score: Double?
    /// The `modality` field.
    public var modality: String
    /// The `actor` field.
    public var actor: String?
    /// The `actor_code` field.
    public var actor_code: String?
    /// The `actor_country` field.
    public var actor_country: String?
    /// The `actor_sector` field.
    public var actor_sector: String?
    /// The `recipient` field.
    public var recipient: String?
    /// The `recipient_code` field.
    public var recipient_code: String?
    /// The `recipient_country` field.
    public var recipient_country: String?
    /// The `recipient_sector` field.
    public var recipient_sector: String?
    /// The `actors` field.
    public var actors: [Party]
    /// The `recipients` field.
    public var recipients: [Party]
    /// The `placename` field.
    public var placename: String?
    /// The `num_mentions` field.
    public var num_mentions: Int
    /// The `num_articles` field.
    public var num_articles: Int
    /// The `num_sources` field.
    public var num_sources: Int
    /// The `mentions` field.
    public var mentions: [Mention]

    /// The record for a stored event.
    public init(_ event: StoredEvent) {
        event_id = "readout-\(event.id)"
        event_date = event.start ?? event.date
        event_type = event.type
        event_mode = event.mode
        cameo = event.cameo
        quad_class = event.quadClass
        score = event.score
        modality = event.modality
        actor = event.sources.first?.name
        actor_code = event.sources.first?.actorCode
        actor_country = event.sources.first?.country
        actor_sector = event.sources.first?.sector
        recipient = event.targets.first?.name
        recipient_code = event.targets.first?.actorCode
        recipient_country = event.targets.first?.country
        recipient_sector = event.targets.first?.sector
        actors = event.sources
        recipients = event.targets
        placename = event.location
        num_mentions = event.numMentions
        num_articles = event.numArticles
        num_sources = event.numSources
        mentions = event.evidence.map {
            Mention(story_id: $0.document, publisher: $0.publisher, url: $0.url, story_date: $0.documentDate, event_text: $0.text,
                    start: $0.start, end: $0.end, modality: $0.modality, claimant: $0.claimant)
        }
    }
}
