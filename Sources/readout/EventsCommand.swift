import ArgumentParser
import ReadoutCore
import ReadoutStore

/// `readout events`: events merged across documents, with filters.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List events merged across documents (one real event, several mentions), filtered.",
        discussion: """
        Actors are actor codes (a prefix: RUS matches RUSGOV and RUSMIL), names (a substring) or KB ids. \
        Examples: readout events --actor RUS --from 2022-01-01; readout events --actor USA --with RUS --type REJECT; \
        readout events --text 'Geneva AND talks' --format csv
        """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "Events with this actor on either side.") var actor: String?
    @Option(help: "With --actor: only events between the two (a dyad, either direction).") var with: String?
    @Option(help: "Events with this actor as a source.") var source: String?
    @Option(help: "Events with this actor as a target.") var target: String?
    @Option(help: "PLOVER type (AGREE, CONSULT, …, ASSAULT).") var type: String?
    @Option(help: "asserted, negated, denied, reported, conditional, hypothetical or future.") var modality: String?
    @Option(help: "First day (YYYY-MM-DD).") var from: String?
    @Option(help: "Last day (YYYY-MM-DD).") var to: String?
    @Option(help: "Place name (substring).") var place: String?
    @Option(help: "Full-text search over the reporting documents (FTS5 syntax).") var text: String?
    @Option(help: "At most this many events (0: all).") var limit: Int = 100
    @Flag(help: "Include every report's evidence (JSON formats).") var evidence = false
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try validateDay(from, "--from")
        try validateDay(to, "--to")
        if with != nil && actor == nil { throw ValidationError("--with needs --actor") }
    }

    func run() throws {
        var query = EventQuery()
        query.actor = actor
        query.with = with
        query.source = source
        query.target = target
        query.type = type
        query.modality = modality
        query.from = from
        query.to = to
        query.place = place
        query.text = text
        query.limit = limit
        query.withEvidence = evidence
        let store = try store.open()
        emit(try answering { try store.events(query) }, format: output.format)
    }
}

/// Rejects a day option that is not YYYY-MM-DD.
func validateDay(_ value: String?, _ name: String) throws {
    if let value, !ISODay.isValid(value) { throw ValidationError("\(name) must be a day as YYYY-MM-DD, got '\(value)'") }
}

/// Names of parties, joined, with their actor codes.
func partyList(_ parties: [Party]) -> String {
    parties.map { party in party.actorCode.map { "\(party.name) (\($0))" } ?? party.name }.joined(separator: "; ")
}

extension StoredEvent: Tabular {
    static var columns: [String] {
        ["id", "date", "type", "modality", "source", "target", "place", "mentions", "articles", "sources", "score", "evidence"]
    }

    var cells: [String] {
        [String(id), date, type, modality, partyList(sources), partyList(targets), location ?? "", String(numMentions),
         String(numArticles), String(numSources), decimal(score), evidence.first?.text ?? ""]
    }
}
