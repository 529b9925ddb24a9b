import Testing
@testable import ReadoutCore

/// Countries for actors the knowledge base does not know, taken from the words around them.
@Suite("Entity country inheritance")
struct EntityInheritTests {
    let stage = EntityTestKB.stage

    @Test("An organisation named after a demonym gets that country and the sector of its head noun")
    func demonymOrganisation() {
        let found = stage.recognize(text: "The Ukrainian Constitutional Court struck down the language law on Monday.", date: "2023-03-10")
        let court = found.entities.first { $0.name.contains("Constitutional Court") }
        #expect(court?.country == "UKR")
        #expect(court?.actorCode == "UKRJUD")
    }

    @Test("A president missing from the knowledge base takes the country of a demonym in the sentence")
    func titledPersonFromDemonym() {
        let found = stage.recognize(text: "President Ivan Kovalenko promised the Ukrainian people early elections.", date: "2023-03-10")
        let president = found.entities.first { $0.name == "Ivan Kovalenko" }
        #expect(president?.country == "UKR")
        #expect(president?.actorCode == "UKRGOV")
    }

    @Test("A country named as the other party does not give a president its nationality")
    func bareCountryArgumentDoesNotCount() {
        let found = stage.recognize(text: "President Ivan Kovalenko threatened further action against Russia.", date: "2023-03-10")
        let president = found.entities.first { $0.name == "Ivan Kovalenko" }
        #expect(president != nil)
        #expect(president?.country == nil)
    }

    @Test("An untitled person with a full name takes the sentence's only country, without a sector")
    func untitledPersonFromDemonym() {
        let found = stage.recognize(text: "The Ukrainian parliament approved a bill drafted by Taras Hrytsenko on Monday.", date: "2023-03-10")
        let author = found.entities.first { $0.name == "Taras Hrytsenko" }
        #expect(author?.country == "UKR")
        #expect(author?.actorCode == "UKR")
    }

    @Test("A judge takes the country of the officials she investigates, in the judiciary")
    func judgeFromSentence() {
        let found = stage.recognize(text: "Judge Olena Marchenko opened an inquiry into Ukrainian officials on Friday.", date: "2023-03-10")
        let judge = found.entities.first { $0.name.contains("Marchenko") }
        #expect(judge?.country == "UKR")
        #expect(judge?.actorCode == "UKRJUD")
    }

    @Test("A name led by a demonym ('Ukrainian Cossacks') belongs to that country")
    func demonymLedGroup() {
        let found = stage.recognize(text: "Some 2,000 Ukrainian Cossacks sought refuge in Switzerland last month.", date: "2023-03-10")
        let group = found.entities.first { $0.name.contains("Cossacks") }
        #expect(group?.country == "UKR")
    }
}

/// Names completed from their context: acronyms, places, local groups.
@Suite("Entity context")
struct EntityContextTests {
    let stage = EntityTestKB.stage

    @Test("A bracketed acronym after a name is the same organisation")
    func acronymJoinsName() {
        let found = stage.recognize(text: "The Ukrainian Union of Miners (UUM) called off its strike on Monday.", date: "2023-03-10")
        let union = found.entities.first { $0.mentions.contains { $0.text == "UUM" } }
        #expect(union?.country == "UKR")
        #expect(union?.mentions.contains { $0.text.hasPrefix("Ukrainian Union") } == true)
    }

    @Test("An unknown town followed by its country is a place in that country")
    func townWithCountry() {
        let found = stage.recognize(text: "Police imposed a curfew in the town of Zolotopil in eastern Ukraine after the riots.", date: "2023-03-10")
        let town = found.entities.first { $0.name == "Zolotopil" }
        #expect(town?.kind == .place)
        #expect(town?.country == "UKR")
    }

    @Test("Rebels in a country are that country's rebels")
    func rebelsInCountry() {
        let found = stage.recognize(text: "Rebels in Ukraine rejected the offer on Sunday.", date: "2023-03-10")
        let rebels = found.entities.first { $0.mentions.contains { $0.text == "Rebels" } }
        #expect(rebels?.actorCode == "UKRREB")
    }

    @Test("Demonstrators in a capital are that country's civilians")
    func demonstratorsInCapital() {
        let found = stage.recognize(text: "Demonstrators in Kyiv blocked a road on Friday.", date: "2023-03-10")
        let crowd = found.entities.first { $0.mentions.contains { $0.text == "Demonstrators" } }
        #expect(crowd?.country == "UKR")
    }
}

/// Unknown groups placed in a country by the words after them.
@Suite("Entity located groups")
struct EntityLocatedGroupTests {
    let stage = EntityTestKB.stage

    @Test("An unknown name with a group noun, in a region of a country, belongs to that country")
    func unknownForcesInARegion() {
        let found = stage.recognize(text: "Ukrainian officials said Velmar forces in eastern Ukraine shelled a bridge.", date: "2023-03-10")
        let group = found.entities.first { $0.name.hasPrefix("Velmar") }
        #expect(group?.country == "UKR")
    }
}
