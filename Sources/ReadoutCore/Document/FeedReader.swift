/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item or entry.
///
/// Per item: the date from `pubDate`, `published`, `updated` or `dc:date`; the title; the text from
/// `content:encoded`/`content`, else `description`/`summary`, with its HTML stripped; the link as URL.
/// The id is the item's `guid`/`id`, else its link, else the content hash. The channel title is the source.
struct FeedReader: Sendable {
    /// Reader settings.
    var options: ReaderOptions

    private static let itemNames: Set<String> = ["item", "entry"]
    private static let dateFields = ["pubdate", "published", "dc:date", "updated", "atom:updated", "a10:updated", "dcterms:modified"]
    private static let bodyFields = ["content:encoded", "content", "description", "summary", "atom:summary", "atom:content"]

    /// True when `head` (the start of a file) opens an RSS, RDF or Atom document.
    static func looksLikeFeed(_ head: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: head.prefix(4096), as: UTF8.self).lowercased()
        return ["<rss ", "<rss>", "<rdf:rdf", "<feed ", "<feed>", "<feed\n"].contains { text.contains($0) }
    }

    /// Reads every item of the feed in `text`.
    func read(_ text: String, source: ReadSource, replaced: Int, _ body: (ReadOutcome) throws -> Void) rethrows {
        let bytes = Array(text.utf8)
        var scanner = MarkupScanner(bytes: bytes)
        var depth = 0
        var itemDepth: Int?
        var fieldName: String?
        var fieldStart = 0
        var fields: [String: String] = [:]
        var links: [(href: String, rel: String)] = []
        var channelTitle: String?
        var channelFieldStart: Int?
        var itemCount = 0
        var sawFeed = false
        var replacedToReport = replaced

        while let token = scanner.next() {
            switch token.kind {
            case .startTag:
                if ["rss", "feed", "rdf:rdf"].contains(token.name) { sawFeed = true }
                if fieldName != nil { continue }  // markup inside a field is part of its content
                if let item = itemDepth, depth == item, token.name == "link" || token.name == "atom:link" {
                    let a = scanner.attributes(of: token)
                    if let href = a["href"] { links.append((href, a["rel"] ?? "alternate")) }
                }
                if token.selfClosing { continue }
                depth += 1
                if itemDepth == nil, Self.itemNames.contains(token.name) {
                    itemDepth = depth
                    fields = [:]
                    links = []
                } else if let item = itemDepth, depth == item + 1 {
                    fieldName = token.name
                    fieldStart = token.range.upperBound
                } else if itemDepth == nil, token.name == "title", channelTitle == nil {
                    channelFieldStart = token.range.upperBound
                }
            case .endTag:
                if let name = fieldName {
                    guard name == token.name else { continue }
                    let value = Self.content(bytes, fieldStart..<token.range.lowerBound)
                    if fields[name] == nil { fields[name] = value }
                    fieldName = nil
                } else if let item = itemDepth, depth == item, Self.itemNames.contains(token.name) {
                    itemCount += 1
                    try body(document(fields: fields, links: links, channel: channelTitle, number: itemCount, source: source, replaced: replacedToReport))
                    replacedToReport = 0
                    itemDepth = nil
                } else if itemDepth == nil, token.name == "title", let start = channelFieldStart {
                    channelTitle = HTMLTextExtractor.collapsed(Self.content(bytes, start..<token.range.lowerBound))
                    channelFieldStart = nil
                }
                depth = max(0, depth - 1)
            default:
                continue
            }
        }
        if itemDepth != nil {
            itemCount += 1
            try body(.problem(ReadProblem(location: source.record(itemCount), message: "the feed ends inside this item (truncated file?)")))
        }
        if itemCount == 0 {
            let message = sawFeed ? "the feed has no items" : "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)"
            try body(.problem(ReadProblem(location: source.name, message: message)))
        }
    }

    /// One item's document, or the problem that skips it.
    private func document(fields: [String: String], links: [(href: String, rel: String)], channel: String?, number: Int, source: ReadSource, replaced: Int) -> ReadOutcome {
        let title = fields["title"].map { HTMLTextExtractor.collapsed(Self.stripped($0)) }.flatMap { $0.isEmpty ? nil : $0 }
        let location = source.record(number)
        let named = title.map { " ('\($0.prefix(50))')" } ?? ""
        let text = Self.bodyFields.lazy.compactMap { fields[$0] }.map(Self.stripped).first { !$0.isEmpty }
        guard let text else {
            return .problem(ReadProblem(location: location, message: "item\(named) has no description or content text"))
        }
        let day: String
        if let override = options.date {
            day = override
        } else {
            guard let written = Self.dateFields.lazy.compactMap({ fields[$0] }).first else {
                return .problem(ReadProblem(location: location, message: "item\(named) has no pubDate, published or updated date: give --date YYYY-MM-DD"))
            }
            guard let parsed = PublicationDate.day(from: written) else {
                return .problem(ReadProblem(location: location, message: "item\(named) has an unreadable date '\(written.prefix(60))'"))
            }
            day = parsed.description
        }
        let linkText = fields["link"].map(HTMLTextExtractor.collapsed).flatMap { $0.isEmpty ? nil : $0 }
        let url = linkText ?? (links.first { $0.rel == "alternate" } ?? links.first)?.href
        let guid = (fields["guid"] ?? fields["id"]).map(HTMLTextExtractor.collapsed).flatMap { $0.isEmpty ? nil : $0 }
        let document = Document(id: guid ?? url, date: day, title: title, source: channel, url: url, text: text)
        return .document(document, replacedBytes: replaced)
    }

    /// The text of an element's content: entities decoded, CDATA unwrapped, nested markup kept as written.
    static func content(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        guard range.lowerBound < range.upperBound else { return "" }
        var scanner = MarkupScanner(bytes: Array(bytes[range]))
        var out = ""
        while let token = scanner.next() {
            switch token.kind {
            case .text, .rawText: out += HTMLEntities.decode(scanner.bytes[token.content])
            case .cdata: out += String(decoding: scanner.bytes[token.content], as: UTF8.self)
            case .startTag, .endTag: out += String(decoding: scanner.bytes[token.range], as: UTF8.self)
            case .comment, .declaration: continue
            }
        }
        return out
    }

    /// Text with any HTML in it stripped: paragraphs separated by blank lines.
    static func stripped(_ html: String) -> String {
        guard html.containsUTF8Byte(60) else {
            // Plain text: keep its paragraphs (blank-line separated), collapse the rest.
            let lines = TextDecoding.normalizingNewlines(in: HTMLEntities.decode(Array(html.utf8)[...])).split(separator: "\n", omittingEmptySubsequences: false)
            var paragraphs: [String] = []
            var current: [Substring] = []
            for line in lines + [""] {
                if line.allSatisfy(\.isWhitespace) {
                    let joined = HTMLTextExtractor.collapsed(current.joined(separator: " "))
                    if !joined.isEmpty { paragraphs.append(joined) }
                    current = []
                } else {
                    current.append(line)
                }
            }
            return paragraphs.joined(separator: "\n\n")
        }
        let blocks = HTMLTextExtractor(bytes: Array(html.utf8)).articleBlocks().map(\.text)
        return TextDecoding.normalizingNewlines(in: blocks.joined(separator: "\n\n"))
    }
}
