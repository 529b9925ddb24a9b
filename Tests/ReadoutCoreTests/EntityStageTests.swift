import Testing
@testable import ReadoutCore

@Suite("Entity stage")
struct EntityStageTests {
    let stage = EntityTestKB.stage

    @Test("A role description resolves to whoever held the office on the document date")
    func secretaryOfStateDependsOnDate() {
        let text = "The US Secretary of State will travel to Geneva next week."
        let before = stage.recognize(text: text, date: "2020-06-01")
        let after = stage.recognize(text: text, date: "2022-01-21")
        #expect(EntityTestKB.entity(mentioning: "The US Secretary of State", in: before)?.name == "Mike Pompeo")
        #expect(EntityTestKB.entity(mentioning: "The US Secretary of State", in: after)?.name == "Antony Blinken")
        #expect(EntityTestKB.entity(mentioning: "The US Secretary of State", in: after)?.actorCode == "USAGOV")
    }

    @Test("A state or body a source lists as a person is not found by the last word of its name")
    func stateListedAsPersonHasNoSurname() {
        let kb = KnowledgeBase(entries: EntityTestKB.kb.entries + [
            KBEntry(id: "person:gdr", name: "German Democratic Republic", kind: .person, actorCode: "DDR", country: "DDR"),
            KBEntry(id: "person:kosovo-assembly", name: "Kosovo Assembly", kind: .person, actorCode: "KSVGOVLEG", country: "KSV"),
            KBEntry(id: "person:jean-dupont", name: "Jean Dupont", kind: .person, actorCode: "FRAGOV", country: "FRA"),
        ])
        let text = "Moscow recognised the Republic on Monday. The Assembly met. Dupont spoke in Geneva."
        let found = EntityStage(knowledgeBase: kb).recognize(text: text, date: "2022-02-21")
        #expect(!found.entities.contains { $0.actorCode == "DDR" || $0.actorCode == "KSVGOVLEG" })
        #expect(EntityTestKB.entity(mentioning: "Dupont", in: found)?.kbID == "person:jean-dupont")
    }

    @Test("Russia's prime minister is Putin in 2010 and Mishustin in 2022")
    func primeMinisterDependsOnDate() {
        let text = "Officials said Russia's prime minister visited a tractor plant on Tuesday."
        let early = stage.recognize(text: text, date: "2010-01-01")
        let late = stage.recognize(text: text, date: "2022-01-21")
        #expect(EntityTestKB.entity(mentioning: "Russia's prime minister", in: early)?.name == "Vladimir Putin")
        #expect(EntityTestKB.entity(mentioning: "Russia's prime minister", in: late)?.name == "Mikhail Mishustin")
        #expect(EntityTestKB.entity(mentioning: "Russia's prime minister", in: late)?.role == "Prime Minister")
    }

    @Test("Titles with names, surnames and pronouns corefer")
    func titledNamesAndCoreference() {
        let text = "Russian Foreign Minister Sergei Lavrov met the head of US diplomacy in Geneva. "
            + "Lavrov said he saw no progress, and his tone was calm."
        let result = stage.recognize(text: text, date: "2022-01-21")
        let lavrov = result.entities.first { $0.name == "Sergei Lavrov" }
        #expect(lavrov?.kind == .person)
        #expect(lavrov?.actorCode == "RUSGOV")
        #expect(lavrov?.role == "Foreign Minister")
        let mentions = lavrov?.mentions.map(\.text) ?? []
        #expect(mentions == ["Russian Foreign Minister Sergei Lavrov", "Lavrov", "he", "his"])
        #expect(EntityTestKB.entity(mentioning: "the head of US diplomacy", in: result)?.name == "Antony Blinken")
        #expect(result.entities.first { $0.name == "Geneva" }?.kind == .place)
        #expect(result.entities.first?.id == "e1")
    }

    @Test("A counterpart holds the same office in the other country")
    func counterpart() {
        let text = "Antony Blinken spoke by phone with his Russian counterpart on Friday."
        let result = stage.recognize(text: text, date: "2022-01-21")
        #expect(EntityTestKB.entity(mentioning: "his Russian counterpart", in: result)?.name == "Sergei Lavrov")
        #expect(EntityTestKB.entity(mentioning: "his", in: result)?.name == "Antony Blinken")
    }

    @Test("A capital right after an acting verb is its government, unless it starts a person's name")
    func capitalAsObjectOfAnActingVerb() {
        let text = "Washington warned Moscow against any escalation. Reporters waited in Moscow all night."
        let result = stage.recognize(text: text, date: "2022-01-21")
        #expect(result.entities.contains { $0.actorCode == "RUSGOV" && $0.mentions.map(\.text) == ["Moscow"] })
        #expect(result.entities.contains { $0.kind == .place && $0.name == "Moscow" && $0.mentions.count == 1 })
    }

    @Test("A capital before an irregular past verb acts; after 'in' it stays a place")
    func capitalBeforeAnIrregularPastVerb() {
        let text = "Moscow held talks with the envoys. The summit in Moscow began late."
        let result = stage.recognize(text: text, date: "2022-01-21")
        #expect(result.entities.contains { $0.actorCode == "RUSGOV" && $0.mentions.map(\.text) == ["Moscow"] })
        #expect(result.entities.contains { $0.kind == .place && $0.name == "Moscow" && $0.mentions.count == 1 })
    }

    @Test("A capital that acts is its government; a capital as a place stays a place")
    func metonymy() {
        let text = "Moscow demands security guarantees. Diplomats gathered in Moscow on Monday. "
            + "According to Kiev estimates, Russian troops are massing. Washington is expected to reply. "
            + "The Kremlin's list was long."
        let result = stage.recognize(text: text, date: "2022-01-21")
        let government = result.entities.first { $0.actorCode == "RUSGOV" }
        #expect(government?.kind == .organization)
        #expect(government?.mentions.map(\.text) == ["Moscow", "Kremlin"] || government?.mentions.map(\.text) == ["Moscow", "The Kremlin"])
        let place = result.entities.first { $0.name == "Moscow" }
        #expect(place?.kind == .place)
        #expect(place?.mentions.count == 1)
        #expect(result.entities.contains { $0.actorCode == "UKRGOV" && $0.mentions.map(\.text) == ["Kiev"] })
        #expect(result.entities.contains { $0.actorCode == "RUSMIL" && $0.mentions.map(\.text) == ["Russian troops"] })
        #expect(result.entities.contains { $0.actorCode == "USAGOV" && $0.mentions.map(\.text) == ["Washington"] })
    }

    @Test("Case matters: US is a country, us is not")
    func caseSensitive() {
        let result = stage.recognize(text: "Let us look at the US offer.", date: "2022-01-21")
        #expect(result.entities.count == 1)
        #expect(result.entities.first?.actorCode == "USA")
        #expect(result.entities.first?.mentions.map(\.text) == ["US"])
    }

    @Test("Descriptions, groups and administrations")
    func descriptionsAndGroups() {
        let text = "NATO rejected the idea. The alliance said the West stays united. "
            + "The Joe Biden Administration called it a bad idea, and Washington and its allies agreed."
        let result = stage.recognize(text: text, date: "2022-01-21")
        #expect(result.entities.first { $0.name == "NATO" }?.mentions.map(\.text) == ["NATO", "The alliance"])
        #expect(result.entities.first { $0.name == "the West" }?.kind == .group)
        #expect(EntityTestKB.entity(mentioning: "The Joe Biden Administration", in: result)?.actorCode == "USAGOV")
        #expect(result.entities.first { $0.name == "Joe Biden" }?.role == "President")
        #expect(EntityTestKB.entity(mentioning: "its allies", in: result)?.kind == .group)
    }

    @Test("Unknown names are kept with a guessed kind; sentence-initial words are not names")
    func unknownNames() {
        let text = "Meanwhile, analyst Jane Doerfler of the Baltic Security Institute said the Tallinn Defence Agency "
            + "was ready. Doerfler added that Vorkuta mattered."
        let result = stage.recognize(text: text, date: "2022-01-21")
        #expect(result.entities.first { $0.name == "Jane Doerfler" }?.kind == .person)
        #expect(result.entities.first { $0.name == "Jane Doerfler" }?.mentions.count == 2)
        #expect(result.entities.first { $0.name == "Baltic Security Institute" }?.kind == .organization)
        #expect(result.entities.first { $0.name == "Tallinn Defence Agency" }?.kind == .organization)
        #expect(result.entities.contains { $0.name == "Vorkuta" })
        #expect(!result.entities.contains { $0.name == "Meanwhile" })
    }

    @Test("Spans are Unicode-scalar offsets")
    func scalarSpans() {
        let text = "Café owners in Geneva said “Russia’s” demands were odd."
        let result = stage.recognize(text: text, date: "2022-01-21")
        let scalars = Array(text.unicodeScalars)
        for entity in result.entities {
            for m in entity.mentions {
                #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text)
            }
        }
        #expect(result.entities.contains { $0.name == "Russia" })
    }

    @Test("Common words in capitals, contractions and lower-case-used words are not people")
    func notNames() {
        let text = "He asked WHAT the plan was. \"I'll go,\" said Dana Okafor of the Equal Pay Media group. "
            + "Kyiv wants help, and Republicans agreed."
        let result = stage.recognize(text: text, date: "2022-01-21")
        #expect(!result.entities.contains { $0.name == "WHAT" || $0.name == "I'll" })
        #expect(result.entities.first { $0.name == "Dana Okafor" }?.kind == .person)
        #expect(result.entities.first { $0.name == "Republicans" }?.kind == .group)
        #expect(EntityTestKB.entity(mentioning: "Kyiv", in: result)?.actorCode == "UKRGOV")
    }
}
