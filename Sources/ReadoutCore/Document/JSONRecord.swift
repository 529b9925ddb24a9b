/// Turns one JSON object (a JSON Lines line or an element of a JSON array) into a document.
///
/// Fields: `date` and `text` required; `id`, `title`, `url`, `source` optional. The id is the record's `id`,
/// else its `url`, else the content hash.
struct JSONRecord: Sendable {
    /// Reader settings (the `--date` override).
    var options: ReaderOptions

    /// The document in `value`, or the problem that prevents reading it (`location` names the line or record).
    func document(from value: JSONValue, location: String, replaced: Int) -> ReadOutcome {
        guard case .object(let fields) = value else {
            return .problem(ReadProblem(location: location, message: "expected a JSON object with \"date\" and \"text\", found \(value.kindName)"))
        }
        guard let textValue = fields["text"] else {
            return .problem(ReadProblem(location: location, message: "no \"text\" field"))
        }
        guard case .string(let rawText) = textValue else {
            return .problem(ReadProblem(location: location, message: "\"text\" must be a string, found \(textValue.kindName)"))
        }
        let text = Self.trimmed(TextDecoding.normalizingNewlines(in: rawText))
        guard !text.isEmpty else {
            return .problem(ReadProblem(location: location, message: "\"text\" is empty"))
        }
        let day: String
        if let override = options.date {
            day = override
        } else {
            guard let dateValue = fields["date"], dateValue != .null else {
                return .problem(ReadProblem(location: location, message: "no \"date\" field: add one as YYYY-MM-DD or give --date"))
            }
            guard let written = dateValue.scalarText, let parsed = PublicationDate.day(from: written) else {
                return .problem(ReadProblem(location: location, message: "unreadable date \(Self.shown(dateValue)); write it as YYYY-MM-DD"))
            }
            day = parsed.description
        }
        func field(_ key: String) -> String? {
            guard let s = fields[key]?.scalarText else { return nil }
            let t = Self.trimmed(s)
            return t.isEmpty ? nil : t
        }
        let url = field("url")
        let document = Document(id: field("id") ?? url, date: day, title: field("title"), source: field("source"), url: url, text: text)
        return .document(document, replacedBytes: replaced)
    }

    /// A value as it appears in a message.
    private static func shown(_ value: JSONValue) -> String {
        if let text = value.scalarText { return "'\(text.prefix(60))'" }
        return "(\(value.kindName))"
    }

    /// `s` without leading and trailing whitespace.
    static func trimmed(_ s: String) -> String {
        let u = s.utf8
        guard let first = u.firstIndex(where: { !PlainTextReader.isSpace($0) }) else { return "" }
        let last = u.lastIndex(where: { !PlainTextReader.isSpace($0) })!
        if first == u.startIndex && u.index(after: last) == u.endIndex { return s }
        return String(s[first...last])
    }
}
