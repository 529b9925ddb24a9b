import GRDB

/// An actor as a user names it, resolved against the entities table: actor codes, or entity ids for names.
struct ActorMatch {
    /// Party codes to match (`RUS` expands to every stored code starting with it).
    var codes: [String] = []
    /// Entity ids to match, for names and KB ids.
    var entities: [Int64] = []

    /// Whether a user's string reads as an actor code (`RUS`, `USAGOV`, `NATO`).
    static func looksLikeCode(_ text: String) -> Bool {
        (2...15).contains(text.count) && text.allSatisfy { ($0.isUppercase && $0.isASCII) || $0.isNumber }
    }

    /// Resolves `text`: an actor code prefix (`RUS`), else a name substring (`Lavrov`) or a KB id.
    init(_ text: String, db: Database) throws {
        if Self.looksLikeCode(text) {
            codes = try String.fetchAll(db, sql: "SELECT DISTINCT actor_code FROM entities WHERE actor_code >= ? AND actor_code < ?",
                                        arguments: [text, text + "\u{7F}"])
            if !codes.contains(text) { codes.append(text) }
            entities = try Int64.fetchAll(db, sql: "SELECT pk FROM entities WHERE kb_id = ?1 OR ('E' || pk) = ?1", arguments: [text])
            return
        }
        entities = try Int64.fetchAll(db, sql: """
            SELECT pk FROM entities WHERE kb_id = ?1 OR name LIKE '%' || ?1 || '%'
            """, arguments: [text])
    }

    /// An SQL condition on an `event_parties` alias, with its arguments. A `probe` condition checks the rows of one
    /// event found by its key and keeps SQLite from reading the code and entity indexes for it instead.
    func condition(_ alias: String, probe: Bool = false) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        var parts: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        let plus = probe ? "+" : ""
        if !codes.isEmpty {
            parts.append("\(plus)\(alias).code IN (\(marks(codes.count)))")
            arguments += codes as [any DatabaseValueConvertible]
        }
        if !entities.isEmpty {
            parts.append("\(plus)\(alias).entity_pk IN (\(marks(entities.count)))")
            arguments += entities as [any DatabaseValueConvertible]
        }
        if parts.isEmpty { return ("0", []) }
        return ("(" + parts.joined(separator: " OR ") + ")", arguments)
    }
}
