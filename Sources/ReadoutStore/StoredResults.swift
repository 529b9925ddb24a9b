/// A stored quotation with its speaker and document.
public struct StoredQuote: Sendable, Codable, Hashable {
    /// The document's id.
    public var document: String
    /// The document's date.
    public var date: String
    /// The speaker's name, when known.
    public var speaker: String?
    /// The speaker's actor code.
    public var speakerCode: String?
    /// direct, partial or indirect.
    public var kind: String
    /// The attribution cue.
    public var cue: String?
    /// The quoted words.
    public var text: String
    /// Start in the document (Unicode scalars).
    public var start: Int
    /// End in the document (Unicode scalars, exclusive).
    public var end: Int

    /// Creates a stored quote.
    public init(document: String, date: String, speaker: String?, speakerCode: String?, kind: String, cue: String?,
                text: String, start: Int, end: Int) {
        self.document = document
        self.date = date
        self.speaker = speaker
        self.speakerCode = speakerCode
        self.kind = kind
        self.cue = cue
        self.text = text
        self.start = start
        self.end = end
    }
}

/// An entity with one identity across documents.
public struct StoredEntity: Sendable, Codable, Hashable {
    /// Store-wide id.
    public var id: Int64
    /// Canonical name.
    public var name: String
    /// What it is.
    public var kind: String
    /// Actor code.
    public var actorCode: String?
    /// Country.
    public var country: String?
    /// Sector.
    public var sector: String?
    /// Role on the latest document date.
    public var role: String?
    /// Knowledge-base id.
    public var kbID: String?
    /// Documents mentioning it.
    public var documents: Int
    /// Mentions across documents.
    public var mentions: Int
    /// First document date.
    public var firstSeen: String?
    /// Latest document date.
    public var lastSeen: String?

    /// Creates a stored entity.
    public init(id: Int64, name: String, kind: String, actorCode: String?, country: String?, sector: String?,
                role: String?, kbID: String?, documents: Int, mentions: Int, firstSeen: String?, lastSeen: String?) {
        self.id = id
        self.name = name
        self.kind = kind
        self.actorCode = actorCode
        self.country = country
        self.sector = sector
        self.role = role
        self.kbID = kbID
        self.documents = documents
        self.mentions = mentions
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }
}

/// One day of an actor's timeline.
public struct TimelineDay: Sendable, Codable, Hashable {
    /// The ISO day.
    public var day: String
    /// Verbal cooperation events.
    public var verbalCooperation = 0
    /// Material cooperation events.
    public var materialCooperation = 0
    /// Verbal conflict events.
    public var verbalConflict = 0
    /// Material conflict events.
    public var materialConflict = 0
    /// All events that day (including untyped quad).
    public var total = 0
    /// Mean PLOVER/Goldstein score of the scored events.
    public var meanScore: Double?

    /// Creates an empty day.
    public init(day: String) {
        self.day = day
    }
}

/// A linked event in the ledger: what fulfilled an expectation or answered a demand.
public struct LedgerLink: Sendable, Codable, Hashable {
    /// Store-wide event id.
    public var event: Int64
    /// PLOVER type.
    public var type: String
    /// The event's date.
    public var date: String
    /// The reporting document.
    public var document: String
    /// fulfilled, met, rejected or answered.
    public var outcome: String
    /// The evidence text.
    public var evidence: String

    /// Creates a link.
    public init(event: Int64, type: String, date: String, document: String, outcome: String, evidence: String) {
        self.event = event
        self.type = type
        self.date = date
        self.document = document
        self.outcome = outcome
        self.evidence = evidence
    }
}

/// An expectation or a demand with its status on the ledger's day.
public struct LedgerEntry: Sendable, Codable, Hashable {
    /// Expectation or demand.
    public enum Kind: String, Sendable, Codable, Hashable {
        /// An announced action with a due window: pending, fulfilled or overdue.
        case expectation
        /// A demand: open until met, rejected or answered.
        case demand
    }

    /// Expectation or demand.
    public var kind: Kind
    /// Store-wide id (the expectation's, or the demand's REQUEST event's).
    public var id: Int64
    /// pending, fulfilled or overdue (expectations); open, met, rejected or answered (demands).
    public var status: String
    /// Who is expected to act, or who demands.
    public var actor: String
    /// For whom the action is, or of whom it is demanded.
    public var counterpart: String?
    /// The promised action, or the demand's evidence.
    public var what: String
    /// The due window's TIMEX3 value (expectations).
    public var due: String?
    /// First day of the due window.
    public var dueStart: String?
    /// Last day of the due window.
    public var dueEnd: String?
    /// When it was first stated.
    public var stated: String
    /// The document that stated it.
    public var document: String
    /// The day it was fulfilled or answered, on the ledger's day.
    public var resolved: String?
    /// The events that fulfilled or answered it (known by the ledger's day).
    public var links: [LedgerLink]

    /// Creates a ledger entry.
    public init(kind: Kind, id: Int64, status: String, actor: String, counterpart: String?, what: String, due: String?,
                dueStart: String?, dueEnd: String?, stated: String, document: String, resolved: String?, links: [LedgerLink]) {
        self.kind = kind
        self.id = id
        self.status = status
        self.actor = actor
        self.counterpart = counterpart
        self.what = what
        self.due = due
        self.dueStart = dueStart
        self.dueEnd = dueEnd
        self.stated = stated
        self.document = document
        self.resolved = resolved
        self.links = links
    }
}
