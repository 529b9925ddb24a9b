import Testing
@testable import ReadoutCore

/// Numbers with value, bound, what they count, whose they are and who claims them.
@Suite struct FigureStageTests {
    func figure(_ readout: DocumentReadout, _ prefix: String) -> Figure? {
        readout.figures.first { $0.text.hasPrefix(prefix) }
    }

    @Test func numbersInDigitsAndWords() throws {
        let text = """
        The convoy carried 100,000 blankets. Donors pledged $2.5 billion and 1.5 million euros. About 100k people \
        marched. Three tanks crossed the river. Tens of thousands of refugees waited and dozens of civilians were hurt.
        """
        let readout = QuoteFixtures.read(text, figures: true)
        #expect(figure(readout, "100,000 blankets")?.value == 100_000)
        let dollars = try #require(figure(readout, "$2.5 billion"))
        #expect(dollars.value == 2_500_000_000 && dollars.what == "USD")
        let euros = try #require(figure(readout, "1.5 million euros"))
        #expect(euros.value == 1_500_000 && euros.what == "EUR")
        let marchers = try #require(figure(readout, "About 100k people"))
        #expect(marchers.value == 100_000 && marchers.bound == .approximate && marchers.what == "people")
        let tanks = try #require(figure(readout, "Three tanks"))
        #expect(tanks.value == 3 && tanks.what == "tanks" && tanks.bound == .exact)
        let refugees = try #require(figure(readout, "Tens of thousands of refugees"))
        #expect(refugees.value == 20_000 && refugees.bound == .lower && refugees.what == "refugees")
        let civilians = try #require(figure(readout, "dozens of civilians"))
        #expect(civilians.bound == .lower && civilians.what == "civilians")
    }

    @Test func bounds() throws {
        let text = """
        More than 300 soldiers arrived. Up to 40 aircraft took part. Fewer than 20 ships sailed. At least 12 people died. \
        Nearly 900 casualties were reported. Roughly 50 drones fell. Less than 5 percent voted.
        """
        let readout = QuoteFixtures.read(text, figures: true)
        #expect(figure(readout, "More than 300 soldiers")?.bound == .lower)
        #expect(figure(readout, "Up to 40 aircraft")?.bound == .upper)
        #expect(figure(readout, "Fewer than 20 ships")?.bound == .upper)
        #expect(figure(readout, "At least 12 people")?.bound == .lower)
        #expect(figure(readout, "Nearly 900 casualties")?.bound == .approximate)
        #expect(figure(readout, "Roughly 50 drones")?.bound == .approximate)
        #expect(figure(readout, "Less than 5 percent")?.what == "percent")
    }

    @Test func ownerFromDemonym() throws {
        let text = "Satellite images show 40,000 Russian troops and 200 Belarusian tanks near the border."
        let readout = QuoteFixtures.read(text, figures: true)
        #expect(figure(readout, "40,000 Russian troops")?.owner == "RUSMIL")
        #expect(figure(readout, "200 Belarusian tanks")?.owner == "BLRMIL")
    }

    @Test func ownerFromEntityMention() throws {
        let text = "The report counts 5,000 Ruritanian soldiers on the hills."
        let ruritania = QuoteFixtures.entity("e1", "Ruritania", .country, "RUR", country: "RUR", names: ["Ruritanian"], in: text)
        let readout = QuoteFixtures.read(text, entities: [ruritania], figures: true)
        #expect(figure(readout, "5,000 Ruritanian soldiers")?.owner == "RURMIL")
    }

    @Test func claimantFromAccordingTo() throws {
        let text = "With more than 100,000 Russian soldiers, according to Kiev estimates, massed near the border, the West is alarmed."
        let kiev = QuoteFixtures.entity("e1", "Ukrainian government", .organization, "UKRGOV", country: "UKR", names: ["Kiev"], in: text)
        let readout = QuoteFixtures.read(text, entities: [kiev], figures: true)
        let soldiers = try #require(figure(readout, "more than 100,000 Russian soldiers"))
        #expect(soldiers.value == 100_000)
        #expect(soldiers.bound == .lower)
        #expect(soldiers.what == "soldiers")
        #expect(soldiers.owner == "RUSMIL")
        #expect(soldiers.claimant == "UKRGOV")
    }

    @Test func claimantFromSpeakerOfAQuote() throws {
        let text = "“We have lost 2,000 soldiers,” Petrov said. Officials said some 40,000 refugees crossed. The river carried 30 boats."
        let petrov = QuoteFixtures.entity("e2", "Ivan Petrov", .person, "RUSGOV", names: ["Petrov"], in: text)
        let readout = QuoteFixtures.read(text, entities: [petrov], figures: true)
        #expect(figure(readout, "2,000 soldiers")?.claimant == "RUSGOV")
        let refugees = try #require(figure(readout, "some 40,000 refugees"))
        #expect(refugees.claimant == "unnamed official")
        #expect(refugees.bound == .approximate)
        #expect(figure(readout, "30 boats")?.claimant == nil)
    }

    @Test func datesTimesYearsAgesAndNamesAreNotFigures() throws {
        let text = """
        On March 3, 2022, the G7 met at 10:30 under Article 5 of the treaty. Mr. Olsen, 61, chaired the 21st session. \
        The 63-year-old envoy recalled 1994. Flight 17 was late. No one came first.
        """
        let readout = QuoteFixtures.read(text, figures: true)
        #expect(readout.figures.isEmpty, "\(readout.figures.map(\.text))")
    }

    @Test func numbersInsideTimexesAreSkipped() throws {
        let text = "The talks lasted 12 hours and ended on 21 January with 3 agreements."
        let timexes = [Timex(start: 17, end: 25, text: "12 hours", type: .duration, value: "PT12H")]
        let readout = QuoteFixtures.read(text, timexes: timexes, figures: true)
        #expect(readout.figures.map(\.text) == ["3 agreements"])
    }
}
