/// One PLOVER gold sentence: text, event type (mapped to today's names), source and target actors.
public struct EventGoldSentence: Sendable {
    /// One gold actor: its country (ISO 3166-1 alpha-3, old codes mapped) and its country+sector code.
    public struct Actor: Sendable, Equatable {
        /// Country code, e.g. "USA".
        public var country: String
        /// Country and sector, e.g. "USAGOV" ("USA" when the gold gives no sector).
        public var code: String
        /// Creates an actor.
        public init(country: String, code: String) {
            self.country = country
            self.code = code
        }
    }

    /// The sentence.
    public var text: String
    /// The record's date (every record of the dev file is dated 2000-01-01).
    public var date: String
    /// The PLOVER type with the old names mapped.
    public var type: String
    /// Gold source actors.
    public var sources: [Actor]
    /// Gold target actors.
    public var targets: [Actor]
    /// True when the gold codes a reciprocal event: its markup tags the parties SRC/TAR (each is source and
    /// target), or it names several sources and no target ("A and B met").
    public var reciprocal: Bool

    /// Old PLOVER 0.5 type names and today's.
    public static let renamed = ["DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"]
    /// Old country codes of the gold file and their ISO 3166-1 alpha-3 codes.
    public static let oldCodes = ["JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "GER": "DEU", "UK": "GBR"]

    /// Creates a gold sentence by hand (tests).
    public init(text: String, date: String = "2000-01-01", type: String, sources: [Actor], targets: [Actor]) {
        self.text = text
        self.date = date
        self.type = EventGoldSentence.renamed[type] ?? type
        self.sources = sources
        self.targets = targets
        self.reciprocal = sources.count >= 2 && targets.isEmpty
    }

    /// Reads one record of the plover-gsr JSON array; nil for the documentation record or a record without text.
    public init?(record: [String: Any]) {
        guard let event = record["event"] as? String, event != "DOCUMENT", let text = record["text"] as? String else { return nil }
        var trimmed = Substring(text)
        while trimmed.first == " " { trimmed = trimmed.dropFirst() }
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        self.text = String(trimmed)
        self.date = (record["date"] as? String).flatMap { ISODay.isValid($0) ? $0 : nil } ?? "2000-01-01"
        self.type = EventGoldSentence.renamed[event] ?? event
        sources = EventGoldSentence.actors(record["source"])
        targets = EventGoldSentence.actors(record["target"])
        let markup = (record["textInfo"] as? [String: Any])?["markup"] as? String ?? ""
        reciprocal = (markup.contains("SRC/TAR") || sources.count >= 2) && targets.isEmpty
    }

    /// The actors of a `source` or `target` field (a list of `{actorText, code, sector}` or "").
    static func actors(_ value: Any?) -> [Actor] {
        guard let list = value as? [[String: Any]] else { return [] }
        return list.compactMap { item in
            guard let raw = item["code"] as? String, !raw.isEmpty else { return nil }
            let country = oldCodes[raw] ?? raw
            let sector = (item["sector"] as? String).map { String($0.prefix(3)) } ?? ""
            return Actor(country: country, code: country + (sector.allSatisfy(\.isLetter) ? sector : ""))
        }
    }

    /// The gold (type, source country, target country) triples: one per source and target pair, "-" for a missing side.
    public var triples: Set<String> {
        var set = Set<String>()
        for s in sources.isEmpty ? ["-"] : sources.map(\.country) {
            for t in targets.isEmpty ? ["-"] : targets.map(\.country) { set.insert("\(type) \(s) \(t)") }
        }
        return set
    }
}
