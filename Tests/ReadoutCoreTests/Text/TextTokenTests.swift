import Testing
@testable import ReadoutCore

@Suite("Text: tokens and spans")
struct TextTokenTests {
    let splitter = SentenceSplitter()

    private func tokens(_ text: String) -> [String] {
        let analyzed = splitter.analyze(text)
        return analyzed.tokens.indices.map { analyzed.string($0) }
    }

    @Test("Words keep inner apostrophes, hyphens and abbreviation periods")
    func words() {
        #expect(tokens("Russia’s envoy didn't sign the pro-Russian, U.S.-backed plan.")
                == ["Russia’s", "envoy", "didn't", "sign", "the", "pro-Russian", ",", "U.S.-backed", "plan", "."])
        #expect(tokens("Gen. Hollis met Lt. Col. Ortiz at 10 a.m. in Washington, D.C.")
                == ["Gen.", "Hollis", "met", "Lt.", "Col.", "Ortiz", "at", "10", "a.m.", "in", "Washington", ",", "D.C."])
        #expect(tokens("J. R. R. Tolkien and George W. Bush") == ["J.", "R.", "R.", "Tolkien", "and", "George", "W.", "Bush"])
        #expect(tokens("the allies’ demands") == ["the", "allies", "’", "demands"])
        #expect(tokens("No. 10 and no more") == ["No.", "10", "and", "no", "more"])
    }

    @Test("Numbers keep separators, decimals, clock times and ordinal suffixes")
    func numbers() {
        let analyzed = splitter.analyze("100,000 troops, $2.5 billion, 10% on Jan. 21st at 10:30 in the 1990s; 2,5 and 1,2345")
        let strings = analyzed.tokens.indices.map { analyzed.string($0) }
        #expect(strings == ["100,000", "troops", ",", "$", "2.5", "billion", ",", "10", "%", "on", "Jan.", "21st", "at",
                            "10:30", "in", "the", "1990s", ";", "2", ",", "5", "and", "1", ",", "2345"])
        #expect(analyzed.tokens[0].kind == .number)
        #expect(analyzed.tokens[3].kind == .symbol)
        #expect(analyzed.tokens[8].kind == .symbol)
    }

    @Test("Each punctuation mark is a token; runs of periods and hyphens are one")
    func punctuation() {
        let analyzed = splitter.analyze("open (…) then — or – and -- so... “Yes.”")
        let strings = analyzed.tokens.indices.map { analyzed.string($0) }
        #expect(strings == ["open", "(", "…", ")", "then", "—", "or", "–", "and", "--", "so", "...", "“", "Yes", ".", "”"])
        #expect(analyzed.tokens.filter { $0.kind == .punctuation }.count == 10)
        #expect(tokens("``Yes,'' he said.") == ["``", "Yes", ",", "''", "he", "said", "."])
    }

    @Test("Spans are Unicode-scalar offsets; byte spans are UTF-8 offsets")
    func scalarSpans() {
        let analyzed = splitter.analyze("🇺🇦 “Peace” talks 👍🏽 in Kyiv")
        let spans = analyzed.tokens.map { [$0.start, $0.end, $0.byteStart, $0.byteEnd] }
        #expect(spans == [
            [0, 2, 0, 8],      // 🇺🇦: two regional indicators, one symbol token
            [3, 4, 9, 12],     // “
            [4, 9, 12, 17],    // Peace
            [9, 10, 17, 20],   // ”
            [11, 16, 21, 26],  // talks
            [17, 19, 27, 35],  // 👍🏽: emoji and skin-tone modifier
            [20, 22, 36, 38],  // in
            [23, 27, 39, 43],  // Kyiv
        ])
        #expect(analyzed.tokens.map(\.kind) == [.symbol, .punctuation, .word, .punctuation, .word, .symbol, .word, .word])
    }

    @Test("Sentence spans are Unicode-scalar offsets after curly quotes and emoji")
    func sentenceSpans() {
        let analyzed = splitter.analyze("“Peace now.” 👍 Talks go on.")
        #expect(analyzed.sentences.map { [$0.start, $0.end] } == [[0, 12], [13, 27]])
    }

    @Test("Letters with accents, combining marks and other scripts stay in one word")
    func letters() {
        #expect(tokens("Zelenskyy’s café in Kyïv, Cafe\u{301} Москва, Αθήνα") == ["Zelenskyy’s", "café", "in", "Kyïv", ",", "Cafe\u{301}", "Москва", ",", "Αθήνα"])
    }
}
