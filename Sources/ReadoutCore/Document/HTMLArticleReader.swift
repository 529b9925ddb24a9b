/// Reads one news article from an HTML page: its title, main text (paragraphs separated by blank lines),
/// date, canonical URL and site name.
///
/// The date comes from `article:published_time` (or a similar meta), JSON-LD `datePublished`, or the first
/// `<time datetime>` in the article, in that order; `--date` overrides it. The id is the canonical URL,
/// else the file name stem, else the content hash.
struct HTMLArticleReader: Sendable {
    /// Reader settings.
    var options: ReaderOptions

    private static let dateMetas = ["article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                                    "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created",
                                    "parsely-pub-date", "sailthru.date", "article.published", "og:article:published_time"]

    /// The document in `text`, or the problem that prevents reading it.
    func read(_ text: String, source: ReadSource, replaced: Int) -> ReadOutcome {
        let page = HTMLTextExtractor(bytes: Array(text.utf8))
        let title = (page.metas["og:title"] ?? page.metas["twitter:title"] ?? page.firstHeading ?? page.titleElement)
            .map(HTMLTextExtractor.collapsed).flatMap { $0.isEmpty ? nil : $0 }
        var blocks = page.articleBlocks().map(\.text)
        if let title, let first = blocks.first, first == title { blocks.removeFirst() }
        guard !blocks.isEmpty else {
            return .problem(ReadProblem(location: source.name, message: "no article text found in the HTML page"))
        }
        let day: String
        if let override = options.date {
            day = override
        } else {
            let written = Self.dateMetas.lazy.compactMap { page.metas[$0] }.first
                ?? page.jsonLD.lazy.compactMap(Self.datePublished).first
                ?? page.timeInMain ?? page.timeAnywhere
            guard let written else {
                return .problem(ReadProblem(location: source.name, message: "no date in the HTML page (no article:published_time meta, JSON-LD datePublished or <time datetime>): give --date YYYY-MM-DD"))
            }
            guard let parsed = PublicationDate.day(from: written) else {
                return .problem(ReadProblem(location: source.name, message: "unreadable date '\(written.prefix(60))' in the HTML page; give --date YYYY-MM-DD"))
            }
            day = parsed.description
        }
        let url = page.canonicalURL ?? page.metas["og:url"]
        let body = TextDecoding.normalizingNewlines(in: blocks.joined(separator: "\n\n"))
        let document = Document(id: url ?? source.stem, date: day, title: title, source: page.metas["og:site_name"], url: url, text: body)
        return .document(document, replacedBytes: replaced)
    }

    /// The first `"datePublished": "…"` value in a JSON-LD script.
    static func datePublished(in script: String) -> String? {
        let b = Array(script.utf8)
        let key = Array("\"datePublished\"".utf8)
        var i = 0
        while i + key.count <= b.count {
            if b[i] == 34, Array(b[i..<(i + key.count)]) == key {
                var j = i + key.count
                while j < b.count, b[j] == 32 || b[j] == 10 || b[j] == 9 || b[j] == 13 { j += 1 }
                guard j < b.count, b[j] == 58 else { i += 1; continue }
                j += 1
                while j < b.count, b[j] == 32 || b[j] == 10 || b[j] == 9 || b[j] == 13 { j += 1 }
                guard j < b.count, b[j] == 34 else { i += 1; continue }
                let start = j + 1
                var end = start
                while end < b.count, b[end] != 34 { end += 1 }
                return String(decoding: b[start..<end], as: UTF8.self)
            }
            i += 1
        }
        return nil
    }
}
