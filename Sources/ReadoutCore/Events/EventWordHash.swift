/// FNV-1a hashing of lowercased word bytes, computed while a word is scanned, so look-ups need no String hashing.
enum EventWordHash {
    /// The FNV-1a 64-bit offset basis: the hash of the empty word.
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes one byte into `hash`.
    @inline(__always) static func add(_ byte: UInt8, to hash: inout UInt64) {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of a word's UTF-8 bytes (the word must already be lowercased).
    static func hash(_ word: String) -> UInt64 {
        var h = empty
        for b in word.utf8 { add(b, to: &h) }
        return h
    }
}

/// A read-only word → value table probed by the word's `EventWordHash` (open addressing), checked against the word.
struct EventWordTable<Value: Sendable>: Sendable {
    private let hashes: [UInt64]
    private let words: [String]
    private let values: [Value?]
    private let mask: Int

    /// Builds the table from a dictionary keyed by lowercased words.
    init(_ dictionary: [String: Value]) {
        var size = 16
        while size < dictionary.count * 3 { size *= 2 }
        var hashes = [UInt64](repeating: 0, count: size)
        var words = [String](repeating: "", count: size)
        var values = [Value?](repeating: nil, count: size)
        let mask = size - 1
        for (word, value) in dictionary {
            let h = EventWordHash.hash(word)
            var slot = Int(truncatingIfNeeded: h) & mask
            while values[slot] != nil { slot = (slot + 1) & mask }
            hashes[slot] = h
            words[slot] = word
            values[slot] = value
        }
        self.hashes = hashes
        self.words = words
        self.values = values
        self.mask = mask
    }

    /// The stored word whose hash is `hash`, if any (the caller checks it against its own text).
    func word(hash: UInt64) -> String? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while values[slot] != nil {
            if hashes[slot] == hash { return words[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The value of `word`, whose hash is `hash`, or nil.
    @inline(__always) func value(hash: UInt64, word: String) -> Value? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            guard let value = values[slot] else { return nil }
            if hashes[slot] == hash, words[slot] == word { return value }
            slot = (slot + 1) & mask
        }
    }
}
