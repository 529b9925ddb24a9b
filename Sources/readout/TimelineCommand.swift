import ArgumentParser
import ReadoutStore

/// `readout timeline`: an actor's events per day by quad class, with the mean score.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Per day: an actor's events by quad class (verbal/material cooperation/conflict) and mean score.",
        discussion: "Examples: readout timeline --actor RUS; readout timeline --actor USA --with RUS --from 2022-01-01"
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "The actor (code prefix, name or KB id).") var actor: String
    @Option(help: "Only events between the actor and this one.") var with: String?
    @Option(help: "First day (YYYY-MM-DD).") var from: String?
    @Option(help: "Last day (YYYY-MM-DD).") var to: String?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try validateDay(from, "--from")
        try validateDay(to, "--to")
    }

    func run() throws {
        var query = TimelineQuery(actor: actor)
        query.with = with
        query.from = from
        query.to = to
        let store = try store.open()
        emit(try answering { try store.timeline(query) }, format: output.format)
    }
}

extension TimelineDay: Tabular {
    static var columns: [String] { ["day", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "total", "mean_score"] }

    var cells: [String] {
        [day, String(verbalCooperation), String(materialCooperation), String(verbalConflict), String(materialConflict),
         String(total), decimal(meanScore)]
    }
}
