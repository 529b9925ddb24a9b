import Testing
@testable import ReadoutCore

@Suite("Seed format and plain text")
struct PlainTextReaderTests {
    static let seed = " date 2022-01-10 GENEVA — Russian and American negotiators sat down on Monday for strategic stability talks.\n\nDeputy Secretary of State Wendy Sherman led the US side.\n"

    @Test("The seed format gives the date and removes the header from the text")
    func seedFormat() throws {
        let result = readBytes(Self.seed, name: "corpus/talks-0110.txt")
        #expect(result.problems.isEmpty)
        let document = try #require(result.documents.first)
        #expect(document.date == "2022-01-10")
        #expect(document.text.hasPrefix("GENEVA — Russian"))
        #expect(document.text.hasSuffix("led the US side."))
        #expect(!document.text.contains("date 2022"))
        #expect(document.id == "talks-0110")
    }

    @Test("Re-reading a file gives the same id and hash")
    func stableIdentity() {
        let first = readBytes(Self.seed, name: "talks.txt").documents
        let second = readBytes(Self.seed, name: "talks.txt").documents
        #expect(first == second)
        #expect(first.first?.sha256 == second.first?.sha256)
    }

    @Test("--date overrides the seed date")
    func overrideDate() {
        let result = readBytes(Self.seed, name: "talks.txt", date: "2022-01-11")
        #expect(result.documents.first?.date == "2022-01-11")
    }

    @Test("Plain text takes its date from a first line 'date:' and optional header lines")
    func dateLine() throws {
        let text = "date: 2022-01-13\ntitle: OSCE council meets in Vienna\nsource: Desk notes\n\nThe Permanent Council met on Thursday.\n"
        let document = try #require(readBytes(text, name: "osce.txt").documents.first)
        #expect(document.date == "2022-01-13")
        #expect(document.title == "OSCE council meets in Vienna")
        #expect(document.source == "Desk notes")
        #expect(document.text == "The Permanent Council met on Thursday.")
    }

    @Test("Plain text without a date needs --date")
    func plainTextNeedsDate() throws {
        let text = "Envoys met again in Brussels.\n"
        let result = readBytes(text, name: "brussels.txt")
        #expect(result.documents.isEmpty)
        #expect(result.messages == ["brussels.txt: no date: start the file with ' date YYYY-MM-DD ' or a line 'date: YYYY-MM-DD', or give --date YYYY-MM-DD"])
        let dated = readBytes(text, name: "brussels.txt", date: "2022-01-12")
        #expect(dated.documents.first?.date == "2022-01-12")
        #expect(dated.documents.first?.text == "Envoys met again in Brussels.")
    }

    @Test("An unreadable date is reported with the file and line")
    func unreadableDate() {
        let seed = readBytes(" date 2022-02-30 Nothing happened on a day that does not exist.", name: "bad-day.txt")
        #expect(seed.messages == ["bad-day.txt:1: unreadable date 'date 2022-02-30' in the 'date YYYY-MM-DD' header"])
        let plain = readBytes("date: sometime soon\nText.", name: "vague.txt")
        #expect(plain.messages == ["vague.txt:1: unreadable date 'sometime soon' in the 'date:' line; write it as YYYY-MM-DD"])
    }

    @Test("A sentence that starts with the word 'date' is text, not a header")
    func proseIsNotAHeader() {
        let result = readBytes("date of the next round is open, officials said.", name: "prose.txt", date: "2022-01-14")
        #expect(result.documents.first?.text == "date of the next round is open, officials said.")
    }

    @Test("A BOM is skipped and CRLF becomes LF")
    func bomAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(" date 2022-01-21 First line.\r\nSecond line.\r\n\r\nThird.".utf8)
        let result = readBytes(bytes, name: "windows.txt")
        let document = try #require(result.documents.first)
        #expect(document.text == "First line.\nSecond line.\n\nThird.")
        #expect(result.replaced == [0])
    }

    @Test("Invalid UTF-8 bytes are replaced with U+FFFD and counted")
    func invalidBytes() throws {
        let bytes = Array(" date 2022-02-24 Kyiv ".utf8) + [0xFF, 0xC3] + Array(" sirens.".utf8)
        let result = readBytes(bytes, name: "latin.txt")
        let document = try #require(result.documents.first)
        #expect(document.text == "Kyiv \u{FFFD}\u{FFFD} sirens.")
        #expect(result.replaced == [2])
    }

    @Test("An empty or whitespace-only file is reported")
    func emptyFile() {
        #expect(readBytes("", name: "empty.txt").messages == ["empty.txt: empty file"])
        #expect(readBytes("  \n\n \t", name: "blank.txt").messages == ["blank.txt: empty file"])
        #expect(readBytes(" date 2022-01-21   \n", name: "header-only.txt").messages == ["header-only.txt: no text after the date header"])
    }

    @Test("A binary file is reported, not read")
    func binaryFile() {
        let nul = readBytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], name: "photo.txt")
        #expect(nul.messages == ["photo.txt: binary file (it contains NUL bytes; if it is UTF-16 text, convert it to UTF-8)"])
        let noise = readBytes((0..<400).map { UInt8(0x80 + $0 % 60) }, name: "noise.txt")
        #expect(noise.messages == ["noise.txt: binary file (mostly bytes that are not UTF-8 text)"])
    }
}
