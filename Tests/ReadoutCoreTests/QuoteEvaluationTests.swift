import Testing
@testable import ReadoutCore

/// Partial quotations reported by verbs that judge, name or demand, and stance verbs that report a clause.
@Suite struct QuoteEvaluationTests {
    func entities(_ text: String) -> [Entity] {
        [QuoteFixtures.entity("e1", "Anna Berg", .person, "NORGOV", names: ["Anna Berg", "Berg", "she"], in: text),
         QuoteFixtures.entity("e2", "Ivan Petrov", .person, "RUSGOV", names: ["Ivan Petrov", "Petrov", "he"], in: text)]
    }

    @Test func likenedReportsThePartialQuoteWithItsObject() throws {
        let text = "At a rally in Oslo, Berg likened the new tariff to “a tax on every family” and left the stage."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let partial = try #require(QuoteFixtures.quote(readout, "a tax on every family"))
        #expect(partial.kind == .partial)
        #expect(partial.speaker == "e1")
        #expect(partial.cue == "likened")
        let reported = try #require(QuoteFixtures.quote(readout, "the new tariff to"))
        #expect(reported.kind == .indirect && reported.cue == "likened" && reported.speaker == "e1")
    }

    @Test func subjectOfTheSentenceJudgesThroughAnInfinitive() throws {
        let text = "Petrov went on television on Sunday to accuse the ministry of being “asleep at the wheel”."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let partial = try #require(QuoteFixtures.quote(readout, "asleep at the wheel"))
        #expect(partial.kind == .partial)
        #expect(partial.speaker == "e2")
        #expect(partial.cue == "accuse")
    }

    @Test func passiveJudgementWithoutAgentHasNoSpeaker() throws {
        let text = "The plan is being criticized as a “giveaway to landlords” in the capital."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let partial = try #require(QuoteFixtures.quote(readout, "giveaway to landlords"))
        #expect(partial.kind == .partial)
        #expect(partial.speaker == nil)
        #expect(partial.speakerSpan == nil)
    }

    @Test func nounThatLooksLikeACueIsNotOne() throws {
        let text = "The new rules were nicknamed the “paper wall” in the press."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        #expect(QuoteFixtures.quote(readout, "paper wall") == nil)
    }

    @Test func callForReportsTheDemand() throws {
        let text = "Berg called for an immediate ceasefire along the northern border."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let demand = try #require(QuoteFixtures.quote(readout, "an immediate ceasefire"))
        #expect(demand.kind == .indirect)
        #expect(demand.speaker == "e1")
        #expect(demand.cue == "called")
    }

    @Test func stanceVerbsReportTheirClause() throws {
        let text = "Petrov wants to reopen the pipeline before winter. Berg cited the drop in gas exports."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let wants = try #require(QuoteFixtures.quote(readout, "to reopen the pipeline"))
        #expect(wants.speaker == "e2" && wants.cue == "wants")
        let cited = try #require(QuoteFixtures.quote(readout, "the drop in gas exports"))
        #expect(cited.speaker == "e1" && cited.cue == "cited")
    }
}

/// Topics with `about`, promises with an infinitive, and judgements of an object.
@Suite struct QuoteStanceTests {
    func entities(_ text: String) -> [Entity] {
        [QuoteFixtures.entity("e1", "Anna Berg", .person, "NORGOV", names: ["Anna Berg", "Berg", "she"], in: text),
         QuoteFixtures.entity("e2", "Ivan Petrov", .person, "RUSGOV", names: ["Ivan Petrov", "Petrov", "he"], in: text)]
    }

    @Test func talkingAboutReportsTheTopic() throws {
        let text = "Berg spoke about the fishing quotas for an hour."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let topic = try #require(QuoteFixtures.quote(readout, "the fishing quotas"))
        #expect(topic.speaker == "e1" && topic.cue == "spoke")
    }

    @Test func promiseReportsItsInfinitive() throws {
        let text = "Petrov pledged to return the seized ships by spring."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let promise = try #require(QuoteFixtures.quote(readout, "to return the seized ships"))
        #expect(promise.speaker == "e2" && promise.cue == "pledged")
    }

    @Test func judgementOfAnObject() throws {
        let text = "Berg criticized the new border fees. The fees were raised in May."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let judged = try #require(QuoteFixtures.quote(readout, "the new border fees"))
        #expect(judged.speaker == "e1" && judged.cue == "criticized")
        #expect(QuoteFixtures.quote(readout, "in May") == nil)
    }

    @Test func possessivePronounOwnsTheClaim() throws {
        let text = "Petrov arrived late. Contrary to his claim that the talks would be “over by lunch”, they ran until midnight."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let partial = try #require(QuoteFixtures.quote(readout, "over by lunch"))
        #expect(partial.kind == .partial)
        #expect(partial.speaker == "e2")
        #expect(partial.cue == "claim")
    }

    @Test func progressiveJudgementIsNotPassive() throws {
        let text = "Berg is describing as “reckless” the decision to close the port."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let partial = try #require(QuoteFixtures.quote(readout, "reckless"))
        #expect(partial.speaker == "e1")
        #expect(partial.cue == "describing")
    }

    @Test func demandWithATimeWordBeforeItsParticle() throws {
        let text = "Petrov called Friday for new elections in the province."
        let readout = QuoteFixtures.read(text, entities: entities(text))
        let demand = try #require(QuoteFixtures.quote(readout, "new elections"))
        #expect(demand.speaker == "e2" && demand.cue == "called")
    }
}
