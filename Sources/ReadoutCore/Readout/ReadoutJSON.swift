/// Writes a `DocumentReadout` as compact JSON bytes, byte for byte what `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` prints for it (keys in UTF-8 byte order, absent optionals
/// omitted), several times faster and without Foundation. Every field of the contract types is written
/// here by hand, so a field added to a contract type must be added here too (the tests compare with
/// `JSONEncoder` on readouts that fill every field).
public enum ReadoutJSON {
    /// The readout as JSON bytes (no trailing newline).
    public static func encode(_ readout: DocumentReadout) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try append(readout, to: &bytes)
        return bytes
    }

    /// Appends the readout's JSON to `bytes`; on error `bytes` is left as it was.
    public static func append(_ readout: DocumentReadout, to bytes: inout [UInt8]) throws {
        var out = JSONBytes(capacity: 4096 + readout.document.text.utf8.count * 2)
        try out.readout(readout)
        out.copy(to: &bytes)
    }
}

extension JSONBytes {
    /// Writes a readout: keys demands, document, entities, events, expectations, figures, quotes, sentences,
    /// timexes, version.
    mutating func readout(_ readout: DocumentReadout) throws {
        openObject()
        key("demands"); array(readout.demands) { $0.demand($1) }
        key("document"); document(readout.document)
        key("entities"); array(readout.entities) { $0.entity($1) }
        key("events"); openArray()
        for (index, event) in readout.events.enumerated() {
            separate()
            try self.event(event, index: index)
        }
        closeArray()
        key("expectations"); array(readout.expectations) { $0.expectation($1) }
        key("figures"); openArray()
        for (index, figure) in readout.figures.enumerated() {
            separate()
            try self.figure(figure, index: index)
        }
        closeArray()
        key("quotes"); array(readout.quotes) { $0.quote($1) }
        key("sentences"); array(readout.sentences) { $0.sentence($1) }
        key("timexes"); array(readout.timexes) { $0.timex($1) }
        key("version"); int(readout.version)
        closeObject()
    }

    /// Writes an array, each element with `element`.
    mutating func array<Element>(_ values: [Element], _ element: (inout JSONBytes, Element) -> Void) {
        openArray()
        for value in values {
            separate()
            element(&self, value)
        }
        closeArray()
    }

    /// Writes `"name":"value"` when the value is present.
    mutating func optional(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// Writes a document: date, id, sha256, source?, text, title?, url?.
    mutating func document(_ document: Document) {
        openObject()
        key("date"); string(document.date)
        key("id"); string(document.id)
        key("sha256"); string(document.sha256)
        optional("source", document.source)
        key("text"); string(document.text)
        optional("title", document.title)
        optional("url", document.url)
        closeObject()
    }

    /// Writes a text span: end, start, text.
    mutating func span(_ span: TextSpan) {
        openObject()
        key("end"); int(span.end)
        key("start"); int(span.start)
        key("text"); string(span.text)
        closeObject()
    }

    /// Writes a sentence span: end, kind, start.
    mutating func sentence(_ sentence: SentenceSpan) {
        openObject()
        key("end"); int(sentence.end)
        key("kind"); string(sentence.kind.rawValue)
        key("start"); int(sentence.start)
        closeObject()
    }

    /// Writes an entity: actorCode?, country?, id, kbID?, kind, mentions, name, role?, sector?.
    mutating func entity(_ entity: Entity) {
        openObject()
        optional("actorCode", entity.actorCode)
        optional("country", entity.country)
        key("id"); string(entity.id)
        optional("kbID", entity.kbID)
        key("kind"); string(entity.kind.rawValue)
        key("mentions"); array(entity.mentions) { $0.span($1) }
        key("name"); string(entity.name)
        optional("role", entity.role)
        optional("sector", entity.sector)
        closeObject()
    }

    /// Writes a timex: end, start, text, type, value.
    mutating func timex(_ timex: Timex) {
        openObject()
        key("end"); int(timex.end)
        key("start"); int(timex.start)
        key("text"); string(timex.text)
        key("type"); string(timex.type.rawValue)
        key("value"); string(timex.value)
        closeObject()
    }

    /// Writes a quote: cue?, cueSpan?, end, kind, speaker?, speakerSpan?, start, text.
    mutating func quote(_ quote: Quote) {
        openObject()
        optional("cue", quote.cue)
        if let cueSpan = quote.cueSpan { key("cueSpan"); span(cueSpan) }
        key("end"); int(quote.end)
        key("kind"); string(quote.kind.rawValue)
        optional("speaker", quote.speaker)
        if let speakerSpan = quote.speakerSpan { key("speakerSpan"); span(speakerSpan) }
        key("start"); int(quote.start)
        key("text"); string(quote.text)
        closeObject()
    }

    /// Writes a figure: bound, claimant?, end, owner?, start, text, value, what?.
    mutating func figure(_ figure: Figure, index: Int) throws {
        openObject()
        key("bound"); string(figure.bound.rawValue)
        optional("claimant", figure.claimant)
        key("end"); int(figure.end)
        optional("owner", figure.owner)
        key("start"); int(figure.start)
        key("text"); string(figure.text)
        key("value"); try double(figure.value, field: "figures[\(index)].value")
        optional("what", figure.what)
        closeObject()
    }

    /// Writes a date window: end?, start?, value.
    mutating func dateWindow(_ window: DateWindow) {
        openObject()
        optional("end", window.end)
        optional("start", window.start)
        key("value"); string(window.value)
        closeObject()
    }

    /// Writes an event: cameo?, claimant?, date?, evidence, id, latitude?, location?, longitude?, mentions,
    /// modality, mode?, reciprocal?, score?, source, target, type.
    mutating func event(_ event: Event, index: Int) throws {
        openObject()
        optional("cameo", event.cameo)
        optional("claimant", event.claimant)
        if let date = event.date { key("date"); dateWindow(date) }
        key("evidence"); span(event.evidence)
        key("id"); string(event.id)
        if let latitude = event.latitude { key("latitude"); try double(latitude, field: "events[\(index)].latitude") }
        optional("location", event.location)
        if let longitude = event.longitude { key("longitude"); try double(longitude, field: "events[\(index)].longitude") }
        key("mentions"); array(event.mentions) { $0.span($1) }
        key("modality"); string(event.modality.rawValue)
        optional("mode", event.mode)
        if let reciprocal = event.reciprocal { key("reciprocal"); bool(reciprocal) }
        if let score = event.score { key("score"); try double(score, field: "events[\(index)].score") }
        key("source"); strings(event.source)
        key("target"); strings(event.target)
        key("type"); string(event.type)
        closeObject()
    }

    /// Writes an expectation: action, actor, counterpart?, due?, evidence, stated, status.
    mutating func expectation(_ expectation: Expectation) {
        openObject()
        key("action"); string(expectation.action)
        key("actor"); string(expectation.actor)
        optional("counterpart", expectation.counterpart)
        if let due = expectation.due { key("due"); dateWindow(due) }
        key("evidence"); span(expectation.evidence)
        key("stated"); string(expectation.stated)
        key("status"); string(expectation.status)
        closeObject()
    }

    /// Writes a demand: answers, by, event, evidence, id, of, restated, stated?, status, what.
    mutating func demand(_ demand: Demand) {
        openObject()
        key("answers"); strings(demand.answers)
        key("by"); strings(demand.by)
        key("event"); string(demand.event)
        key("evidence"); span(demand.evidence)
        key("id"); string(demand.id)
        key("of"); strings(demand.of)
        key("restated"); strings(demand.restated)
        optional("stated", demand.stated)
        key("status"); string(demand.status)
        key("what"); string(demand.what)
        closeObject()
    }
}
