import Foundation
import Testing
@testable import ReadoutCore

/// Users extend the knowledge base: PETRARCH/TABARI dictionaries and `--kb-extra` files.
@Suite struct KnowledgeExtensionTests {
    /// A small dictionary in the TABARI actor format, written for this test.
    let dictionary = """
    # test dictionary
    ALEXANDRA_TESTOVA_  # a made-up official
    +A._TESTOVA
    +FOREIGN_MINISTER_TESTOVA
    \t[RUSGOV 19990101-20031231] # Deputy Foreign Minister
    \t[RUSGOV >20040309]  # Foreign Minister
    KORVANIA_ [KRV]
    +KORVANIAN_
    NORTH_ATLANTIC_TREATY_ORGANIZATION_ [IGOWSTNAT]
    JOHN_OLDNAME_ [USAGOV 970101-011231]
    MARY_NEWNAME_
    \t[USAGOV > 130701]
    """

    @Test func petrarchImportReadsDatedRoles() throws {
        let result = PetrarchImporter().entries(from: Data(dictionary.utf8))
        #expect(result.problems.isEmpty)
        let person = try #require(result.entries.first { $0.name == "Alexandra Testova" })
        #expect(person.kind == .person)
        #expect(person.aliases.contains("A. Testova"))
        #expect(person.roles.count == 2)
        let current = try #require(person.roles.first { $0.from == "2004-03-09" })
        #expect(current.to == nil && current.actorCode == "RUSGOV" && current.office == "Foreign Minister")
        #expect(person.roles.first { $0.from == "1999-01-01" }?.to == "2003-12-31")
        let old = try #require(result.entries.first { $0.name == "John Oldname" })
        #expect(old.roles.first?.from == "1997-01-01" && old.roles.first?.to == "2001-12-31")
        #expect(result.entries.first { $0.name == "Mary Newname" }?.roles.first?.from == "2013-07-01")
        #expect(result.entries.first { $0.name == "Korvania" }?.kind == .country)
        #expect(result.entries.first { $0.name.hasPrefix("North Atlantic") }?.actorCode == "NATO")
    }

    @Test func cameoOnlyCountryCodesBecomeISOCodes() throws {
        let text = """
        SOUTHERN_REBEL_FRONT_ [ANGREB]
        CAPE_TRADERS_GUILD_ [TMPBUS]
        DANUBE_VETERAN_ [ROMGOV 980101-011231]
        """
        let entries = PetrarchImporter().entries(from: Data(text.utf8)).entries
        let rebels = try #require(entries.first { $0.name.hasPrefix("Southern Rebel") })
        #expect(rebels.actorCode == "AGOREB" && rebels.country == "AGO")
        #expect(entries.first { $0.name.hasPrefix("Cape Traders") }?.actorCode == "TLSBUS")
        let veteran = try #require(entries.first { $0.name == "Danube Veteran" })
        #expect(veteran.roles.first?.actorCode == "ROUGOV" && veteran.roles.first?.country == "ROU")
    }

    @Test func importedEntriesAnswerDatedQuestions() {
        let imported = PetrarchImporter().entries(from: Data(dictionary.utf8)).entries
        let kb = KnowledgeBase(entries: imported)
        #expect(kb.holders(of: "Foreign Minister", country: "RUS", on: "2010-05-01").map(\.name) == ["Alexandra Testova"])
        #expect(kb.holders(of: "Foreign Minister", country: "RUS", on: "2001-05-01").isEmpty)
    }

    @Test func extraTSVFileAddsAndReplacesEntries() throws {
        let tsv = """
        # id\tkind\tname\tactorCode\tcountry\tsector\tmetonymFor\tlat\tlon\taliases\tdemonyms\tdescriptions\troles
        person:jan-kowalczyk\tperson\tJan Kowalczyk\tPOLGOV\tPOL\tGOV\t\t\t\tKowalczyk\t\t\tGovernment Spokesman;POL;POLGOV;2030-01-01;;Spokesperson
        place:testville\tplace\tTestville\t\tPOL\t\t\t52.1\t21.0\tTestowo
        """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kb-extra-\(UUID().uuidString).tsv")
        try Data(tsv.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let kb = try KnowledgeBase.loading(extra: [url.path])
        #expect(kb.entries.count == KnowledgeBase.shipped.entries.count + 2)
        #expect(kb.holders(of: "spokesman", country: "POL", on: "2030-06-01").map(\.name) == ["Jan Kowalczyk"])
        #expect(kb.entries(named: "Testowo").first?.latitude == 52.1)
    }

    @Test func extraJSONFileNeedsOnlyIdNameAndKind() throws {
        let json = """
        [{"id": "org:test-league", "name": "Test League", "kind": "organization", "actorCode": "TSTL",
          "descriptions": ["the league"]},
         {"id": "person:ada-example", "name": "Ada Example", "kind": "person",
          "roles": [{"title": "Foreign Secretary", "country": "GBR", "actorCode": "GBRGOV", "from": "2031-01-01"}]}]
        """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kb-extra-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let kb = try KnowledgeBase.loading(extra: [url.path])
        #expect(kb.entries(named: "the league").first?.actorCode == "TSTL")
        #expect(kb.holders(of: "Foreign Minister", country: "GBR", on: "2031-02-01").map(\.name) == ["Ada Example"])
    }

    @Test func badExtraLinesAreReportedWithTheirNumber() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kb-extra-\(UUID().uuidString).tsv")
        try Data("ok:1\tplace\tOkay\nbroken line without tabs\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: KBLoadError.self) { try KnowledgeBase.loading(extra: [url.path]) }
        do { _ = try KBLoader.loadExtra(path: url.path) } catch {
            #expect("\(error)".contains("line 2"))
        }
    }

    @Test func compiledLinesRoundTrip() {
        let entry = KBEntry(id: "person:x", name: "X Person", kind: .person, actorCode: "USAGOV", country: "USA", sector: "GOV",
                            aliases: ["X", "Mr X"], roles: [KBRole(title: "Secretary of State", country: "USA", actorCode: "USAGOV",
                                                                    from: "2040-01-01", to: "2041-01-01")])
        var problems: [KBLineFormat.LineProblem] = []
        let decoded = Data(KBLineFormat.encode(entry).utf8).withUnsafeBytes { KBLineFormat.decode($0, problems: &problems) }
        #expect(problems.isEmpty)
        #expect(decoded == [entry])
    }
}

/// How the build merges people from several sources.
@Suite struct KnowledgeMergeTests {
    @Test func newerHolderClosesAnOlderOpenEndedTerm() {
        var book = PeopleBook()
        book.add(KBEntry(id: "p:a", name: "Anna Alpha", kind: .person,
                         roles: [KBRole(title: "Foreign Minister", country: "XYZ", actorCode: "XYZGOV", from: "2015-03-01")]), priority: 1)
        book.add(KBEntry(id: "p:b", name: "Boris Beta", kind: .person,
                         roles: [KBRole(title: "Minister of Foreign Affairs", country: "XYZ", actorCode: "XYZGOV", from: "2021-07-15")]),
                 priority: 1)
        let people = book.finish()
        let kb = KnowledgeBase(entries: people)
        #expect(people.first { $0.name == "Anna Alpha" }?.roles.first?.to == "2021-07-14")
        #expect(kb.holders(of: "Foreign Minister", country: "XYZ", on: "2020-01-01").map(\.name) == ["Anna Alpha"])
        #expect(kb.holders(of: "foreign minister", country: "XYZ", on: "2022-01-01").map(\.name) == ["Boris Beta"])
    }

    @Test func higherPriorityDatesWinOverlappingLowerOnes() {
        var book = PeopleBook()
        book.add(KBEntry(id: "p:a", name: "Anna Alpha", kind: .person,
                         roles: [KBRole(title: "Prime Minister", country: "XYZ", actorCode: "XYZGOV", from: "2019-02-01", to: "2022-06-30")]),
                 priority: 0)
        // A coarser source thinks someone else was prime minister in 2022.
        book.add(KBEntry(id: "p:c", name: "Carl Gamma", kind: .person,
                         roles: [KBRole(title: "Prime Minister", country: "XYZ", actorCode: "XYZGOV", from: "2022", to: "2023")]), priority: 2)
        // The same person under a transliteration variant merges into one entry.
        book.add(KBEntry(id: "p:a2", name: "Anna Alfa", kind: .person, aliases: ["Anna Alpha"],
                         roles: [KBRole(title: "", country: "XYZ", actorCode: "XYZGOV", from: "2010-01-01", to: "2012-01-01")]), priority: 4)
        let people = book.finish()
        #expect(people.first { $0.name == "Carl Gamma" }?.roles.isEmpty ?? true)
        let anna = people.first { $0.name == "Anna Alpha" }
        #expect(anna?.aliases.contains("Anna Alfa") == true)
        #expect(anna?.roles.count == 2)
    }

    @Test func exactTermsComeBeforeYearOnlyTermsOnTheSameDay() {
        let kb = KnowledgeBase(entries: [
            KBEntry(id: "p:y", name: "Yuri Year", kind: .person,
                    roles: [KBRole(title: "President", country: "XYZ", actorCode: "XYZGOV", from: "2022")]),
            KBEntry(id: "p:e", name: "Erin Exact", kind: .person,
                    roles: [KBRole(title: "President", country: "XYZ", actorCode: "XYZGOV", from: "2017-03-01", to: "2022-08-01")]),
        ])
        #expect(kb.holders(of: "President", country: "XYZ", on: "2022-02-01").map(\.name) == ["Erin Exact", "Yuri Year"])
        #expect(kb.holders(of: "President", country: "XYZ", on: "2023-02-01").map(\.name) == ["Yuri Year"])
    }

    @Test func officeSynonymsAreCountryAware() {
        #expect(RoleTitles.office(for: "Secretary of State", country: "USA") == "Foreign Minister")
        #expect(RoleTitles.office(for: "Foreign Secretary", country: "GBR") == "Foreign Minister")
        #expect(RoleTitles.office(for: "Chancellor", country: "DEU") == "Prime Minister")
        #expect(RoleTitles.office(for: "Chancellor", country: "GBR") == "Finance Minister")
        #expect(RoleTitles.office(for: "defense secretary") == "Defence Minister")
        #expect(RoleTitles.office(for: "Secretary-General") == "Secretary General")
        #expect(RoleTitles.office(for: "premier") == "Prime Minister")
        #expect(RoleTitles.office(for: "Minister of Culture") == nil)
    }

    @Test func sectorNounsCodeGroups() {
        let nouns = SectorNouns.shipped
        #expect(nouns.sector(for: "soldiers") == "MIL")
        #expect(nouns.sector(for: "officials") == "GOV")
        #expect(nouns.sector(for: "Separatists") == "REB")
        #expect(nouns.code(for: "defence ministry") == "GOVMIL")
    }
}
