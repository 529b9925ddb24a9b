import Foundation
@testable import ReadoutCore

/// A fixture with its expected units marked inline.
///
/// Paragraphs are separated by a blank line (`\n\n`) and always end a unit. Inside a paragraph, `|` marks
/// the end of a unit. A unit may start with a kind tag: `<h>` heading, `<cap>` caption, `<cr>` credit
/// (no tag: sentence). The marks and tags are removed to get the text; the expected units are the pieces
/// between marks with surrounding whitespace trimmed.
struct MarkedText {
    /// The text with marks and tags removed.
    let text: String
    /// The expected units in text order.
    let units: [ExpectedUnit]

    /// One expected unit: its text and kind.
    struct ExpectedUnit: Equatable, CustomStringConvertible {
        let text: String
        let kind: SentenceKind
        var description: String { "[\(kind.rawValue)] \(text)" }
    }

    init(_ marked: String) {
        var paragraphs: [String] = []
        var units: [ExpectedUnit] = []
        for paragraph in marked.components(separatedBy: "\n\n") {
            var clean = ""
            for piece in paragraph.split(separator: "|", omittingEmptySubsequences: false) {
                var body = String(piece)
                var kind = SentenceKind.sentence
                let trimmedStart = body.drop { $0 == " " || $0 == "\n" }
                for (tag, tagKind) in [("<h>", SentenceKind.heading), ("<cap>", .caption), ("<cr>", .credit)]
                where trimmedStart.hasPrefix(tag) {
                    kind = tagKind
                    body = body.replacingOccurrences(of: tag, with: "")
                }
                clean += body
                let unit = body.trimmingCharacters(in: .whitespacesAndNewlines)
                if !unit.isEmpty { units.append(ExpectedUnit(text: unit, kind: kind)) }
            }
            paragraphs.append(clean)
        }
        self.text = paragraphs.joined(separator: "\n\n")
        self.units = units
    }

    /// The units `analyzed` found, as text (cut by Unicode-scalar offsets) and kind.
    static func units(of analyzed: AnalyzedText) -> [ExpectedUnit] {
        let scalars = Array(analyzed.text.unicodeScalars)
        return analyzed.sentences.map { sentence in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[sentence.start..<sentence.end])
            return ExpectedUnit(text: String(view), kind: sentence.kind)
        }
    }
}
