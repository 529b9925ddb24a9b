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
