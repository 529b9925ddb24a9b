import ArgumentParser
import ReadoutStore

/// `readout entities`: the actors and places the store knows, with one identity across documents.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List entities (one identity across documents), most reported first.",
        discussion: "Examples: readout entities; readout entities --name RUS; readout entities --kind person --limit 20"
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "Name substring, actor code prefix or KB id.") var name: String?
    @Option(help: "person, country, organization, place, group or unknown.") var kind: String?
    @Option(help: "At most this many entities (0: all).") var limit: Int = 100
    @OptionGroup var output: OutputOptions

    func run() throws {
        var query = EntityQuery()
        query.name = name
        query.kind = kind
        query.limit = limit
        let store = try store.open()
        emit(try answering { try store.entities(query) }, format: output.format)
    }
}

extension StoredEntity: Tabular {
    static var columns: [String] { ["id", "name", "kind", "code", "role", "kb", "documents", "mentions", "first", "last"] }

    var cells: [String] {
        [String(id), name, kind, actorCode ?? "", role ?? "", kbID ?? "", String(documents), String(mentions),
         firstSeen ?? "", lastSeen ?? ""]
    }
}
