/// TempEval-3 style scores for time expressions: strict and relaxed span F1, type accuracy and value F1.
public struct TimexScore: Sendable, Codable {
    /// Gold expressions.
    public var gold = 0
    /// System expressions.
    public var system = 0
    /// System expressions with exactly the span of a gold one.
    public var strictSystem = 0
    /// Gold expressions with exactly the span of a system one.
    public var strictGold = 0
    /// System expressions overlapping a gold one.
    public var relaxedSystem = 0
    /// Gold expressions overlapping a system one.
    public var relaxedGold = 0
    /// Overlapping pairs with the same type.
    public var typeCorrect = 0
    /// System expressions overlapping a gold one of the same value.
    public var valueSystem = 0
    /// Gold expressions overlapping a system one of the same value.
    public var valueGold = 0

    /// One scored disagreement, for inspection.
    public struct Difference: Sendable, Codable {
        /// The document.
        public var document: String
        /// The gold expression, if any.
        public var gold: Timex?
        /// The system expression, if any.
        public var system: Timex?

        /// What went wrong, most serious first: `missed`, `spurious`, `value`, `type` or `span`.
        public var kind: String {
            guard let gold else { return "spurious" }
            guard let system else { return "missed" }
            if !TimexScore.sameValue(gold.value, system.value) { return "value" }
            if gold.type != system.type { return "type" }
            return "span"
        }
    }

    /// Creates an empty score.
    public init() {}

    /// Adds one document's comparison; returns the disagreements (misses, spurious, wrong span/type/value).
    @discardableResult
    public mutating func add(gold goldTimexes: [Timex], system systemTimexes: [Timex], document: String) -> [Difference] {
        var differences: [Difference] = []
        gold += goldTimexes.count
        system += systemTimexes.count
        func overlap(_ a: Timex, _ b: Timex) -> Int { min(a.end, b.end) - max(a.start, b.start) }
        for g in goldTimexes {
            let best = systemTimexes.filter { overlap($0, g) > 0 }.max { overlap($0, g) < overlap($1, g) }
            guard let s = best else {
                differences.append(Difference(document: document, gold: g, system: nil))
                continue
            }
            relaxedGold += 1
            if s.start == g.start && s.end == g.end { strictGold += 1 }
            if s.type == g.type { typeCorrect += 1 }
            let same = Self.sameValue(s.value, g.value)
            if same { valueGold += 1 }
            if !same || s.type != g.type || s.start != g.start || s.end != g.end {
                differences.append(Difference(document: document, gold: g, system: s))
            }
        }
        for s in systemTimexes {
            let best = goldTimexes.filter { overlap($0, s) > 0 }.max { overlap($0, s) < overlap($1, s) }
            guard let g = best else {
                differences.append(Difference(document: document, gold: nil, system: s))
                continue
            }
            relaxedSystem += 1
            if s.start == g.start && s.end == g.end { strictSystem += 1 }
            if Self.sameValue(s.value, g.value) { valueSystem += 1 }
        }
        return differences
    }

    /// True when two TIMEX3 values are the same value written alike, with an unpadded week number
    /// (`2000-W7` and `2000-W07`) or with a decade or century padded by X (`199X` and `199`, `19XX` and `19`).
    public static func sameValue(_ a: String, _ b: String) -> Bool {
        a == b || normalized(a) == normalized(b) || unpadded(a) == unpadded(b)
    }

    /// A decade or century written with trailing X's (`198X`, `19XX`) as its bare digits (`198`, `19`).
    static func unpadded(_ value: String) -> String {
        let b = Array(value.utf8)
        guard b.count == 4, let firstX = b.firstIndex(of: 88), firstX >= 2,
              b[..<firstX].allSatisfy({ $0 >= 48 && $0 <= 57 }), b[firstX...].allSatisfy({ $0 == 88 }) else {
            return value
        }
        return String(decoding: b[..<firstX], as: UTF8.self)
    }

    /// The value with a one-digit ISO week padded to two digits.
    static func normalized(_ value: String) -> String {
        let b = Array(value.utf8)
        guard b.count >= 7, b[4] == 45, b[5] == 87, b[6] >= 48, b[6] <= 57, b.count == 7 || !(b[7] >= 48 && b[7] <= 57) else {
            return value
        }
        return String(decoding: b[0..<6] + [48] + b[6...], as: UTF8.self)
    }

    /// Harmonic mean of precision and recall.
    static func f1(_ systemHits: Int, _ goldHits: Int, _ system: Int, _ gold: Int) -> Double {
        let p = system == 0 ? 0 : Double(systemHits) / Double(system)
        let r = gold == 0 ? 0 : Double(goldHits) / Double(gold)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// F1 over exact spans.
    public var spanF1Strict: Double { Self.f1(strictSystem, strictGold, system, gold) }
    /// F1 over overlapping spans.
    public var spanF1Relaxed: Double { Self.f1(relaxedSystem, relaxedGold, system, gold) }
    /// Share of overlapping pairs with the right type.
    public var typeAccuracy: Double { relaxedGold == 0 ? 0 : Double(typeCorrect) / Double(relaxedGold) }
    /// F1 over overlapping spans with the right value.
    public var valueF1: Double { Self.f1(valueSystem, valueGold, system, gold) }
    /// Relaxed span precision.
    public var relaxedPrecision: Double { system == 0 ? 0 : Double(relaxedSystem) / Double(system) }
    /// Relaxed span recall.
    public var relaxedRecall: Double { gold == 0 ? 0 : Double(relaxedGold) / Double(gold) }
}
