import ArgumentParser
import ReadoutCore

/// The `readout` command: turns dated news reports into event data.
@main
struct Readout: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readout",
        abstract: "Turn dated news reports into entities, events, quotes, figures and a ledger of promises.",
        discussion: """
        Exit status: 0 when every record was read, 1 when some records were skipped \
        (each with a message naming its file and line or record), 2 when none could be read \
        or the arguments are wrong.
        """,
        version: ReadoutVersion.current,
        subcommands: [
            ReadCommand.self, IngestCommand.self,
            EventsCommand.self, QuotesCommand.self, EntitiesCommand.self, TimelineCommand.self, LedgerCommand.self,
            ShowCommand.self, ExportCommand.self,
            EvalCommand.self, BenchCommand.self, KBCommand.self,
        ]
    )
}
