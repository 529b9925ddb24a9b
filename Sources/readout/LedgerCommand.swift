import ArgumentParser
import ReadoutStore

/// `readout ledger`: promised actions and demands with their status, as of a day.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "Expectations (pending, fulfilled, overdue) and demands (open, answered, rejected, met), as of a day.",
        discussion: """
        Only reports dated on or before --as-of count, so the ledger shows what was known that day. \
        Examples: readout ledger; readout ledger --as-of 2022-01-25; readout ledger --status open --actor RUS
        """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "Read the ledger as it stood on this day (default: today).") var asOf: String?
    @Option(help: "pending, fulfilled, overdue, open, answered, rejected or met.") var status: String?
    @Option(help: "Only entries with this actor (code prefix or name).") var actor: String?
    @Option(help: "expectation or demand.") var kind: String?
    @Option(help: "At most this many entries (0: all), latest first.") var limit: Int = 200
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try validateDay(asOf, "--as-of")
        if let kind, LedgerEntry.Kind(rawValue: kind) == nil { throw ValidationError("--kind must be expectation or demand") }
    }

    func run() throws {
        var query = LedgerQuery()
        query.asOf = asOf
        query.status = status
        query.actor = actor
        query.kind = kind.flatMap(LedgerEntry.Kind.init(rawValue:))
        query.limit = limit
        let store = try store.open()
        emit(try answering { try store.ledger(query) }, format: output.format)
    }
}

extension LedgerEntry: Tabular {
    static var columns: [String] { ["kind", "status", "stated", "actor", "counterpart", "what", "due", "resolved", "by"] }

    var cells: [String] {
        let by = links.map { "\($0.type) \($0.date) [\($0.document)]" }.joined(separator: "; ")
        let window = due.map { value in dueStart.map { "\(value) (\($0)…\(dueEnd ?? $0))" } ?? value } ?? ""
        return [kind.rawValue, status, stated, actor, counterpart ?? "", what, window, resolved ?? "", by]
    }
}
