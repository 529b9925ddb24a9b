import Foundation
import Testing
@testable import ReadoutCore

@Suite("Reading paths: directories, missing and vanishing files, size limits")
struct DocumentReaderTests {
    @Test("A directory is read recursively by extension, sorted, hidden files and other extensions skipped")
    func directory() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try write(" date 2022-01-10 Talks opened in Geneva.", to: "a-geneva.txt", in: root)
        try write("{\"id\":\"nrc\",\"date\":\"2022-01-12\",\"text\":\"The council met.\"}\n", to: "b/records.jsonl", in: root)
        try write("<rss><channel><item><pubDate>2022-01-13</pubDate><description>Vienna.</description><guid>osce</guid></item></channel></rss>", to: "b/c/feed.rss", in: root)
        try write(" date 2022-01-01 A hidden draft.", to: ".draft.txt", in: root)
        try write(" date 2022-01-01 Inside a hidden folder.", to: ".cache/old.txt", in: root)
        try write("binary-ish notes", to: "notes.md", in: root)
        let reader = DocumentReader()
        #expect(reader.files(at: root).map { String($0.dropFirst(root.count + 1)) } == ["a-geneva.txt", "b/c/feed.rss", "b/records.jsonl"])
        let result = readPath(root)
        #expect(result.problems.isEmpty)
        #expect(result.documents.map(\.id) == ["a-geneva", "osce", "nrc"])
        #expect(reader.files(at: root + "/a-geneva.txt") == [root + "/a-geneva.txt"])
    }

    @Test("A file that disappears mid-run is reported and the rest are read")
    func vanishingFile() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try write(" date 2022-02-21 First report.", to: "1.txt", in: root)
        let doomed = try write(" date 2022-02-22 Second report.", to: "2.txt", in: root)
        try write(" date 2022-02-24 Third report.", to: "3.txt", in: root)
        var result = ReadResult()
        DocumentReader().read(path: root) { outcome in
            if case .document(let document, _) = outcome, document.id == "1" { try? FileManager.default.removeItem(atPath: doomed) }
            collect(outcome, into: &result)
        }
        #expect(result.documents.map(\.id) == ["1", "3"])
        #expect(result.messages == ["\(doomed): cannot open: no such file (it may have been moved or deleted)"])
    }

    @Test("A missing path and a directory with nothing to read are reported")
    func missingPaths() throws {
        #expect(readPath("/nonexistent/readout/reports").messages == ["/nonexistent/readout/reports: no such file or directory"])
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try write("# notes", to: "README.md", in: root)
        #expect(readPath(root).messages == ["\(root): no files to read in this directory (looked for .atom .htm .html .json .jsonl .ndjson .rss .txt .xml)"])
    }

    @Test("A 200 MB text file is skipped with a clear message, without being loaded")
    func hugeFile() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = try write(" date 2022-02-24 " + String(repeating: "Column after column moved south. ", count: 300), to: "huge.txt", in: root)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200 * 1024 * 1024)
        try handle.close()
        try write(" date 2022-02-25 A normal report.", to: "normal.txt", in: root)
        let result = readPath(root)
        #expect(result.messages == ["\(path): file of 200.0 MB is over the 64.0 MB limit for a file read whole; split it, or write it as JSON Lines (.jsonl), which is streamed line by line"])
        #expect(result.documents.map(\.id) == ["normal"])
    }

    @Test("Over the limit in memory too (bench and stdin paths)")
    func limitInMemory() {
        let text = " date 2022-02-24 " + String(repeating: "word ", count: 400)
        #expect(readBytes(text, name: "long.txt", limit: 1024).messages == ["long.txt: file of 2.0 KB is over the 1.0 KB limit for a file read whole; split it, or write it as JSON Lines (.jsonl), which is streamed line by line"])
    }

    @Test("Formats are recognised by content when the extension says nothing")
    func sniffing() {
        #expect(InputFormat.detect(ReadSource(path: "-"), head: Array("  {\"date\":\"2022-01-01\"}".utf8)[...]) == .jsonLines)
        #expect(InputFormat.detect(ReadSource(path: "x.txt"), head: Array("<?xml version=\"1.0\"?><rss>".utf8)[...]) == .feed)
        #expect(InputFormat.detect(ReadSource(path: "x"), head: Array("<!doctype html><html>".utf8)[...]) == .html)
        #expect(InputFormat.detect(ReadSource(path: "x.xml"), head: Array("<feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)[...]) == .feed)
        #expect(InputFormat.detect(ReadSource(path: "-"), head: Array(" date 2022-01-21 Text".utf8)[...]) == .text)
        #expect(InputFormat.detect(ReadSource(path: "page.htm"), head: Array("plain words".utf8)[...]) == .html)
    }

    @Test("Publication dates in the forms feeds and pages use")
    func publicationDates() {
        let cases: [(String, String?)] = [
            ("2022-01-21", "2022-01-21"), ("2022-01-21T23:30:00-05:00", "2022-01-21"), ("2022/01/21", "2022-01-21"),
            ("20220121", "2022-01-21"), ("Fri, 21 Jan 2022 18:30:00 GMT", "2022-01-21"), ("January 21, 2022", "2022-01-21"),
            ("21 January 2022 10:00", "2022-01-21"), ("Mon, 24 Feb 22 05:00:00 +0200", "2022-02-24"), ("Sept. 3rd, 2021", "2021-09-03"),
            ("2022-02-30", nil), ("tomorrow", nil), ("", nil), ("12/02/2022", nil),
        ]
        for (written, expected) in cases {
            #expect(PublicationDate.day(from: written)?.description == expected, "\(written)")
        }
    }

    @Test("The fast SHA-256 matches the reference for every padding case")
    func sha256() {
        for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000] {
            let text = String(repeating: "é", count: length / 2) + String(repeating: "a", count: length % 2)
            #expect(SHA256.hex(ofUTF8: text) == SHA256.hex(of: Array(text.utf8)), "length \(length)")
        }
        #expect(SHA256.hex(ofUTF8: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("A document round-trips through JSON with its sha256")
    func documentJSON() throws {
        let document = Document(id: "x", date: "2022-01-21", title: "T", text: "Body.")
        let data = try JSONEncoder().encode(document)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"sha256\":\"\(document.sha256)\""))
        #expect(try JSONDecoder().decode(Document.self, from: data) == document)
    }
}

@Suite("Document hash")
struct DocumentHashTests {
    @Test("The hash is computed once, follows text changes, and does not affect equality")
    func lazyHash() {
        var document = Document(id: "a", date: "2022-01-26", text: "First text.")
        let copy = document
        let first = document.sha256
        #expect(first == SHA256.hex(of: Array("First text.".utf8)))
        document.text = "Second text."
        #expect(document.sha256 == SHA256.hex(of: Array("Second text.".utf8)))
        #expect(copy.sha256 == first)
        #expect(copy != document)
        #expect(copy == Document(id: "a", date: "2022-01-26", text: "First text."))
    }
}
