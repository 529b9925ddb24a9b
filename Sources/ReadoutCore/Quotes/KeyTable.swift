/// An immutable map from lexicon keys (`ProseHash` values) to values, with the cheap lookups of `KeySet`.
struct KeyTable<Value: Sendable>: Sendable {
    /// Which keys are present and where.
    let keys: KeySet
    /// Values by table position (the last entry serves the key `0`).
    private let values: [Value?]

    /// Creates a table from key–value pairs; a later pair for the same key wins, as with dictionary assignment.
    init(_ pairs: [(UInt64, Value)]) {
        var last: [UInt64: Value] = [:]
        for (key, value) in pairs { last[key] = value }
        let keys = KeySet(last.keys)
        var values = [Value?](repeating: nil, count: keys.capacity + 1)
        for (key, value) in last {
            if let i = keys.index(of: key) { values[i] = value }
        }
        self.keys = keys
        self.values = values
    }

    /// Creates a table with the entries of a dictionary.
    init(_ dictionary: [UInt64: Value]) {
        self.init(dictionary.map { ($0.key, $0.value) })
    }

    /// The value for `key`, or nil.
    @inline(__always) subscript(_ key: UInt64) -> Value? {
        guard let i = keys.index(of: key) else { return nil }
        return values[i]
    }
}
