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
