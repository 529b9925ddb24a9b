import Testing
@testable import ReadoutCore

/// The lookup tables and the shared lexing behind the quote and figure stages.
@Suite struct ProseLexiconTests {
    @Test func keySetFindsExactlyItsKeys() {
        let words = ["said", "told", "warned", "according", "spokesman"]
        let set = KeySet(words.map { ProseHash.key($0) })
        for word in words { #expect(set.contains(ProseHash.key(word))) }
        #expect(set.contains(ProseHash.key("SAID")))  // keys are case-folded
        for word in ["say", "tell", "the", "", "spokesmen"] { #expect(!set.contains(ProseHash.key(word))) }
        #expect(set.count == words.count)
        #expect(Set(set.members) == Set(words.map { ProseHash.key($0) }))
    }

    @Test func keySetHandlesZeroAndCollisionsInOneSlot() {
        // Many keys, including 0 (the empty-slot marker) and keys that share their low bits.
        let keys: [UInt64] = [0] + (1...500).map { UInt64($0) << 40 }
        let set = KeySet(keys)
        for key in keys { #expect(set.contains(key)) }
        #expect(!set.contains(1 << 39))
        #expect(!KeySet([1, 2, 3]).contains(0))
    }

    @Test func keyTableKeepsTheLastValueForAKey() {
        let table = KeyTable<String>([(ProseHash.key("euro"), "first"), (ProseHash.key("dollar"), "USD"), (ProseHash.key("euro"), "EUR")])
        #expect(table[ProseHash.key("Euro")] == "EUR")
        #expect(table[ProseHash.key("dollar")] == "USD")
        #expect(table[ProseHash.key("yen")] == nil)
    }

    @Test func lexerMarksLexiconWords() {
        let tokens = ProseLexer.lex(Array("According to Mary, officials said two claims failed.".utf8))
        func flags(_ word: String) -> UInt8 {
            tokens.first { $0.key == ProseHash.key(word) && $0.kind == .word }?.lexicon ?? 0xFF
        }
        #expect(flags("according") & TokenLexicon.according != 0)
        #expect(flags("said") & TokenLexicon.cue != 0)
        #expect(flags("claims") & TokenLexicon.nominalCue != 0)
        #expect(flags("two") & TokenLexicon.figureStart != 0)
        #expect(flags("officials") == 0)
    }

    @Test func lexerKeepsWordShapes() {
        let text = "The U.S. envoy’s pro-Western aide said: “Don’t.” Forces rose to 100,000 in Kyiv."
        let bytes = Array(text.utf8)
        let tokens = ProseLexer.lex(bytes)
        let surfaces = tokens.map { String(decoding: bytes[Int($0.byteStart)..<Int($0.byteEnd)], as: UTF8.self) }
        #expect(surfaces == ["The", "U.S.", "envoy", "’s", "pro-Western", "aide", "said", ":", "“", "Don’t", ".", "”",
                             "Forces", "rose", "to", "100,000", "in", "Kyiv", "."])
        #expect(tokens[3].kind == .possessive)
        #expect(tokens[8].kind == .quote && tokens[8].shape == .opening)
        #expect(tokens[9].key == ProseHash.key("don't"))
        #expect(tokens[0].capitalized && !tokens[5].capitalized)
        // Scalar offsets count the curly marks as one scalar each.
        #expect(Int(tokens[9].start) == Array(text.unicodeScalars).firstIndex { $0 == "D" })
        // A new sentence starts after the closing mark.
        #expect(tokens[12].sentence == tokens[0].sentence + 1)
        #expect(tokens[11].sentence == tokens[0].sentence)
    }

    @Test func quoteAndFigureStagesShareOneLexing() {
        let analyzed = SentenceSplitter().analyze("Officials said 300 soldiers arrived.")
        let first = analyzed.prose
        let second = analyzed.prose
        #expect(first.tokens.count == second.tokens.count)
        first.tokens.withUnsafeBufferPointer { a in
            second.tokens.withUnsafeBufferPointer { b in #expect(a.baseAddress == b.baseAddress) }
        }
    }

    @Test func speakerMentionsSortLikeTheMentionIndex() {
        func entity(_ id: String, _ spans: [(Int, Int)]) -> Entity {
            var e = Entity(id: id, name: id, kind: .person)
            e.mentions = spans.map { TextSpan(start: $0.0, end: $0.1, text: id) }
            return e
        }
        let entities = [entity("a", [(10, 20), (0, 5), (10, 14)]), entity("b", [(10, 20), (3, 9)]), entity("c", [(0, 7)])]
        let ours = SpeakerMentions(entities)
        let reference = MentionIndex(entities)
        #expect(ours.mentions == reference.mentions)
        for offset in 0..<22 { #expect(ours.mention(covering: offset) == reference.mention(covering: offset)) }
        #expect(ours.mentions(in: 0, 21) == Array(reference.mentions(in: 0, 21)))
        #expect(ours.mentions(in: 10, 15) == Array(reference.mentions(in: 10, 15)))
    }
}
