/// Finds which of a fixed list of lower-case ASCII words an ASCII text contains, in one pass over the text: at each
/// position only the words starting with that (case-folded) letter are compared. `ExpectedAction.cueMask` runs it
/// on every event's evidence; searching for each word in turn read the evidence once per word.
struct CueScanner: Sendable {
    /// Word indexes and bytes by their first byte.
    private let byFirstByte: [[(index: Int, bytes: [UInt8])]]

    /// A scanner for `words`, all lower-case ASCII and not empty (others are never found).
    init(_ words: [String]) {
        var table = [[(index: Int, bytes: [UInt8])]](repeating: [], count: 128)
        for (index, word) in words.enumerated() {
            let bytes = Array(word.utf8)
            guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            table[Int(first)].append((index, bytes))
        }
        byFirstByte = table
    }

    /// The bits (`1 << index`) of the words the ASCII `text` contains, ASCII letters compared case-insensitively.
    func mask(in text: UnsafeBufferPointer<UInt8>) -> Int64 {
        var mask: Int64 = 0
        let count = text.count
        for start in 0..<count {
            let first = foldASCII(text[start])
            guard first < 0x80 else { continue }
            for word in byFirstByte[Int(first)] where word.bytes.count <= count - start {
                var offset = 1
                while offset < word.bytes.count, foldASCII(text[start + offset]) == word.bytes[offset] { offset += 1 }
                if offset == word.bytes.count { mask |= Int64(1) << word.index }
            }
        }
        return mask
    }
}

/// An ASCII upper-case letter as lower case; any other byte as it is.
@inline(__always) func foldASCII(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
