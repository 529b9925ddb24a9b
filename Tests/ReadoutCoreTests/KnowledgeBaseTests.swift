import Foundation
import Testing
@testable import ReadoutCore

/// The shipped knowledge base: who held which office when, names, metonyms and loading cost.
@Suite struct KnowledgeBaseTests {
    let kb = KnowledgeBase.shipped

    private func names(_ title: String, _ country: String, _ day: String) -> [String] {
        kb.holders(of: title, country: country, on: day).map(\.name)
    }

    @Test func usSecretaryOfStateDependsOnTheDate() {
        #expect(names("Secretary of State", "USA", "2020-06-01") == ["Mike Pompeo"])
        #expect(names("Secretary of State", "USA", "2022-01-21") == ["Antony Blinken"])
    }

    @Test func russianPrimeMinisterDependsOnTheDate() {
        #expect(names("Prime Minister", "RUS", "2010-01-01") == ["Vladimir Putin"])
        #expect(names("Prime Minister", "RUS", "2022-01-21") == ["Mikhail Mishustin"])
        #expect(names("Prime Minister", "RUS", "2015-06-01") == ["Dmitry Medvedev"])
    }

    @Test func titleSynonymsReachTheSameOffice() {
        #expect(names("Foreign Minister", "RUS", "2022-01-21") == ["Sergei Lavrov"])
        #expect(names("head of diplomacy", "USA", "2022-01-21") == ["Antony Blinken"])
        #expect(names("Foreign Minister", "USA", "2022-01-21") == ["Antony Blinken"])
        #expect(names("Foreign Secretary", "GBR", "2022-01-21") == ["Liz Truss"])
        #expect(names("premier", "CHN", "2022-01-21") == ["Li Keqiang"])
        #expect(names("Chancellor", "DEU", "2022-01-21") == ["Olaf Scholz"])
        #expect(names("defense secretary", "USA", "2022-01-21") == ["Lloyd Austin"])
        #expect(names("Defence Minister", "RUS", "2022-01-21") == ["Sergei Shoigu"])
        #expect(names("President", "UKR", "2022-01-21") == ["Volodymyr Zelensky"])
        #expect(names("Kremlin spokesman", "RUS", "2022-01-21") == ["Dmitry Peskov"])
    }

    @Test func organisationOffices() {
        #expect(names("Secretary General", "NATO", "2022-01-21") == ["Jens Stoltenberg"])
        #expect(names("Secretary General", "NATO", "2025-01-21") == ["Mark Rutte"])
        #expect(names("High Representative", "EU", "2022-01-21") == ["Josep Borrell"])
        #expect(names("Commission President", "EUR", "2022-01-21") == ["Ursula von der Leyen"])
        #expect(names("Secretary General", "UN", "2022-01-21") == ["António Guterres"])
    }

    @Test func principalsOfTheTenCountriesAreKnownIn2022() {
        for country in ["USA", "RUS", "UKR", "GBR", "FRA", "DEU", "CHN", "TUR", "POL", "BLR"] {
            for office in ["Foreign Minister", "Defence Minister"] {
                #expect(names(office, country, "2022-06-01").count == 1, "\(office) of \(country)")
            }
            let head = names("President", country, "2022-06-01") + names("Monarch", country, "2022-06-01")
            #expect(!head.isEmpty, "head of state of \(country)")
        }
    }

    @Test func countriesHaveCodesVariantsAndDemonyms() {
        for form in ["US", "U.S.", "USA", "America", "United States of America", "United States"] {
            #expect(kb.entries(named: form).contains { $0.actorCode == "USA" && $0.kind == .country }, "\(form)")
        }
        #expect(kb.entries(named: "Britain").first?.actorCode == "GBR")
        #expect(kb.entries(named: "Ivory Coast").first?.actorCode == "CIV")
        #expect(kb.entries(named: "Côte d'Ivoire").first?.actorCode == "CIV")
        #expect(kb.entries(named: "Burma").first?.actorCode == "MMR")
        #expect(kb.entries(named: "Russians").first?.actorCode == "RUS")
        #expect(kb.entries(named: "Russian").first?.actorCode == "RUS")
        #expect(kb.entries(named: "Bulgaria").first?.actorCode == "BGR")
    }

    @Test func seatsOfPowerStandForTheirGovernment() {
        #expect(kb.entries(named: "the Kremlin").first?.metonymFor == "RUSGOV")
        #expect(kb.entries(named: "Moscow").contains { $0.metonymFor == "RUSGOV" })
        #expect(kb.entries(named: "Washington").contains { $0.metonymFor == "USAGOV" })
        #expect(kb.entries(named: "the Pentagon").first?.metonymFor == "USAMIL")
        #expect(kb.entries(named: "Kiev").contains { $0.metonymFor == "UKRGOV" })
        #expect(kb.entries(named: "Kyiv").contains { $0.metonymFor == "UKRGOV" })
        #expect(kb.entries(named: "Downing Street").first?.metonymFor == "GBRGOV")
    }

    @Test func organisationsHaveCodesAndDescriptions() {
        #expect(kb.entries(named: "the military alliance").first?.actorCode == "NATO")
        #expect(kb.entries(named: "the transatlantic defense organization").first?.actorCode == "NATO")
        #expect(kb.entries(named: "EU").first?.actorCode == "EUR")
        #expect(kb.entries(named: "the bloc").first?.actorCode == "EUR")
        #expect(kb.entries(named: "UN").first?.actorCode == "UNO")
    }

    @Test func conflictRegionsArePlaces() {
        for name in ["Crimea", "Donbas", "Sea of Azov", "Eastern Europe"] {
            let e = kb.entries(named: name).first
            #expect(e?.kind == .place, "\(name)")
            #expect(e?.latitude != nil, "\(name)")
        }
        #expect(kb.entries(named: "Crimea").first?.country == "UKR")
    }

    @Test func eventOntologyIsShipped() {
        let o = EventOntology.shipped
        #expect(o.types.count == 16)
        #expect(o.types["ASSAULT"]?.quad == "material conflict")
        #expect(o.cameo["036"]?.goldstein == 4.0)
        #expect(o.types["CONSULT"]?.modes["visit"] != nil)
        #expect((o.types["ACCUSE"]?.score ?? 0) < 0)
    }

    @Test func loadingIsFastAndSmall() throws {
        // Thread CPU time: wall time on a shared, busy machine measures the neighbours.
        func cpu() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
        }
        let start = cpu()
        let fresh = try KBLoader.loadShipped()
        let elapsed = cpu() - start
        #expect(fresh.entries.count == kb.entries.count)
        #expect(fresh.entries.count > 15_000)
        #if DEBUG
        let limit = 1500.0  // unoptimised build; `readout kb stats` measures the release build (< 150 ms)
        #else
        let limit = 150.0
        #endif
        #expect(elapsed < limit, "loading took \(elapsed) ms of CPU")
        if let mb = PeakMemory.megabytes() { #expect(mb < 300) }
    }
}
