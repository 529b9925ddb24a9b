/// Walks an HTML page (or fragment) once and collects its text blocks and the metadata readers need.
///
/// Dropped: `head`, scripts, styles, comments, navigation, forms, footers, asides and site headers.
/// Blocks inside share/social/related/newsletter/comment widgets are kept but flagged, so the article
/// text can do without them while a page made only of such blocks still yields something.
struct HTMLTextExtractor {
    /// A paragraph-like piece of text.
    struct Block: Sendable, Equatable {
        /// Whitespace-collapsed text with entities decoded.
        var text: String
        /// Inside `article`, `main`, `role=main` or an article-body container.
        var inMain: Bool
        /// Inside an element whose class or id names a widget (share, related, newsletter…).
        var inWidget: Bool
        /// 1–6 for an `h1`–`h6` heading, 0 otherwise.
        var headingLevel: Int
    }

    /// The text blocks in document order.
    private(set) var blocks: [Block] = []
    /// `<meta>` values by lowercased `property`, `name` or `itemprop` (first one wins).
    private(set) var metas: [String: String] = [:]
    /// The `<title>` text.
    private(set) var titleElement: String?
    /// The first `h1` inside the article, else the first `h1` at all.
    var firstHeading: String? {
        (blocks.first { $0.headingLevel == 1 && $0.inMain } ?? blocks.first { $0.headingLevel == 1 })?.text
    }
    /// `datetime` of the first `<time>` (or `itemprop=datePublished`) inside the article, else anywhere.
    private(set) var timeInMain: String?
    private(set) var timeAnywhere: String?
    /// The contents of `<script type="application/ld+json">` elements.
    private(set) var jsonLD: [String] = []
    /// `<link rel="canonical">`.
    private(set) var canonicalURL: String?

    private static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
        "select", "textarea", "svg", "math", "iframe", "object", "canvas", "dialog", "menu", "audio", "video",
    ]
    private static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    private static let blockLevel: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
        "figure", "figcaption", "section", "article", "main", "header", "table", "tr", "td", "th", "caption",
        "pre", "hr", "address", "body", "html", "center", "details", "summary",
    ]
    private static let skippedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar"]
    private static let widgetWords: Set<String> = [
        "share", "sharing", "social", "related", "newsletter", "comment", "comments", "cookie", "cookies", "promo",
        "advert", "advertisement", "ad", "ads", "breadcrumb", "breadcrumbs", "subscribe", "subscription", "sidebar",
        "menu", "nav", "navbar", "footer", "popup", "modal", "paywall", "recommended", "recirculation", "tags", "byline",
    ]
    private static let mainClassMarks = ["article-body", "articlebody", "article__body", "story-body", "post-content",
                                         "entry-content", "article-content", "story-content", "article-text"]

    private struct Open {
        var name: String
        var main: Bool
        var widget: Bool
    }

    /// Extracts from `bytes`.
    init(bytes: [UInt8]) {
        var scanner = MarkupScanner(bytes: bytes, rawTextElements: ["script", "style", "title", "textarea", "noscript", "template"])
        var stack: [Open] = []
        var mainDepth = 0, widgetDepth = 0
        var skipName: String?
        var skipDepth = 0
        var paragraph: [UInt8] = []
        var pendingSpace = false
        var breaks = 0  // <br> seen since the last text: two make a paragraph break
        var capture: String?  // "title" or "ld+json": the next raw text is kept

        func flush() {
            if !paragraph.isEmpty {
                let level = stack.last { Self.headingLevel($0.name) > 0 }.map { Self.headingLevel($0.name) } ?? 0
                blocks.append(Block(text: String(decoding: paragraph, as: UTF8.self), inMain: mainDepth > 0, inWidget: widgetDepth > 0, headingLevel: level))
            }
            paragraph.removeAll(keepingCapacity: true)
            pendingSpace = false
            breaks = 0
        }

        func append(_ text: String) {
            // Work on locals and touch the captured paragraph once: per-byte access to captured
            // variables costs a dynamic exclusivity check each time.
            var text = text
            var pending = pendingSpace
            var hasContent = !paragraph.isEmpty
            var sawText = false
            var out: [UInt8] = []
            text.withUTF8 { p in
                out.reserveCapacity(p.count + 1)
                var previous: UInt8 = 0
                for b in p {
                    defer { previous = b }
                    if b == 32 || b == 10 || b == 9 || b == 13 || b == 12 {
                        pending = true
                    } else if b == 0xC2 {
                        continue  // decided by the next byte
                    } else if b == 0xA0, previous == 0xC2 {
                        pending = true  // a no-break space is a space here
                    } else {
                        if pending {
                            if hasContent { out.append(32) }
                            pending = false
                        }
                        hasContent = true
                        sawText = true
                        if previous == 0xC2 { out.append(0xC2) }
                        out.append(b)
                    }
                }
            }
            if !out.isEmpty { paragraph.append(contentsOf: out) }
            pendingSpace = pending
            if sawText { breaks = 0 }
        }

        while let token = scanner.next() {
            switch token.kind {
            case .startTag:
                let name = token.name
                if let skipping = skipName {
                    if name == skipping, !token.selfClosing { skipDepth += 1 }
                    continue
                }
                let attributes = token.content.isEmpty ? [:] : scanner.attributes(of: token)
                switch name {
                case "meta":
                    if let key = attributes["property"] ?? attributes["name"] ?? attributes["itemprop"], let content = attributes["content"] {
                        let k = key.lowercased()
                        if metas[k] == nil { metas[k] = content }
                    }
                case "link":
                    if attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"], canonicalURL == nil { canonicalURL = href }
                case "title" where titleElement == nil && stack.allSatisfy({ $0.name != "svg" }):
                    capture = "title"
                    continue
                case "script":
                    if attributes["type"]?.lowercased().contains("ld+json") == true { capture = "ld+json" }
                    continue
                default:
                    break
                }
                if name == "time" || attributes["itemprop"]?.lowercased() == "datepublished" {
                    if let value = attributes["datetime"] ?? attributes["content"] {
                        if mainDepth > 0, timeInMain == nil { timeInMain = value }
                        if timeAnywhere == nil { timeAnywhere = value }
                    }
                }
                let role = attributes["role"]?.lowercased() ?? ""
                let structural = name == "html" || name == "body" || name == "article" || name == "main"
                if Self.skipped.contains(name) || Self.skippedRoles.contains(role) || (name == "header" && mainDepth == 0) {
                    if Self.void.contains(name) || token.selfClosing { continue }
                    flush()
                    skipName = name
                    skipDepth = 1
                    continue
                }
                if Self.blockLevel.contains(name) || name == "body", let head = stack.firstIndex(where: { $0.name == "head" }) {
                    stack.removeSubrange(head...)  // an unclosed <head> ends where the body starts
                }
                if name == "br" {
                    breaks += 1
                    if breaks >= 2 { flush() } else { pendingSpace = true }
                    continue
                }
                if Self.blockLevel.contains(name) { flush() }
                if Self.void.contains(name) || token.selfClosing { continue }
                let classAttribute = attributes["class"], idAttribute = attributes["id"]
                let classes = classAttribute == nil && idAttribute == nil ? "" : ((classAttribute ?? "") + " " + (idAttribute ?? "")).lowercased()
                let isMain = name == "article" || name == "main" || role == "main" || role == "article"
                    || attributes["itemprop"]?.lowercased() == "articlebody" || (!classes.isEmpty && Self.mainClassMarks.contains { classes.contains($0) })
                let isWidget = !structural && !isMain && !classes.isEmpty && Self.namesWidget(classes)
                stack.append(Open(name: name, main: isMain, widget: isWidget))
                if isMain { mainDepth += 1 }
                if isWidget { widgetDepth += 1 }
            case .endTag:
                let name = token.name
                if let skipping = skipName {
                    if name == skipping {
                        skipDepth -= 1
                        if skipDepth == 0 { skipName = nil }
                    }
                    continue
                }
                if Self.blockLevel.contains(name) { flush() }
                guard let index = stack.lastIndex(where: { $0.name == name }) else { continue }
                for open in stack[index...] {
                    if open.main { mainDepth -= 1 }
                    if open.widget { widgetDepth -= 1 }
                }
                stack.removeSubrange(index...)
            case .rawText:
                if capture == "title", token.name == "title" {
                    titleElement = Self.collapsed(HTMLEntities.decode(bytes[token.content]))
                } else if capture == "ld+json", token.name == "script" {
                    jsonLD.append(String(decoding: bytes[token.content], as: UTF8.self))
                }
                capture = nil
            case .text:
                if skipName != nil || stack.contains(where: { $0.name == "head" }) { continue }
                append(HTMLEntities.decode(bytes[token.content]))
            case .cdata:
                if skipName != nil { continue }
                append(String(decoding: bytes[token.content], as: UTF8.self))
            case .comment, .declaration:
                continue
            }
        }
        flush()
    }

    /// 1–6 for `h1`–`h6`, else 0.
    private static func headingLevel(_ name: String) -> Int {
        let u = Array(name.utf8)
        guard u.count == 2, u[0] == 104, u[1] >= 49, u[1] <= 54 else { return 0 }
        return Int(u[1] - 48)
    }

    /// True when a class/id list names a widget (`share-tools`, `related_links`, `ad slot`).
    private static func namesWidget(_ classes: String) -> Bool {
        var word: [UInt8] = []
        for b in classes.utf8 + [32] {
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) {
                word.append(b)
            } else {
                if !word.isEmpty, widgetWords.contains(String(decoding: word, as: UTF8.self)) { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return false
    }

    /// `text` with whitespace runs made single spaces and the ends trimmed.
    static func collapsed(_ text: String) -> String {
        var out: [UInt8] = []
        var pending = false
        for b in text.utf8 {
            if b == 32 || b == 10 || b == 9 || b == 13 || b == 12 {
                pending = true
            } else {
                if pending, !out.isEmpty { out.append(32) }
                pending = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self).replacingNBSP()
    }

    /// The article text: blocks in the article and outside widgets, falling back step by step.
    func articleBlocks() -> [Block] {
        let tiers: [(Block) -> Bool] = [{ $0.inMain && !$0.inWidget }, { $0.inMain }, { !$0.inWidget }, { _ in true }]
        for keep in tiers {
            let chosen = blocks.filter(keep)
            if !chosen.isEmpty { return chosen }
        }
        return []
    }
}

extension String {
    /// True when the UTF-8 form of the string contains `byte` (a tight loop over contiguous storage).
    func containsUTF8Byte(_ byte: UInt8) -> Bool {
        var copy = self
        return copy.withUTF8 { p in
            var found: UInt8 = 0
            for b in p { found |= b == byte ? 1 : 0 }
            return found != 0
        }
    }

    /// The string with no-break spaces made plain spaces (news text uses them for layout only).
    func replacingNBSP() -> String {
        guard containsUTF8Byte(0xA0) else { return self }
        return String(unicodeScalars.map { $0 == "\u{A0}" ? " " : Character($0) })
    }
}
