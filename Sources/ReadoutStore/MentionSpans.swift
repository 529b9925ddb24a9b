/// The stored form of an entity's mentions in one document (`document_entities.spans`): a JSON array of
/// `[start, end]` pairs in Unicode scalars, which SQLite's `json_each` reads back (the `mentions` view).
enum MentionSpans {
    /// The JSON array of these spans, in the order given.
    static func json(_ spans: [(start: Int, end: Int)]) -> String {
        var text = "["
        text.reserveCapacity(spans.count * 12 + 2)
        for (index, span) in spans.enumerated() {
            if index > 0 { text += "," }
            text += "["
            text += String(span.start)
            text += ","
            text += String(span.end)
            text += "]"
        }
        text += "]"
        return text
    }
}
