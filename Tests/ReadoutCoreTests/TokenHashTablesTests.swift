import Testing
@testable import ReadoutCore

@Suite("Token hash tables")
struct TokenHashTablesTests {
    @Test("A hash set sized too small grows instead of filling up, and keeps every member")
    func hashSetGrowsPastItsCapacity() {
        var set = HashSet64(capacity: 2)
        let hashes = (1...5_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for h in hashes { set.insert(h) }
        set.insert(0)
        #expect(hashes.allSatisfy { set.contains($0) })
        #expect(set.contains(0))
        #expect(!set.contains(12_345))
    }
}
