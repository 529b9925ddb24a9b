import ArgumentParser

/// `readout kb`: build, inspect and extend the knowledge base.
struct KBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Build, inspect and extend the knowledge base (countries, organisations, people with dated roles, places).",
        subcommands: [KBBuildCommand.self, KBLookupCommand.self, KBStatsCommand.self, KBImportPetrarchCommand.self]
    )
}
