import ArgumentParser
import Foundation
import ReadoutCore
import ReadoutStore

/// `readout show DOC`: one stored document's text with what was read from it marked, and lists of each.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a stored document with its entities, events, quotes and dates marked, and a list of each.",
        discussion: "DOC is a document id, its URL or a unique id prefix. --format json prints the stored readout."
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "Document id, URL or unique id prefix.") var document: String
    @Option(help: "text (marked on a terminal) or json.") var format: String = "text"

    func run() throws {
        let store = try store.open()
        guard let readout = try answering({ try store.readout(document: document) }) else {
            printError("no document '\(document)' in \(self.store.path) (give its id, URL or a unique id prefix)")
            throw ExitCode(2)
        }
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(readout) + Data("\n".utf8))
            return
        }
        print(DocumentMarkup(readout: readout, styled: Terminal.stdout).render(), terminator: "")
    }
}

/// Renders a readout as marked text followed by lists of what was read.
struct DocumentMarkup {
    let readout: DocumentReadout
    let styled: Bool

    /// ANSI styles: entity, date, quote, event evidence.
    static let entityStyle: UInt8 = 1, dateStyle: UInt8 = 2, quoteStyle: UInt8 = 4, eventStyle: UInt8 = 8

    func render() -> String {
        let d = readout.document
        var out = style("1", "\(d.id) · \(d.date)\(d.source.map { " · \($0)" } ?? "")\(d.title.map { " · \($0)" } ?? "")") + "\n"
        if let url = d.url { out += url + "\n" }
        if styled {
            out += "marks: " + ansi(Self.entityStyle, "entity") + " " + ansi(Self.dateStyle, "date") + " "
                + ansi(Self.quoteStyle, "quote") + " " + ansi(Self.eventStyle, "event") + "\n"
        }
        out += "\n" + markedText() + "\n\n"
        let names = Dictionary(readout.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func name(_ id: String?) -> String { id.map { names[$0] ?? $0 } ?? "?" }
        out += section("Entities", readout.entities.map {
            "\($0.id)  \($0.name)  \($0.kind.rawValue)\($0.actorCode.map { "  \($0)" } ?? "")\($0.role.map { "  \($0)" } ?? "")  ×\($0.mentions.count)"
        })
        out += section("Events", readout.events.map {
            "\($0.id)  \($0.type)  \($0.modality.rawValue)  \($0.source.map(name).joined(separator: ", ")) → "
                + "\($0.target.map(name).joined(separator: ", "))  \($0.date?.value ?? "")\($0.location.map { "  \($0)" } ?? "")"
                + "\n      “\($0.evidence.text)”"
        })
        out += section("Quotes", readout.quotes.map { "\(name($0.speaker)) (\($0.cue ?? $0.kind.rawValue)): “\($0.text)”" })
        out += section("Dates", readout.timexes.map { "\($0.text) → \($0.value)" })
        out += section("Figures", readout.figures.map { "\($0.text) = \($0.value) (\($0.bound.rawValue))\($0.claimant.map { ", according to \(name($0))" } ?? "")" })
        out += section("Expectations", readout.expectations.map {
            "\(name($0.actor)) → \(name($0.counterpart)): \($0.action), due \($0.due?.value ?? "?")"
        })
        return out
    }

    func section(_ title: String, _ lines: [String]) -> String {
        guard !lines.isEmpty else { return "" }
        return style("1", "\(title) (\(lines.count))") + "\n" + lines.map { "  " + $0 }.joined(separator: "\n") + "\n\n"
    }

    func style(_ code: String, _ text: String) -> String {
        styled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func ansi(_ marks: UInt8, _ text: String) -> String {
        styled ? Self.escape(marks) + text + "\u{1B}[0m" : text
    }

    static func escape(_ marks: UInt8) -> String {
        var codes: [String] = []
        if marks & entityStyle != 0 { codes += ["4", "36"] }
        if marks & dateStyle != 0 { codes.append("33") }
        if marks & quoteStyle != 0 { codes += ["3", "32"] }
        if marks & eventStyle != 0 { codes.append("1") }
        return "\u{1B}[0m" + (codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m")
    }

    /// The text with style changes at span boundaries (plain when not styled; spans listed below instead).
    func markedText() -> String {
        let scalars = Array(readout.document.text.unicodeScalars)
        guard styled else { return readout.document.text }
        var marks = [UInt8](repeating: 0, count: scalars.count)
        func mark(_ start: Int, _ end: Int, _ bit: UInt8) {
            guard start < end else { return }
            for i in max(0, start)..<min(end, scalars.count) { marks[i] |= bit }
        }
        for entity in readout.entities { for m in entity.mentions { mark(m.start, m.end, Self.entityStyle) } }
        for timex in readout.timexes { mark(timex.start, timex.end, Self.dateStyle) }
        for quote in readout.quotes { mark(quote.start, quote.end, Self.quoteStyle) }
        for event in readout.events { for m in [event.evidence] + event.mentions { mark(m.start, m.end, Self.eventStyle) } }
        var out = String.UnicodeScalarView()
        var current: UInt8 = 0
        for (i, scalar) in scalars.enumerated() {
            if marks[i] != current {
                out.append(contentsOf: Self.escape(marks[i]).unicodeScalars)
                current = marks[i]
            }
            out.append(scalar)
        }
        if current != 0 { out.append(contentsOf: "\u{1B}[0m".unicodeScalars) }
        return String(out)
    }
}
