import Testing
@testable import ReadoutCore

@Suite("Time windows: the ISO days a TIMEX3 value covers")
struct TimeWindowTests {
    /// "start…end" of a value's window, or "nil".
    func days(_ value: String) -> String {
        guard let w = TimexResolver.window(for: value) else { return "nil" }
        return "\(w.start ?? "?")…\(w.end ?? "?")"
    }

    @Test("Days, ISO weeks, weekends and months")
    func fineGrained() {
        #expect(days("2022-01-21") == "2022-01-21…2022-01-21")
        #expect(days("2022-01-21T10:30") == "2022-01-21…2022-01-21")
        #expect(days("2022-01-21TMO") == "2022-01-21…2022-01-21")
        #expect(days("2022-W04") == "2022-01-24…2022-01-30")
        #expect(days("2021-W52") == "2021-12-27…2022-01-02")
        #expect(days("2020-W53") == "2020-12-28…2021-01-03")
        #expect(days("2022-W03-WE") == "2022-01-22…2022-01-23")
        #expect(days("2021-12") == "2021-12-01…2021-12-31")
        #expect(days("2024-02") == "2024-02-01…2024-02-29")
    }

    @Test("Years, quarters, halves, seasons, decades and centuries")
    func coarse() {
        #expect(days("2022") == "2022-01-01…2022-12-31")
        #expect(days("2021-Q3") == "2021-07-01…2021-09-30")
        #expect(days("2021-H1") == "2021-01-01…2021-06-30")
        #expect(days("2021-SU") == "2021-06-01…2021-08-31")
        #expect(days("2021-WI") == "2021-12-01…2022-02-28")
        #expect(days("199") == "1990-01-01…1999-12-31")
        #expect(days("199X") == "1990-01-01…1999-12-31")
        #expect(days("20") == "2000-01-01…2099-12-31")
    }

    @Test("Durations, sets and vague references cover no days")
    func noWindow() {
        #expect(days("P3W") == "nil")
        #expect(days("PAST_REF") == "nil")
        #expect(days("XXXX-WXX-5") == "nil")
        #expect(days("2022-13") == "nil")
    }

    @Test("A clause's date is its first DATE expression's window")
    func clauseWindow() {
        let text = "A written reply comes next week, officials said on Friday."
        let found = TimexResolver.timexes(in: text, date: ISODay("2022-01-21")!)
        let window = TimexResolver.window(in: found, from: 0, to: 32)
        #expect(window?.value == "2022-W04")
        #expect(window?.start == "2022-01-24" && window?.end == "2022-01-30")
    }

    @Test("The time stage fills the readout from the document date")
    func stage() {
        let document = Document(date: "2022-01-21", text: "Washington will answer next week.")
        let readout = ReadoutPipeline(stages: [TimeStage()]).read(document)
        #expect(readout.timexes.map(\.value) == ["2022-W04"])
        #expect(readout.timexes.first?.text == "next week")
    }
}
