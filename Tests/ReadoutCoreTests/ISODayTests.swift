import Testing
@testable import ReadoutCore

@Suite("ISO days")
struct ISODayTests {
    @Test("2022-01-21 is a Friday in ISO week 3")
    func weekdayAndWeek() throws {
        let day = try #require(ISODay("2022-01-21"))
        #expect(day.weekday == 5)
        #expect(day.isoWeek.year == 2022 && day.isoWeek.week == 3)
        #expect(day.adding(days: 7).isoWeek.week == 4)
    }

    @Test("Epoch arithmetic round-trips across leap years")
    func roundTrip() throws {
        let day = try #require(ISODay("2020-02-29"))
        #expect(ISODay(daysSinceEpoch: day.daysSinceEpoch) == day)
        #expect(day.adding(days: 1).description == "2020-03-01")
        #expect(ISODay("2021-02-29") == nil)
    }

    @Test("Document hash is the SHA-256 of its text")
    func sha() {
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
