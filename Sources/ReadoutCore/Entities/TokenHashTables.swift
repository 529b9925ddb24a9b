/// An open-addressing hash map from 64-bit keys to 32-bit values with a multiplicative hash: the trie's edges.
struct EdgeTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    /// Creates an empty table.
    init() {
        keys = Array(repeating: .max, count: 1024)
        values = Array(repeating: -1, count: 1024)
        shift = 64 - 10
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value for `key`, or -1.
    @inline(__always) func get(_ key: UInt64) -> Int32 {
        let mask = keys.count - 1
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == .max { return -1 }
            i = (i + 1) & mask
        }
    }

    /// Sets the value for `key`.
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = slot(key)
        while keys[i] != .max && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == .max { count += 1 }
        keys[i] = key
        values[i] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: .max, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != .max { set(k, v) }
    }
}

/// Token strings to vocabulary ids, looked up straight from the document's UTF-8 bytes without making strings.
struct ByteVocabulary: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var table: [Int32]
    private var shift: UInt64

    /// Creates an empty vocabulary.
    init() {
        table = Array(repeating: -1, count: 1024)
        shift = 64 - 10
    }

    /// The number of words.
    var count: Int { starts.count }

    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>, lowerFirst: Bool = false,
                                               lowerAll: Bool = false) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var first = lowerFirst || lowerAll
        for var b in bytes {
            if first { if b >= 65, b <= 90 { b += 32 }; first = lowerAll }
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return h
    }

    /// The id of the bytes (with an ASCII first letter lower-cased when `lowerFirst`), or -1.
    @inline(__always) func id(_ bytes: UnsafeBufferPointer<UInt8>, lowerFirst: Bool = false, lowerAll: Bool = false) -> Int32 {
        guard !bytes.isEmpty else { return -1 }
        if lowerAll {
            let lowered = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
            return lowered.withUnsafeBufferPointer { id($0) }
        }
        return id(bytes, hash: ByteVocabulary.hash(bytes, lowerFirst: lowerFirst), lowerFirst: lowerFirst)
    }

    /// The id of the bytes whose `hash` is already known.
    @inline(__always) func id(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, lowerFirst: Bool = false) -> Int32 {
        let mask = table.count - 1
        var i = Int((hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
        var firstByte = bytes[0]
        if lowerFirst, firstByte >= 65, firstByte <= 90 { firstByte += 32 }
        return table.withUnsafeBufferPointer { table in
            lengths.withUnsafeBufferPointer { lengths in
                starts.withUnsafeBufferPointer { starts in
                    arena.withUnsafeBufferPointer { arena in
                        while true {
                            let entry = table[i]
                            if entry < 0 { return -1 }
                            let e = Int(entry)
                            if Int(lengths[e]) == bytes.count {
                                let start = Int(starts[e])
                                var same = arena[start] == firstByte
                                var k = 1
                                while same, k < bytes.count {
                                    if arena[start + k] != bytes[k] { same = false }
                                    k += 1
                                }
                                if same { return entry }
                            }
                            i = (i + 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// The id of `word`, or -1.
    func id(_ word: String) -> Int32 {
        var copy = word
        return copy.withUTF8 { id($0) }
    }

    /// Adds `word` with id `id` (ids are dense, in insertion order).
    mutating func insert(_ word: String) -> Int32 {
        let existing = id(word)
        if existing >= 0 { return existing }
        if (starts.count + 1) * 2 > table.count { grow() }
        let newID = Int32(starts.count)
        starts.append(Int32(arena.count))
        lengths.append(Int32(word.utf8.count))
        arena.append(contentsOf: word.utf8)
        place(newID)
        return newID
    }

    private mutating func place(_ entry: Int32) {
        let mask = table.count - 1
        let start = Int(starts[Int(entry)]), length = Int(lengths[Int(entry)])
        let h = arena.withUnsafeBufferPointer { ByteVocabulary.hash(UnsafeBufferPointer(rebasing: $0[start..<start + length])) }
        var i = Int((h &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while table[i] >= 0 { i = (i + 1) & mask }
        table[i] = entry
    }

    private mutating func grow() {
        table = Array(repeating: -1, count: table.count * 2)
        shift -= 1
        for e in 0..<starts.count { place(Int32(e)) }
    }
}

/// A set of 64-bit hashes with open addressing, sized for a known number of insertions (it doubles if that is
/// exceeded, so it never fills up).
struct HashSet64: Sendable {
    private var slots: [UInt64]
    private var shift: UInt64
    private var hasZero = false
    private var count = 0

    /// Creates an empty set with room for `capacity` hashes.
    init(capacity: Int) {
        var bits: UInt64 = 4
        while (1 << bits) < capacity * 2 { bits += 1 }
        slots = Array(repeating: 0, count: 1 << bits)
        shift = 64 - bits
    }

    /// Adds `hash`.
    mutating func insert(_ hash: UInt64) {
        if hash == 0 { hasZero = true; return }
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = Int((hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[i] != 0 {
            if slots[i] == hash { return }
            i = (i + 1) & mask
        }
        slots[i] = hash
        count += 1
    }

    /// Doubles the table and re-inserts every hash.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        shift -= 1
        count = 0
        for hash in old where hash != 0 { insert(hash) }
    }

    /// True when `hash` was added.
    func contains(_ hash: UInt64) -> Bool {
        if hash == 0 { return hasZero }
        let mask = slots.count - 1
        var i = Int((hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[i] != 0 {
            if slots[i] == hash { return true }
            i = (i + 1) & mask
        }
        return false
    }
}
