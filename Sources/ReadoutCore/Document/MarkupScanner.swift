/// One piece of HTML or XML markup: text, a tag, a comment or a CDATA section.
struct MarkupToken: Sendable {
    /// What the token is.
    enum Kind: Sendable { case text, rawText, startTag, endTag, comment, cdata, declaration }

    /// What the token is.
    var kind: Kind
    /// The lowercased tag name (start and end tags), with any namespace prefix (`content:encoded`).
    var name: String
    /// The bytes of the whole token.
    var range: Range<Int>
    /// Text: the text; tags: the attribute bytes; comments and CDATA: their content.
    var content: Range<Int>
    /// True for `<br/>`-style tags.
    var selfClosing: Bool
}

/// A forgiving tokenizer for HTML and XML over UTF-8 bytes: never fails, whatever the input.
struct MarkupScanner {
    /// The markup.
    let bytes: [UInt8]
    /// Elements whose content is raw text up to their end tag (`script`, `style` in HTML).
    let rawTextElements: Set<String>
    private var position = 0
    private var rawTextEnd: String?

    /// A scanner over `bytes`.
    init(bytes: [UInt8], rawTextElements: Set<String> = []) {
        self.bytes = bytes
        self.rawTextElements = rawTextElements
    }

    /// The next token, or nil at the end.
    mutating func next() -> MarkupToken? {
        let b = bytes
        let n = b.count
        guard position < n else { return nil }
        let start = position
        if let raw = rawTextEnd {
            rawTextEnd = nil
            let end = find(closing: raw, from: start)
            position = end
            if end > start { return MarkupToken(kind: .rawText, name: raw, range: start..<end, content: start..<end, selfClosing: false) }
            return next()
        }
        if b[start] != 60 {
            var i = start + 1
            while i < n, b[i] != 60 { i += 1 }
            position = i
            return MarkupToken(kind: .text, name: "", range: start..<i, content: start..<i, selfClosing: false)
        }
        if has("<!--", at: start) {
            let end = find("-->", from: start + 4)
            position = min(end + 3, n)
            return MarkupToken(kind: .comment, name: "", range: start..<position, content: (start + 4)..<end, selfClosing: false)
        }
        if has("<![CDATA[", at: start) {
            let end = find("]]>", from: start + 9)
            position = min(end + 3, n)
            return MarkupToken(kind: .cdata, name: "", range: start..<position, content: (start + 9)..<end, selfClosing: false)
        }
        if start + 1 < n, b[start + 1] == 33 || b[start + 1] == 63 {  // <! or <?
            var i = start + 2
            while i < n, b[i] != 62 { i += 1 }
            position = min(i + 1, n)
            return MarkupToken(kind: .declaration, name: "", range: start..<position, content: start..<position, selfClosing: false)
        }
        let isEnd = start + 1 < n && b[start + 1] == 47
        let nameStart = start + (isEnd ? 2 : 1)
        guard nameStart < n, Self.isNameStart(b[nameStart]) else {
            // A lone '<' is text.
            var i = start + 1
            while i < n, b[i] != 60 { i += 1 }
            position = i
            return MarkupToken(kind: .text, name: "", range: start..<i, content: start..<i, selfClosing: false)
        }
        var i = nameStart
        while i < n, !Self.isSpace(b[i]), b[i] != 62, b[i] != 47 { i += 1 }
        let name = Self.lowercased(b[nameStart..<i])
        let attributesStart = i
        var quote: UInt8 = 0
        while i < n {
            let c = b[i]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 34 || c == 39 {
                // Quotes only open at the start of an attribute value.
                if i > attributesStart, b[i - 1] == 61 || Self.isSpace(b[i - 1]) { quote = c }
            } else if c == 62 {
                break
            }
            i += 1
        }
        let tagEnd = min(i + 1, n)
        let selfClosing = i > attributesStart && i < n && b[i - 1] == 47
        position = tagEnd
        let attributesEnd = selfClosing ? i - 1 : min(i, n)
        if !isEnd, !selfClosing, rawTextElements.contains(name) { rawTextEnd = name }
        return MarkupToken(kind: isEnd ? .endTag : .startTag, name: name, range: start..<tagEnd,
                           content: attributesStart..<max(attributesStart, attributesEnd), selfClosing: selfClosing)
    }

    /// The attributes in a tag's attribute bytes, names lowercased, values with entities decoded.
    func attributes(of token: MarkupToken) -> [String: String] {
        var result: [String: String] = [:]
        let b = bytes
        var i = token.content.lowerBound
        let end = token.content.upperBound
        while i < end {
            while i < end, Self.isSpace(b[i]) || b[i] == 47 { i += 1 }
            let nameStart = i
            while i < end, !Self.isSpace(b[i]), b[i] != 61, b[i] != 47 { i += 1 }
            guard i > nameStart else { i += 1; continue }
            let name = Self.lowercased(b[nameStart..<i])
            while i < end, Self.isSpace(b[i]) { i += 1 }
            var value = ""
            if i < end, b[i] == 61 {
                i += 1
                while i < end, Self.isSpace(b[i]) { i += 1 }
                if i < end, b[i] == 34 || b[i] == 39 {
                    let q = b[i]
                    let valueStart = i + 1
                    i = valueStart
                    while i < end, b[i] != q { i += 1 }
                    value = HTMLEntities.decode(b[valueStart..<i])
                    i += 1
                } else {
                    let valueStart = i
                    while i < end, !Self.isSpace(b[i]) { i += 1 }
                    value = HTMLEntities.decode(b[valueStart..<i])
                }
            }
            if result[name] == nil { result[name] = value }
        }
        return result
    }

    private func has(_ literal: StaticString, at i: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - i >= count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where bytes[i + k] | (p[k] >= 65 && p[k] <= 90 ? 0x20 : 0) != p[k] | (p[k] >= 65 && p[k] <= 90 ? 0x20 : 0) {
            return false
        }
        return true
    }

    /// The index where `literal` starts at or after `from`, or the end of the bytes.
    private func find(_ literal: StaticString, from: Int) -> Int {
        let p = literal.utf8Start
        let count = literal.utf8CodeUnitCount
        var i = from
        while i + count <= bytes.count {
            if bytes[i] == p[0] {
                var k = 1
                while k < count, bytes[i + k] == p[k] { k += 1 }
                if k == count { return i }
            }
            i += 1
        }
        return bytes.count
    }

    /// The index of `</name` (any case) at or after `from`, or the end of the bytes.
    private func find(closing name: String, from: Int) -> Int {
        let target = Array(name.utf8)
        var i = from
        while i + 2 + target.count <= bytes.count {
            if bytes[i] == 60, bytes[i + 1] == 47 {
                var k = 0
                while k < target.count, bytes[i + 2 + k] | 0x20 == target[k] | 0x20 { k += 1 }
                if k == target.count { return i }
            }
            i += 1
        }
        return bytes.count
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 10 || b == 9 || b == 13 || b == 12 }
    @inline(__always) private static func isNameStart(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
