import ArgumentParser

/// `readout eval`: score the pipeline against gold data.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the pipeline against gold data (events, factuality, gold facts, ner, quotes, timex).",
        discussion: "Each subcommand's --help names the gold format it reads and what it scores.",
        subcommands: [
            EvalEventsCommand.self,
            EvalFactualityCommand.self,
            EvalGoldCommand.self,
            EvalNerCommand.self,
            EvalQuotesCommand.self,
            EvalTimexCommand.self,
        ]
    )
}
