import ArgumentParser

/// `readout eval`: score the pipeline against gold data.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the pipeline against gold data (events, timex, quotes, ner, factuality).",
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
