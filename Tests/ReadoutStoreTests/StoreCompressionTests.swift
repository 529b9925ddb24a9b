import Foundation
import ReadoutCore
import Testing
@testable import ReadoutStore

@Suite("Store: compressed readouts")
struct StoreCompressionTests {
    @Test("zlib round trip gives back the same bytes, several times smaller for repetitive JSON")
    func roundTrip() throws {
        let json = Array(String(repeating: #"{"start":12,"end":30,"text":"the United States","kind":"country"},"#, count: 200).utf8)
        let packed = json.withUnsafeBytes(Deflate.compress)
        #expect(packed.count * 5 < json.count)
        #expect(packed.withUnsafeBytes(Deflate.decompress) == json)
        let empty = [UInt8]().withUnsafeBytes(Deflate.compress)
        #expect(empty.withUnsafeBytes(Deflate.decompress) == [])
    }

    @Test("bytes that are not a zlib stream are refused, not misread")
    func damaged() {
        let garbage = Array("not compressed at all".utf8)
        #expect(garbage.withUnsafeBytes(Deflate.decompress) == nil)
        var packed = Array(String(repeating: "abc", count: 100).utf8).withUnsafeBytes(Deflate.compress)
        packed.removeLast(4)
        #expect(packed.withUnsafeBytes(Deflate.decompress) == nil)
    }

    @Test("a stored readout reads back whole, text included")
    func storedReadout() throws {
        let store = try SQLiteReadoutStore()
        _ = try store.write(GenevaStory.all)
        for original in GenevaStory.all {
            #expect(try store.readout(document: original.document.id) == original)
        }
    }
}
