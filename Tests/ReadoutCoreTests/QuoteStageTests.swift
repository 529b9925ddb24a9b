import Testing
@testable import ReadoutCore

/// Direct, partial, headline and indirect quotations with their cues and speakers.
@Suite struct QuoteStageTests {
    let talks = """
    Peace talks in Vienna

    Foreign Minister Anna Berg met her counterpart Ivan Petrov on Monday.

    “We made progress on the prisoner exchange, and we will meet again,” Berg said after the session.

    "Nothing has been agreed yet," said Petrov. "We need more time."

    «The door stays open», the minister told reporters.
    """

    func entities(_ text: String) -> [Entity] {
        [QuoteFixtures.entity("e1", "Anna Berg", .person, "NORGOV", names: ["Anna Berg", "Berg", "the minister", "she"], in: text),
         QuoteFixtures.entity("e2", "Ivan Petrov", .person, "RUSGOV", names: ["Ivan Petrov", "Petrov", "he"], in: text)]
    }

    @Test func curlyQuoteWithTrailingAttribution() throws {
        let readout = QuoteFixtures.read(talks, entities: entities(talks))
        let quote = try #require(QuoteFixtures.quote(readout, "We made progress"))
        #expect(quote.text == "We made progress on the prisoner exchange, and we will meet again,")
        #expect(quote.kind == .direct)
        #expect(quote.speaker == "e1")
        #expect(quote.cue == "said")
    }

    @Test func straightQuotesWithInvertedAttributionAndContinuation() throws {
        let readout = QuoteFixtures.read(talks, entities: entities(talks))
        let first = try #require(QuoteFixtures.quote(readout, "Nothing has been agreed"))
        let second = try #require(QuoteFixtures.quote(readout, "We need more time"))
        #expect(first.speaker == "e2")
        #expect(first.cue == "said")
        #expect(second.speaker == "e2")
        #expect(second.cueSpan == first.cueSpan)
    }

    @Test func angleQuotesWithTitleSpeaker() throws {
        let readout = QuoteFixtures.read(talks, entities: entities(talks))
        let quote = try #require(QuoteFixtures.quote(readout, "The door stays open"))
        #expect(quote.speaker == "e1")
        #expect(quote.cue == "told")
        #expect(quote.speakerSpan?.text == "the minister")
    }

    @Test func doubledApostrophesAsQuotationMarks() throws {
        let text = "''The harvest is safe,'' Petrov said. Later he left."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let quote = try #require(QuoteFixtures.quote(readout, "The harvest is safe"))
        #expect(quote.text == "The harvest is safe,")
        #expect(quote.start == 2)
        #expect(quote.speaker == "e2")
    }

    @Test func quoteOverSeveralSentencesWithEllipses() throws {
        let text = "“We will not give up. The talks (…) must go on... There is no other way,” Petrov insisted."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let quote = try #require(QuoteFixtures.quote(readout, "We will not give up"))
        #expect(quote.text == "We will not give up. The talks (…) must go on... There is no other way,")
        #expect(quote.speaker == "e2")
        #expect(quote.cue == "insisted")
    }

    @Test func quoteInterruptedByAttribution() throws {
        let text = "“The ceasefire is holding,” Berg said, “but it is fragile.”"
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let first = try #require(QuoteFixtures.quote(readout, "The ceasefire"))
        let second = try #require(QuoteFixtures.quote(readout, "but it is fragile"))
        #expect(first.speaker == "e1" && second.speaker == "e1")
        #expect(first.cueSpan == second.cueSpan)
    }

    @Test func quoteContinuedInTheNextParagraph() throws {
        let text = """
        Petrov said: “The first phase ends in May.

        “The second phase depends on the donors.”

        Later that day the delegations left.
        """
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let direct = readout.quotes.filter { $0.kind == .direct }
        #expect(direct.count == 1)
        let quote = try #require(direct.first)
        #expect(quote.text.hasPrefix("The first phase ends in May."))
        #expect(quote.text.hasSuffix("depends on the donors."))
        #expect(quote.speaker == "e2")
        #expect(quote.cue == "said")
    }

    @Test func partialQuoteInsideASentence() throws {
        let text = "Berg described the meeting as “frank and useful”, but warned that the sides remain “far apart”."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let frank = try #require(QuoteFixtures.quote(readout, "frank and useful"))
        #expect(frank.kind == .partial)
        #expect(frank.cue == "described")
        #expect(frank.speaker == "e1")
        let apart = try #require(QuoteFixtures.quote(readout, "far apart"))
        #expect(apart.cue == "warned")
        #expect(apart.speaker == "e1")
    }

    @Test func headlineQuote() throws {
        let text = "Petrov: “We are ready to talk”\n\nThe minister spoke in Vienna."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let quote = try #require(QuoteFixtures.quote(readout, "We are ready"))
        #expect(quote.kind == .direct)
        #expect(quote.cue == ":")
        #expect(quote.speaker == "e2")
    }

    @Test func indirectSpeech() throws {
        let text = """
        Petrov said that the convoy would leave on Friday. Berg warned that the road was unsafe. \
        The border will reopen next month, according to Petrov. Berg told reporters the harvest was lost.
        """
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let said = try #require(QuoteFixtures.quote(readout, "the convoy would leave"))
        #expect(said.kind == .indirect && said.speaker == "e2" && said.cue == "said")
        let warned = try #require(QuoteFixtures.quote(readout, "the road was unsafe"))
        #expect(warned.speaker == "e1" && warned.cue == "warned")
        let according = try #require(QuoteFixtures.quote(readout, "The border will reopen"))
        #expect(according.speaker == "e2" && according.cue == "according to")
        let told = try #require(QuoteFixtures.quote(readout, "the harvest was lost"))
        #expect(told.speaker == "e1" && told.cue == "told")
    }

    @Test func participleClauseKeepsTheSpeaker() throws {
        let text = "Petrov said the talks were “long but useful,” adding that a deal was close."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let partial = try #require(QuoteFixtures.quote(readout, "long but useful"))
        #expect(partial.speaker == "e2" && partial.cue == "said")
        let adding = try #require(QuoteFixtures.quote(readout, "a deal was close"))
        #expect(adding.kind == .indirect && adding.speaker == "e2" && adding.cue == "adding")
    }

    @Test func unattributedQuoteGoesToTheLastSpeaker() throws {
        let text = "“We are tired,” Berg said. Petrov said the army would stay. “It will not leave before spring.”"
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let quote = try #require(QuoteFixtures.quote(readout, "It will not leave"))
        #expect(quote.speaker == "e2")
    }

    @Test func pronounSpeakerIsTheNearestPerson() throws {
        let text = "Petrov arrived late. “We lost a day,” he said."
        // Only the name is a mention: the pronoun is resolved by the stage itself.
        let petrov = QuoteFixtures.entity("e2", "Ivan Petrov", .person, "RUSGOV", names: ["Petrov"], in: text)
        let readout = QuoteFixtures.read(text, entities: [petrov])
        let quote = try #require(QuoteFixtures.quote(readout, "We lost a day"))
        #expect(quote.speaker == "e2")
        #expect(quote.speakerSpan?.text == "he")
    }

    @Test func organisationSpeakerIsItsGovernment() throws {
        let text = "Norway's foreign ministry summoned the envoy. The ministry said the visit was cancelled."
        let norway = QuoteFixtures.entity("e3", "Norway", .country, "NOR", names: ["Norway"], in: text)
        let readout = QuoteFixtures.read(text, entities: [norway])
        let quote = try #require(QuoteFixtures.quote(readout, "the visit was cancelled"))
        #expect(quote.speaker == "e3")
        #expect(quote.cue == "said")
    }

    @Test func unnamedSpeakerIsNull() throws {
        let text = "“The shelling went on all night,” a resident said. Officials said the bridge was closed."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let quote = try #require(QuoteFixtures.quote(readout, "The shelling"))
        #expect(quote.speaker == nil)
        #expect(quote.speakerSpan?.text == "a resident")
        let officials = try #require(QuoteFixtures.quote(readout, "the bridge was closed"))
        #expect(officials.speaker == nil)
        #expect(officials.speakerSpan?.text == "Officials")
    }

    @Test func misusedOpeningMarkClosesTheQuote() throws {
        let text = """
        “We do not expect a deal today. This is a hard moment, “Berg acknowledged to Petrov.

        “Talks will resume in March,” Petrov said.
        """
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let first = try #require(QuoteFixtures.quote(readout, "We do not expect"))
        #expect(first.text == "We do not expect a deal today. This is a hard moment,")
        #expect(first.speaker == "e1")
        #expect(first.cue == "acknowledged")
        let second = try #require(QuoteFixtures.quote(readout, "Talks will resume"))
        #expect(second.speaker == "e2")
    }

    @Test func strayMarkStaysInsideItsParagraph() throws {
        let text = """
        The envoy called the plan “unworkable and left early.

        “We will vote on Tuesday,” Berg said.
        """
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let vote = try #require(QuoteFixtures.quote(readout, "We will vote on Tuesday"))
        #expect(vote.text == "We will vote on Tuesday,")
        #expect(vote.speaker == "e1")
        #expect(readout.quotes.allSatisfy { !$0.text.contains("We will vote") || $0.text == "We will vote on Tuesday," })
    }

    @Test func titlesInQuotationMarksAreNotQuotes() throws {
        let text = "The band played “Wind of Change” at the rally in the capital."
        let readout = QuoteFixtures.read(text)
        #expect(readout.quotes.isEmpty)
    }
}
