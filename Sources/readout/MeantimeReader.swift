import Foundation
import ReadoutCore

/// A MEANTIME event mention: its token spans in the rebuilt text and its factuality.
struct MeantimeEvent {
    var spans: [(start: Int, end: Int)]
    var certainty: String
    var polarity: String
    var time: String
}

/// A MEANTIME (NewsReader XML) document rebuilt as text, with its event mentions.
struct MeantimeDocument {
    var text: String
    var date: String
    var events: [MeantimeEvent]

    /// Parses the XML by scanning its lines; nil when it has no tokens.
    init?(xml: String) {
        var tokenSpans: [String: (start: Int, end: Int)] = [:]
        var text = ""
        var scalars = 0
        var sentence = -1
        var sentenceTexts: [String] = []
        var events: [MeantimeEvent] = []
        var current: (certainty: String, polarity: String, time: String, anchors: [String])?
        for rawLine in xml.split(separator: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("<token ") {
                guard let close = line.range(of: ">"), let end = line.range(of: "</token>", options: .backwards) else { continue }
                let attributes = MeantimeDocument.attributes(String(line[..<close.lowerBound]))
                let word = MeantimeDocument.unescape(String(line[close.upperBound..<end.lowerBound]))
                let s = Int(attributes["sentence"] ?? "") ?? sentence
                if s != sentence {
                    if sentence >= 0 { text += "\n"; scalars += 1; sentenceTexts.append("") }
                    if sentenceTexts.isEmpty { sentenceTexts.append("") }
                    sentence = s
                } else if !text.isEmpty {
                    text += " "
                    scalars += 1
                }
                let count = word.unicodeScalars.count
                if let id = attributes["t_id"] { tokenSpans[id] = (scalars, scalars + count) }
                text += word
                scalars += count
                sentenceTexts[sentenceTexts.count - 1] += (sentenceTexts[sentenceTexts.count - 1].isEmpty ? "" : " ") + word
            } else if line.hasPrefix("<EVENT_MENTION") {
                let a = MeantimeDocument.attributes(line)
                current = (a["certainty"] ?? "", a["polarity"] ?? "", a["time"] ?? "", [])
            } else if line.hasPrefix("<token_anchor"), current != nil {
                if let id = MeantimeDocument.attributes(line)["t_id"] { current!.anchors.append(id) }
            } else if line.hasPrefix("</EVENT_MENTION"), let event = current {
                let spans = event.anchors.compactMap { tokenSpans[$0] }
                if !spans.isEmpty { events.append(MeantimeEvent(spans: spans, certainty: event.certainty, polarity: event.polarity, time: event.time)) }
                current = nil
            }
        }
        guard !text.isEmpty else { return nil }
        self.text = text
        self.events = events
        self.date = sentenceTexts.count > 1 ? MeantimeDocument.day(sentenceTexts[1]) ?? "2000-01-01" : "2000-01-01"
    }

    static func attributes(_ tag: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(tag)
        while let eq = rest.range(of: "=\"") {
            let name = rest[..<eq.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            let afterQuote = rest[eq.upperBound...]
            guard let endQuote = afterQuote.firstIndex(of: "\"") else { break }
            result[name] = String(afterQuote[..<endQuote])
            rest = afterQuote[afterQuote.index(after: endQuote)...]
        }
        return result
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

    /// "December 10 , 2013" → 2013-12-10.
    static func day(_ line: String) -> String? {
        let parts = line.lowercased().split(separator: " ").filter { $0 != "," }
        guard parts.count >= 3, let m = months.firstIndex(of: String(parts[0])), let d = Int(parts[1]), let y = Int(parts[2]),
              let day = ISODay(year: y, month: m + 1, day: d) else { return nil }
        return day.description
    }
}
