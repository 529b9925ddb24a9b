import Testing
@testable import ReadoutCore

@Suite("Text: sentence boundaries and kinds")
struct TextSegmentationTests {
    let splitter = SentenceSplitter()

    private func check(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let fixture = MarkedText(marked)
        let found = MarkedText.units(of: splitter.analyze(fixture.text))
        let missing = fixture.units.filter { !found.contains($0) }
        let extra = found.filter { !fixture.units.contains($0) }
        #expect(found == fixture.units, "expected but not found: \(missing)\nfound but not expected: \(extra)",
                sourceLocation: sourceLocation)
    }

    @Test("Abbreviations, titles, initials, months, times and numbers do not end sentences")
    func abbreviations() { check(TextFixtures.abbreviations) }

    @Test("Quotes, ellipses, (…), apostrophes, dashes and hyphens")
    func quotations() { check(TextFixtures.quotations) }

    @Test("Photo captions, credits and sourcing lines get their own kinds")
    func captions() { check(TextFixtures.captions) }

    @Test("A short line inside a paragraph is a heading; hard-wrapped text is not cut")
    func lines() { check(TextFixtures.lines) }

    @Test("A seed-format report with a leading space: caption, heading, credit and (…) inside a quote")
    func seedFormat() throws {
        let fixture = MarkedText(TextFixtures.seedFormatBody)
        var documents: [Document] = []
        DocumentReader().read(bytes: Array((" date 2022-02-15 " + fixture.text).utf8), name: "fixture") { outcome in
            if case .document(let document, _) = outcome { documents.append(document) }
        }
        let document = try #require(documents.first)
        #expect(document.date == "2022-02-15")
        let found = MarkedText.units(of: splitter.analyze(document.text))
        #expect(found == fixture.units)
    }

    @Test("Units carry their paragraph index; CRLF blank lines separate paragraphs")
    func paragraphs() {
        let analyzed = splitter.analyze("First report line. Second sentence.\r\n\r\nNext paragraph here.\r\nSame paragraph.")
        #expect(analyzed.sentences.map(\.paragraph) == [0, 0, 1, 1])
        #expect(analyzed.sentences.map(\.kind) == [.sentence, .sentence, .sentence, .sentence])
    }

    @Test("Empty and blank texts have no units")
    func empty() {
        #expect(splitter.analyze("").sentences.isEmpty)
        #expect(splitter.analyze(" \n\n\t ").sentences.isEmpty)
        #expect(splitter.analyze(" \n\n\t ").tokens.isEmpty)
    }

    @Test("Pathological inputs are segmented in linear time", .timeLimit(.minutes(1)))
    func pathological() {
        let inputs = [
            String(repeating: "!", count: 60_000) + " and then",
            String(repeating: "?”", count: 30_000) + " so",
            String(repeating: "(", count: 60_000) + "Photo: AFP" + String(repeating: ")", count: 60_000),
            String(repeating: "a", count: 300_000),
            String(repeating: "U.S.", count: 50_000),
            Array(repeating: "short line", count: 30_000).joined(separator: "\n"),
            String(repeating: "“", count: 60_000) + String(repeating: "…", count: 60_000),
            String(repeating: "1,000,", count: 50_000),
        ]
        for input in inputs {
            let analyzed = splitter.analyze(input)
            #expect(!analyzed.sentences.isEmpty)
            #expect(analyzed.sentences.last?.end == input.unicodeScalars.count)
        }
    }

    @Test("Every token belongs to exactly one unit, in order")
    func coverage() {
        let analyzed = splitter.analyze(MarkedText(TextFixtures.quotations).text)
        var next = 0
        for sentence in analyzed.sentences {
            #expect(sentence.tokens.lowerBound == next)
            #expect(sentence.start == analyzed.tokens[sentence.tokens.lowerBound].start)
            #expect(sentence.end == analyzed.tokens[sentence.tokens.upperBound - 1].end)
            next = sentence.tokens.upperBound
        }
        #expect(next == analyzed.tokens.count)
    }
}
