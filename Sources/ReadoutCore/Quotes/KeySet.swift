/// An immutable set of lexicon keys (`ProseHash` values) with cheap lookups for per-token tests.
///
/// The keys are already hashes, so unlike `Set<UInt64>` it needs no SipHash round per lookup: a multiply picks the
/// slot of an open-addressing table that is at most a quarter full (most lookups decide on the first slot).
struct KeySet: Sendable {
    /// The table: `0` marks an empty slot.
    private let slots: [UInt64]
    /// `slots.count - 1` (the count is a power of two).
    private let mask: Int
    /// Whether the key `0` (which marks empty slots) is a member.
    private let hasZero: Bool
    /// The number of keys.
    let count: Int

    /// Creates a set of `keys`.
    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        let unique = Array(Set(keys))
        var size = 8
        while size < unique.count * 4 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var hasZero = false
        for key in unique {
            if key == 0 { hasZero = true; continue }
            var i = KeySet.slot(key, size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = key
        }
        self.slots = slots
        self.mask = size - 1
        self.hasZero = hasZero
        self.count = unique.count
    }

    /// The home slot of `key`.
    @inline(__always) static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// True when `key` is in the set.
    @inline(__always) func contains(_ key: UInt64) -> Bool {
        if key == 0 { return hasZero }
        return slots.withUnsafeBufferPointer { table in
            var i = KeySet.slot(key, mask)
            while true {
                let found = table[i]
                if found == key { return true }
                if found == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    /// The position of `key` in the table (for `KeyTable`), or nil.
    @inline(__always) func index(of key: UInt64) -> Int? {
        if key == 0 { return hasZero ? slots.count : nil }
        return slots.withUnsafeBufferPointer { table in
            var i = KeySet.slot(key, mask)
            while true {
                let found = table[i]
                if found == key { return i }
                if found == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    /// The table size; `index(of:)` returns values below `capacity + 1`.
    var capacity: Int { slots.count }

    /// The keys, in table order.
    var members: [UInt64] { slots.filter { $0 != 0 } + (hasZero ? [0] : []) }
}
