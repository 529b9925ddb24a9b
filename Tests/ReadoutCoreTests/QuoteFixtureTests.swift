import ReadoutCore

/// Helpers for quote and figure tests: run a stage over a text with hand-built entities.
enum QuoteFixtures {
    /// Every occurrence of `needle` in `text` as scalar spans.
    static func spans(of needle: String, in text: String) -> [TextSpan] {
        let hay = Array(text.unicodeScalars)
        let pin = Array(needle.unicodeScalars)
        var out: [TextSpan] = []
        guard !pin.isEmpty, hay.count >= pin.count else { return out }
        for i in 0...(hay.count - pin.count) where Array(hay[i..<(i + pin.count)]) == pin {
            let before = i == 0 ? " " : Character(hay[i - 1])
            let after = i + pin.count == hay.count ? " " : Character(hay[i + pin.count])
            if before.isLetter || after.isLetter { continue }
            out.append(TextSpan(start: i, end: i + pin.count, text: needle))
        }
        return out
    }

    /// An entity whose mentions are every occurrence of `names` in `text`.
    static func entity(_ id: String, _ name: String, _ kind: EntityKind, _ code: String?, country: String? = nil,
                       names: [String], in text: String) -> Entity {
        let mentions = names.flatMap { spans(of: $0, in: text) }.sorted { $0.start < $1.start }
        return Entity(id: id, name: name, kind: kind, actorCode: code, country: country, mentions: mentions)
    }

    /// The readout after the quote stage (and the figure stage when `figures`), with `entities` filled beforehand.
    static func read(_ text: String, entities: [Entity] = [], timexes: [Timex] = [], figures: Bool = false) -> DocumentReadout {
        let document = Document(date: "2022-01-21", text: text)
        let analyzed = SentenceSplitter().analyze(text)
        var readout = DocumentReadout(document: document)
        readout.entities = entities
        readout.timexes = timexes
        QuoteStage().run(on: analyzed, readout: &readout)
        if figures { FigureStage().run(on: analyzed, readout: &readout) }
        return readout
    }

    /// The quote whose text starts with `prefix`.
    static func quote(_ readout: DocumentReadout, _ prefix: String) -> Quote? {
        readout.quotes.first { $0.text.hasPrefix(prefix) }
    }
}
