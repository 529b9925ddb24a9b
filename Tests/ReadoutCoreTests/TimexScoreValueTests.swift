import Testing
@testable import ReadoutCore

/// Value comparison conventions of the timex scorer.
@Suite struct TimexScoreValueTests {
    @Test func decadesAndCenturiesMatchWithOrWithoutXPadding() {
        #expect(TimexScore.sameValue("198X", "198"))
        #expect(TimexScore.sameValue("19XX", "19"))
        #expect(!TimexScore.sameValue("199X", "198"))
        #expect(!TimexScore.sameValue("1998", "199"))
        #expect(!TimexScore.sameValue("XXXX", "PAST_REF"))
    }

    @Test func unpaddedWeeksMatch() {
        #expect(TimexScore.sameValue("2000-W7", "2000-W07"))
    }
}
