/// A TimeML document for scoring: the TEXT element's plain text, its creation date and the gold time expressions.
public struct TimexGoldDocument: Sendable {
    /// The file name or identifier.
    public var name: String
    /// The document creation time as an ISO day.
    public var date: String
    /// The TEXT element's content with tags removed and entities decoded.
    public var text: String
    /// The gold TIMEX3 annotations, spans in Unicode scalars into `text`.
    public var timexes: [Timex]

    /// Creates a gold document.
    public init(name: String, date: String, text: String, timexes: [Timex]) {
        self.name = name
        self.date = date
        self.text = text
        self.timexes = timexes
    }

    /// A TimeML file that cannot be scored, with the reason.
    public struct ParseError: Error, CustomStringConvertible {
        /// What is wrong with the file.
        public var description: String
    }

    /// Parses TimeML (`.tml`): the DCT is the TIMEX3 with `functionInDocument="CREATION_TIME"`.
    public static func parse(timeML source: String, name: String) throws -> TimexGoldDocument {
        let s = Array(source.unicodeScalars)
        func find(_ needle: String, from: Int) -> Int? {
            let n = Array(needle.unicodeScalars)
            guard n.count <= s.count else { return nil }
            var i = from
            while i + n.count <= s.count {
                if s[i] == n[0] {
                    var ok = true
                    for j in 1..<n.count where s[i + j] != n[j] { ok = false; break }
                    if ok { return i }
                }
                i += 1
            }
            return nil
        }
        var date: String?
        var scan = 0
        while let open = find("<TIMEX3", from: scan), let close = find(">", from: open) {
            let attributes = Self.attributes(String(String.UnicodeScalarView(s[open..<close])))
            if attributes["functionInDocument"] == "CREATION_TIME", let value = attributes["value"] {
                date = String(value.prefix(10))
                break
            }
            scan = close
        }
        guard let date, ISODay(date) != nil else {
            throw ParseError(description: "\(name): no TIMEX3 with functionInDocument=\"CREATION_TIME\" and a day value")
        }
        guard let textOpen = find("<TEXT>", from: 0), let textClose = find("</TEXT>", from: textOpen) else {
            throw ParseError(description: "\(name): no <TEXT> element")
        }
        var out = String.UnicodeScalarView()
        var count = 0
        var timexes: [Timex] = []
        var open: (start: Int, type: String, value: String)?
        var i = textOpen + 6
        while i < textClose {
            let c = s[i]
            if c == "<" {
                guard let end = find(">", from: i) else { break }
                let tag = String(String.UnicodeScalarView(s[i..<end + 1]))
                if tag.hasPrefix("<TIMEX3") {
                    let a = Self.attributes(tag)
                    open = (count, a["type"] ?? "DATE", a["value"] ?? "")
                } else if tag.hasPrefix("</TIMEX3"), let o = open {
                    let text = String(String(out).unicodeScalars.dropFirst(o.start).prefix(count - o.start))
                    timexes.append(Timex(start: o.start, end: count, text: text,
                                         type: TimexType(rawValue: o.type) ?? .date, value: o.value))
                    open = nil
                }
                i = end + 1
                continue
            }
            if c == "&", let semi = find(";", from: i), semi - i <= 8 {
                let entity = String(String.UnicodeScalarView(s[(i + 1)..<semi]))
                var decoded: Unicode.Scalar?
                switch entity {
                case "amp": decoded = "&"
                case "lt": decoded = "<"
                case "gt": decoded = ">"
                case "quot": decoded = "\""
                case "apos": decoded = "'"
                default:
                    if entity.hasPrefix("#x"), let v = UInt32(entity.dropFirst(2), radix: 16) { decoded = Unicode.Scalar(v) }
                    else if entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()) { decoded = Unicode.Scalar(v) }
                }
                if let decoded {
                    out.append(decoded); count += 1; i = semi + 1
                    continue
                }
            }
            out.append(c); count += 1; i += 1
        }
        return TimexGoldDocument(name: name, date: date, text: String(out), timexes: timexes)
    }

    /// The `name="value"` pairs of a tag.
    static func attributes(_ tag: String) -> [String: String] {
        var result: [String: String] = [:]
        let scalars = Array(tag.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "=" , i + 1 < scalars.count, scalars[i + 1] == "\"" else { i += 1; continue }
            var k = i - 1
            while k >= 0, scalars[k] != " ", scalars[k] != "\t", scalars[k] != "\n" { k -= 1 }
            let key = String(String.UnicodeScalarView(scalars[(k + 1)..<i]))
            var j = i + 2
            while j < scalars.count, scalars[j] != "\"" { j += 1 }
            result[key] = String(String.UnicodeScalarView(scalars[(i + 2)..<min(j, scalars.count)]))
            i = j + 1
        }
        return result
    }
}
