import Foundation
import Testing
@testable import ReadoutCore

@Suite("Readout JSON writer")
struct ReadoutJSONTests {
    /// What `readout read` printed before the hand-written writer: the reference output.
    static func reference(_ readout: DocumentReadout) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(readout), as: UTF8.self)
    }

    static func written(_ readout: DocumentReadout) throws -> String {
        String(decoding: try ReadoutJSON.encode(readout), as: UTF8.self)
    }

    /// A readout that fills every field of every contract type, in our own words.
    static func fullReadout(text: String = "Talks in Geneva \"ended\" on Friday; the minister said 40 troops left.\n") -> DocumentReadout {
        var readout = DocumentReadout(document: Document(id: "doc-1", date: "2022-01-21", title: "Talks end / Geneva",
                                                         source: "Example Wire", url: "https://example.org/a/b?c=1", text: text))
        let span = TextSpan(start: 0, end: 5, text: "Talks")
        readout.sentences = [SentenceSpan(start: 0, end: 68, kind: .sentence), SentenceSpan(start: 69, end: 70, kind: .caption)]
        readout.entities = [
            Entity(id: "E1", name: "Geneva", kind: .place, actorCode: "CHE", country: "CHE", sector: "GOV", role: "host",
                   kbID: "Q71", mentions: [TextSpan(start: 9, end: 15, text: "Geneva"), span]),
            Entity(id: "E2", name: "the minister", kind: .person),
        ]
        readout.timexes = [Timex(start: 26, end: 32, text: "Friday", type: .date, value: "2022-01-21"),
                           Timex(start: 0, end: 1, text: "x", type: .duration, value: "P1D")]
        var quote = Quote(start: 10, end: 20, text: "ended \\ \"so\"", kind: .direct, speaker: "E2", cue: "said")
        quote.speakerSpan = TextSpan(start: 40, end: 52, text: "the minister")
        quote.cueSpan = TextSpan(start: 53, end: 57, text: "said")
        readout.quotes = [quote, Quote(start: 1, end: 2, text: "", kind: .indirect)]
        readout.figures = [
            Figure(start: 58, end: 60, text: "40", value: 40, bound: .exact, what: "troops", owner: "E2", claimant: "E2"),
            Figure(start: 0, end: 3, text: "0.1", value: 0.1, bound: .approximate),
            Figure(start: 0, end: 3, text: "big", value: 1e21, bound: .lower),
            Figure(start: 0, end: 3, text: "tiny", value: 1e-7, bound: .upper),
            Figure(start: 0, end: 3, text: "-0", value: -0.0, bound: .exact),
            Figure(start: 0, end: 3, text: "2^53", value: 9_007_199_254_740_992, bound: .exact),
            Figure(start: 0, end: 3, text: "1e15", value: 1e15, bound: .exact),
            Figure(start: 0, end: 3, text: "1e16", value: 1e16, bound: .exact),
            Figure(start: 0, end: 3, text: "third", value: 1.0 / 3, bound: .exact),
            Figure(start: 0, end: 3, text: "neg", value: -12_345.5, bound: .exact),
            Figure(start: 0, end: 3, text: "denormal", value: .leastNonzeroMagnitude, bound: .exact),
            Figure(start: 0, end: 3, text: "max", value: .greatestFiniteMagnitude, bound: .exact),
            Figure(start: -7, end: Int.max, text: "min", value: -1e15 + 1, bound: .exact),
        ]
        readout.events = [
            Event(id: "V1", type: "CONSULT", mode: "meet", cameo: "040", source: ["E1", "E2"], target: ["E2"],
                  date: DateWindow(value: "2022-01-21", start: "2022-01-20", end: "2022-01-22"), location: "E1",
                  modality: .reported, claimant: "E2", evidence: span, mentions: [span, span], score: 1.0,
                  reciprocal: true, latitude: 46.2044, longitude: -6.1432),
            Event(id: "V2", type: "AID", evidence: span, reciprocal: false),
            Event(id: "V3", type: "AID", date: DateWindow(value: "2022-W03"), evidence: span, score: -2.5),
        ]
        readout.expectations = [
            Expectation(actor: "E1", counterpart: "E2", action: "MEET", due: DateWindow(value: "2022-02", start: "2022-02-01"),
                        stated: "2022-01-21", status: "met", evidence: span),
            Expectation(actor: "E1", action: "AID", stated: "2022-01-21", evidence: span),
        ]
        readout.demands = [
            Demand(id: "D1", by: ["E1"], of: ["E2", "E1"], what: "withdraw", stated: "2022-01-21", restated: ["2022-01-22"],
                   status: "refused", event: "V1", answers: ["V2"], evidence: span),
            Demand(id: "D2", by: [], of: [], what: "talk", stated: nil, event: "V3", evidence: span),
        ]
        return readout
    }

    @Test("Every field of every contract type is written as JSONEncoder writes it")
    func everyField() throws {
        let readout = Self.fullReadout()
        #expect(try Self.written(readout) == Self.reference(readout))
    }

    @Test("An empty readout keeps its empty arrays and omits absent document fields")
    func emptyReadout() throws {
        let readout = DocumentReadout(document: Document(date: "2022-01-21", text: ""))
        let json = try Self.written(readout)
        #expect(json == (try Self.reference(readout)))
        #expect(json.contains("\"entities\":[]") && !json.contains("title"))
    }

    @Test("Strings escape quotes, backslashes and control characters, and keep slashes, DEL, U+2028 and emoji")
    func escaping() throws {
        var text = ""
        for scalar in 0..<0x80 { text.unicodeScalars.append(Unicode.Scalar(UInt8(scalar))) }
        text += "\u{80}\u{2028}\u{2029}\u{FEFF} Zürich — “quoted” 😀 \r\n\t/"
        let readout = Self.fullReadout(text: text)
        let json = try Self.written(readout)
        #expect(json == (try Self.reference(readout)))
        #expect(json.contains(#"\u001f"#) && json.contains(#"\b\t\n\u000b\f\r"#) && json.contains("\u{2028}"))
    }

    @Test("Each escaped character is found at every offset of an 8-byte word, next to multi-byte UTF-8")
    func escapesAtEveryOffset() throws {
        for special in ["\"", "\\", "\u{00}", "\u{1F}", "\n", "\t", "/", "\u{7F}", "é", "\u{2028}"] {
            for offset in 0..<18 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "ü", count: offset % 5) + "b\u{1}"
                let readout = DocumentReadout(document: Document(id: "x", date: "2022-01-21", text: text))
                #expect(try Self.written(readout) == Self.reference(readout))
            }
        }
    }

    @Test("Output much larger than the text (escapes, many entities) is written whole")
    func growth() throws {
        var readout = Self.fullReadout(text: String(repeating: "\u{01}\"", count: 20_000))
        readout.entities = (0..<2_000).map { Entity(id: "E\($0)", name: "Entity number \($0)", kind: .organization) }
        let json = try Self.written(readout)
        #expect(json.utf8.count > 200_000)
        #expect(json == (try Self.reference(readout)))
    }

    @Test("The written JSON decodes back to the same readout")
    func roundTrip() throws {
        let readout = Self.fullReadout()
        let decoded = try JSONDecoder().decode(DocumentReadout.self, from: Data(try ReadoutJSON.encode(readout)))
        #expect(decoded == readout)
    }

    @Test("Appending keeps what the buffer held")
    func appending() throws {
        let readout = Self.fullReadout()
        var bytes = Array("[".utf8)
        try ReadoutJSON.append(readout, to: &bytes)
        bytes.append(UInt8(ascii: "]"))
        #expect(String(decoding: bytes, as: UTF8.self) == "[" + (try Self.reference(readout)) + "]")
    }

    @Test("A NaN or infinite number is an error naming its field, as JSONEncoder refuses it too")
    func nonFinite() throws {
        var readout = Self.fullReadout()
        readout.events[1].score = .nan
        #expect(throws: JSONWriteError.self) { try ReadoutJSON.encode(readout) }
        readout.events[1].score = nil
        readout.figures[0].value = -.infinity
        do {
            _ = try ReadoutJSON.encode(readout)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("figures[0].value"))
        }
    }

    @Test("Numbers of every size print as JSONEncoder prints them")
    func numbers() throws {
        var readout = DocumentReadout(document: Document(id: "n", date: "2022-01-21", text: "n"))
        let doubles: [Double] = [0, 1, 10, 100, 0.5, 0.1, 0.2 + 0.1, 1e-5, 1e-4, 2.5e-6, 123_456_789.125, 1e14, 999_999_999_999_999,
                                 1e15 - 0.5, 1e15, 1e17, 1.2345678901234568e20, 4.35, -1, -0.0, 3e300, -7e-300,
                                 Double(Int64.max), 1.0 / 7]
        readout.figures = doubles.map { Figure(start: 0, end: 1, text: "n", value: $0, bound: .exact) }
        readout.sentences = [0, 7, 9, 10, 99, 100, 12_345, -1, -10, Int.max, Int.min].map { SentenceSpan(start: $0, end: $0, kind: .heading) }
        #expect(try Self.written(readout) == Self.reference(readout))
    }
}
