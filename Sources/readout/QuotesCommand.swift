import ArgumentParser
import ReadoutStore

/// `readout quotes`: who said what, filtered by speaker and words.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quotations with their speakers, filtered by speaker and words.",
        discussion: "Examples: readout quotes --speaker Lavrov; readout quotes --text 'written response' --format json"
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "The speaker: a name (substring), actor code or KB id.") var speaker: String?
    @Option(help: "Full-text search over the quoted words (FTS5 syntax).") var text: String?
    @Option(help: "First day (YYYY-MM-DD).") var from: String?
    @Option(help: "Last day (YYYY-MM-DD).") var to: String?
    @Option(help: "At most this many quotes (0: all).") var limit: Int = 100
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try validateDay(from, "--from")
        try validateDay(to, "--to")
    }

    func run() throws {
        var query = QuoteQuery()
        query.speaker = speaker
        query.text = text
        query.from = from
        query.to = to
        query.limit = limit
        let store = try store.open()
        emit(try answering { try store.quotes(query) }, format: output.format)
    }
}

extension StoredQuote: Tabular {
    static var columns: [String] { ["date", "document", "speaker", "code", "kind", "cue", "text"] }

    var cells: [String] { [date, document, speaker ?? "", speakerCode ?? "", kind, cue ?? "", text] }
}
