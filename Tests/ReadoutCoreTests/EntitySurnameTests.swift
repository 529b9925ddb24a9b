import Testing
@testable import ReadoutCore

/// Titled surnames shared by several known people ("President Melnyk").
@Suite("Entity titled surnames")
struct EntitySurnameTests {
    static let kb = KnowledgeBase(entries: [
        KBEntry(id: "country:UKR", name: "Ukraine", kind: .country, actorCode: "UKR", country: "UKR", demonyms: ["Ukrainian"]),
        KBEntry(id: "country:POL", name: "Poland", kind: .country, actorCode: "POL", country: "POL", demonyms: ["Polish"]),
        KBEntry(id: "country:CHE", name: "Switzerland", kind: .country, actorCode: "CHE", country: "CHE", demonyms: ["Swiss"]),
        KBEntry(id: "person:taras-melnyk", name: "Taras Melnyk", kind: .person, actorCode: "UKRGOV", country: "UKR",
                roles: [KBRole(title: "President", country: "UKR", actorCode: "UKRGOV", from: "2010-01-01", to: "2015-01-01")]),
        KBEntry(id: "person:anna-melnyk", name: "Anna Melnyk", kind: .person, actorCode: "POLGOV", country: "POL"),
        KBEntry(id: "person:karl-osterberg", name: "Karl Osterberg", kind: .person, actorCode: "CHEGOV", country: "CHE",
                aliases: ["Karl F. Osterberg", "K. F. Osterberg", "Karl Friedrich Osterberg"]),
        KBEntry(id: "person:lena-osterberg", name: "Lena Osterberg", kind: .person, actorCode: "POLGOV", country: "POL"),
    ])
    static let stage = EntityStage(knowledgeBase: kb)

    @Test("The holder of the title on the document date is the one meant")
    func holderOnTheDate() {
        let found = EntitySurnameTests.stage.recognize(text: "President Melnyk opened the new bridge on Monday.", date: "2012-06-04")
        let person = found.entities.first { $0.name.hasSuffix("Melnyk") }
        #expect(person?.country == "UKR")
    }

    @Test("Without a dated holder, the clearly more prominent person with that surname is meant")
    func prominentPerson() {
        let found = EntitySurnameTests.stage.recognize(text: "President Osterberg opened the new bridge on Monday.", date: "2012-06-04")
        let person = found.entities.first { $0.name.hasSuffix("Osterberg") }
        #expect(person?.country == "CHE")
        #expect(person?.actorCode == "CHEGOV")
    }
}

/// Places of a country that later split off keep their old country in earlier documents.
@Suite("Entity predecessor countries")
struct EntityPredecessorTests {
    static let kb = KnowledgeBase(entries: [
        KBEntry(id: "country:SDN", name: "Sudan", kind: .country, actorCode: "SDN", country: "SDN", demonyms: ["Sudanese"]),
        KBEntry(id: "country:SSD", name: "South Sudan", kind: .country, actorCode: "SSD", country: "SSD"),
        KBEntry(id: "place:juba", name: "Juba", kind: .place, country: "SSD"),
    ])
    static let stage = EntityStage(knowledgeBase: kb)

    @Test("Juba is in Sudan before 2011 and in South Sudan after")
    func jubaByDate() {
        let text = "Aid convoys reached Juba on Tuesday."
        let before = EntityPredecessorTests.stage.recognize(text: text, date: "1995-04-11").entities.first { $0.name == "Juba" }
        let after = EntityPredecessorTests.stage.recognize(text: text, date: "2015-04-11").entities.first { $0.name == "Juba" }
        #expect(before?.country == "SDN")
        #expect(after?.country == "SSD")
    }
}

/// A people named as an ethnic group is coded by the country it lives in.
@Suite("Entity ethnic minorities")
struct EntityEthnicTests {
    static let kb = KnowledgeBase(entries: [
        KBEntry(id: "country:HUN", name: "Hungary", kind: .country, actorCode: "HUN", country: "HUN",
                demonyms: ["Hungarian", "Hungarians"]),
        KBEntry(id: "country:UKR", name: "Ukraine", kind: .country, actorCode: "UKR", country: "UKR", demonyms: ["Ukrainian"]),
    ])
    static let stage = EntityStage(knowledgeBase: kb)

    @Test("Ethnic Hungarians in Ukraine are a Ukrainian group; Hungary stays Hungary")
    func minorityInHostCountry() {
        let found = EntityEthnicTests.stage.recognize(
            text: "Ethnic Hungarians in western Ukraine held a rally on Sunday. Hungary sent a diplomat.", date: "2019-04-11")
        let minority = found.entities.first { $0.name.lowercased().hasPrefix("ethnic") && $0.name.contains("Hungarians") }
        #expect(minority?.country == "UKR")
        #expect(found.entities.first { $0.name == "Hungary" }?.country == "HUN")
    }
}

/// Unknown organisations take the one country of their sentence, unless their name is international.
@Suite("Entity unknown organisations")
struct EntityUnknownOrganisationTests {
    let stage = EntityTestKB.stage

    @Test("A national-sounding unknown organisation takes the sentence's country")
    func nationalOrganisation() {
        let found = stage.recognize(text: "Police in Kyiv raided the offices of the Donetsk Miners Union on Monday.", date: "2019-04-11")
        let union = found.entities.first { $0.name.contains("Miners Union") }
        #expect(union?.country == "UKR")
    }

    @Test("An international-sounding unknown organisation stays without a country")
    func internationalOrganisation() {
        let found = stage.recognize(text: "Police in Kyiv raided the offices of the Global Miners Forum on Monday.", date: "2019-04-11")
        let forum = found.entities.first { $0.name.contains("Miners Forum") }
        #expect(forum != nil)
        #expect(forum?.country == nil)
    }
}

/// Country names with one letter wrong are still the country.
@Suite("Entity misspelt countries")
struct EntityMisspeltCountryTests {
    let stage = EntityTestKB.stage

    @Test("A swapped or doubled letter in a country name still finds the country")
    func misspeltCountry() {
        let found = stage.recognize(text: "Officials said Ukriane signed the deal with Russsia on Monday.", date: "2019-04-11")
        #expect(found.entities.contains { $0.country == "UKR" && $0.kind == .country })
        #expect(found.entities.contains { $0.country == "RUS" && $0.kind == .country })
    }

    @Test("The edit test accepts one edit and rejects two")
    func oneEdit() {
        #expect(EntityCountrySpelling.oneEdit(Array("Qatar".utf8), Array("Quatar".utf8)))
        #expect(EntityCountrySpelling.oneEdit(Array("Ethiopia".utf8), Array("Ethopia".utf8)))
        #expect(!EntityCountrySpelling.oneEdit(Array("Austria".utf8), Array("Australia".utf8)))
    }

    @Test("Splitting a word at its first hyphen matches the standard split, empty pieces and all")
    func hyphenSplit() {
        for word in ["Vietnamese-led", "Iraqi", "-led", "a--b", "--a-b-", "", "-", "Bosnian-Serb-run", "Côte-led"] {
            let expected = Substring(word).split(separator: "-", maxSplits: 1)
            #expect(EntityResolver.splitAtFirstHyphen(Substring(word)) == expected, "\(word)")
        }
    }
}

/// Unknown names of groups take the one country of their sentence.
@Suite("Entity unknown groups")
struct EntityUnknownGroupTests {
    let stage = EntityTestKB.stage

    @Test("An unknown people named in a sentence about one country is of that country")
    func unknownPeople() {
        let found = stage.recognize(text: "Police in Kyiv said Velmar villagers blocked a road on Monday.", date: "2019-04-11")
        let group = found.entities.first { $0.name.hasPrefix("Velmar") }
        #expect(group?.country == "UKR")
    }
}
