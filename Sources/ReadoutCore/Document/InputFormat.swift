/// The kinds of input Readout reads, told apart by file extension and, failing that, by content.
enum InputFormat: Sendable, Equatable {
    /// The seed format or plain text (one document).
    case text
    /// JSON Lines: one record a line, streamed.
    case jsonLines
    /// A `.json` file: one record, an array of records, or JSON Lines after all.
    case jsonDocument
    /// An HTML article page (one document).
    case html
    /// An RSS or Atom feed (one document per item).
    case feed

    /// The extensions a directory is searched for.
    static let directoryExtensions: Set<String> = ["txt", "jsonl", "ndjson", "json", "html", "htm", "xml", "rss", "atom"]

    /// The format of a file named like `source` whose first bytes are `head`.
    static func detect(_ source: ReadSource, head: ArraySlice<UInt8>) -> InputFormat {
        switch source.fileExtension {
        case "jsonl", "ndjson": return .jsonLines
        case "json": return .jsonDocument
        case "html", "htm", "xhtml": return .html
        case "rss", "atom": return .feed
        case "xml": return FeedReader.looksLikeFeed(head) || !looksLikeHTML(head) ? .feed : .html
        default: break
        }
        let body = TextDecoding.droppingBOM(head)
        guard let first = body.first(where: { !PlainTextReader.isSpace($0) }) else { return .text }
        switch first {
        case UInt8(ascii: "{"): return .jsonLines
        case UInt8(ascii: "["): return .jsonDocument
        case UInt8(ascii: "<"):
            if FeedReader.looksLikeFeed(body) { return .feed }
            return looksLikeHTML(body) ? .html : .text
        default: return .text
        }
    }

    /// True when the start of a file has an HTML doctype or `html`, `head` or `body` element.
    static func looksLikeHTML(_ head: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: head.prefix(4096), as: UTF8.self).lowercased()
        return text.contains("<!doctype html") || text.contains("<html") || text.contains("<head") || text.contains("<body")
            || text.contains("<article") || text.contains("<p>") || text.contains("<div")
    }
}
