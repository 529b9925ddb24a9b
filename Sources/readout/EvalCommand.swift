import ArgumentParser

/// `readout eval`: score the pipeline against gold data.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the pipeline against gold data (events, timex, quotes, ner, factuality).",
        subcommands: [
            // One line per scorer; each lives in its own Eval*Command.swift file.
            EvalEventsCommand.self,
            EvalFactualityCommand.self,
        ]
    )
}
