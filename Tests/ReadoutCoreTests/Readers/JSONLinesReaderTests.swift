import Foundation
import Testing
@testable import ReadoutCore

@Suite("JSON Lines and JSON")
struct JSONLinesReaderTests {
    /// Six lines: two good records, then one of each kind of bad line, then a good one.
    static let mixed = """
        {"id": "osce-0113", "date": "2022-01-13", "title": "OSCE meets in Vienna", "source": "Desk", "url": "https://desk.example/osce", "text": "Ambassadors gathered in Vienna on Thursday.\\nPoland chaired."}
        {"date": "2022-01-12", "url": "https://desk.example/nrc", "text": "The NATO-Russia Council met in Brussels."}
        {"date": "2022-01-14", "text": "unterminated
        {"date": "2022-01-14", "title": "Record without a body"}

        {"date": "the day after", "text": "Some text."}
        ["an array, not a record"]
        {"date": "2022-01-14T09:30:00+02:00", "text": "Finland's president warned of risks.", "id": 77}
        """

    @Test("Good records come out with their fields; each bad line is reported with its line number")
    func mixedLines() throws {
        let result = readBytes(Self.mixed, name: "wire.jsonl")
        #expect(result.documents.map(\.id) == ["osce-0113", "https://desk.example/nrc", "77"])
        let first = try #require(result.documents.first)
        #expect(first.date == "2022-01-13")
        #expect(first.title == "OSCE meets in Vienna")
        #expect(first.source == "Desk")
        #expect(first.url == "https://desk.example/osce")
        #expect(first.text == "Ambassadors gathered in Vienna on Thursday.\nPoland chaired.")
        #expect(result.documents.last?.date == "2022-01-14")
        #expect(result.messages == [
            "wire.jsonl:3: not valid JSON: unterminated string at column 45",
            "wire.jsonl:4: no \"text\" field",
            "wire.jsonl:6: unreadable date 'the day after'; write it as YYYY-MM-DD",
            "wire.jsonl:7: expected a JSON object with \"date\" and \"text\", found an array",
        ])
    }

    @Test("A record without a date needs --date; --date overrides record dates")
    func missingDate() {
        let text = "{\"text\": \"Undated note.\"}\n{\"date\": \"2022-01-20\", \"text\": \"Dated note.\"}\n"
        let result = readBytes(text, name: "notes.jsonl")
        #expect(result.messages == ["notes.jsonl:1: no \"date\" field: add one as YYYY-MM-DD or give --date"])
        #expect(result.documents.count == 1)
        let overridden = readBytes(text, name: "notes.jsonl", date: "2022-01-31")
        #expect(overridden.documents.map(\.date) == ["2022-01-31", "2022-01-31"])
    }

    @Test("Records without id or url get a content-hash id that is stable across reads")
    func hashIds() throws {
        let text = "{\"date\": \"2022-01-20\", \"text\": \"Same words.\"}\n"
        let a = try #require(readBytes(text, name: "a.jsonl").documents.first)
        let b = try #require(readBytes(text, name: "b.jsonl").documents.first)
        #expect(a.id == b.id)
        #expect(a.id.count == 16)
        #expect(a.sha256.hasPrefix(a.id))
    }

    @Test("Escapes, surrogate pairs, CRLF line ends and empty text")
    func escapesAndLineEnds() throws {
        let text = "{\"date\":\"2022-02-21\",\"text\":\"\\u201cRepublics\\u201d \\ud83c\\uddfa\\ud83c\\udde6 line\\r\\nnext\"}\r\n{\"date\":\"2022-02-21\",\"text\":\"   \"}\r\n"
        let result = readBytes(text, name: "escapes.jsonl")
        #expect(result.documents.first?.text == "“Republics” 🇺🇦 line\nnext")
        #expect(result.messages == ["escapes.jsonl:2: \"text\" is empty"])
    }

    @Test("Invalid UTF-8 inside a line is replaced and counted for that record")
    func invalidBytesInLine() {
        let line = Array("{\"date\":\"2022-02-22\",\"text\":\"Sanctions on ".utf8) + [0xE2, 0x82] + Array(" banks\"}\n".utf8)
        let result = readBytes(line, name: "broken.jsonl")
        #expect(result.documents.first?.text == "Sanctions on \u{FFFD}\u{FFFD} banks")
        #expect(result.replaced == [2])
    }

    @Test("A file read from disk is streamed line by line; an over-long line is skipped with its number")
    func streamingFromDisk() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var lines: [String] = []
        for n in 1...3000 {
            lines.append("{\"id\":\"r\(n)\",\"date\":\"2022-02-\(10 + n % 18)\",\"text\":\"Report number \(n) about sanctions.\"}")
        }
        lines[1499] = "{\"date\":\"2022-02-01\",\"text\":\"" + String(repeating: "x", count: 5000) + "\"}"
        let path = try write(lines.joined(separator: "\n"), to: "big.jsonl", in: directory)
        let result = readPath(path, limit: 4096)
        #expect(result.documents.count == 2999)
        #expect(result.documents.last?.id == "r3000")
        #expect(result.messages == ["\(path):1500: line of 4.9 KB is over the 4.0 KB limit for one record"])
    }

    @Test("A .json file may hold one record or an array of records")
    func jsonDocuments() throws {
        let one = readBytes("{\n  \"date\": \"2022-01-26\",\n  \"text\": \"The written answer was delivered.\"\n}\n", name: "answer.json")
        #expect(one.documents.map(\.id) == ["answer"])
        let array = readBytes("[{\"date\":\"2022-02-17\",\"text\":\"Moscow replied.\"}, {\"date\":\"2022-02-17\"}, {\"date\":\"2022-02-18\",\"text\":\"Allies studied it.\"}]", name: "replies.json")
        #expect(array.documents.map(\.date) == ["2022-02-17", "2022-02-18"])
        #expect(array.messages == ["replies.json#2: no \"text\" field"])
        let broken = readBytes("{\"date\": \"2022-02-17\", \"text\": ", name: "cut.json")
        #expect(broken.messages == ["cut.json: not valid JSON: unexpected end of input at byte 32"])
    }

    @Test("JSON Lines content is recognised without the extension")
    func sniffed() {
        let result = readBytes("{\"date\":\"2022-02-24\",\"text\":\"Invasion began before dawn.\"}\n", name: "stdin")
        #expect(result.documents.first?.text == "Invasion began before dawn.")
    }

    @Test("A file of blank lines has no records")
    func blankLines() {
        #expect(readBytes("\n\n   \n", name: "blank.jsonl").messages == ["blank.jsonl: empty file"])
    }
}
