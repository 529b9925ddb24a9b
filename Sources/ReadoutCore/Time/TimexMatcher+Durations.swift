/// A counted amount of time units: exact ("three", "2 1/2") or vague ("a few", "several").
enum TimexAmount: Sendable, Equatable {
    case exact(Int, half: Bool)
    case vague
}

/// Durations ("a few weeks", "three years", "the past two months") and counted dates ("two weeks ago").
extension TimexMatcher {
    /// Words like "more than", "at least", "nearly", "about" before an amount; returns the index after them.
    func approximator(at i: Int) -> Int {
        var k = i
        for _ in 0..<2 {
            if (isFunction(k, .more) || isFunction(k, .less)) && isFunction(k + 1, .than) { k += 2; continue }
            if isFunction(k, .no), isFunction(k + 1, .more), isFunction(k + 2, .than) { k += 3; continue }
            if isFunction(k, .at), isFunction(k + 1, .least) { k += 2; continue }
            if isFunction(k, .up), isFunction(k + 1, .to) { k += 2; continue }
            // "about", "nearly", "over" stay outside the span ("about two weeks" marks "two weeks"), except before
            // "a"/"an" ("nearly an hour").
            if isFunction(k, .nearly) || isFunction(k, .almost) || isFunction(k, .about) || isFunction(k, .around)
                || isFunction(k, .roughly) || isFunction(k, .over) {
                if isFunction(k + 1, .a) || isFunction(k + 1, .an) { k += 1; continue }
            }
            break
        }
        return k
    }

    /// True when token `k` is a number word ("three").
    func isNumberWord(_ k: Int) -> Bool {
        if case .number? = word(k) { return true }
        return false
    }

    /// The amount at token `k` and the index after it.
    func amount(at k: Int) -> (amount: TimexAmount, next: Int)? {
        guard k >= 0, k < tokens.count else { return nil }
        let t = tokens[k]
        if t.kind == .number {
            // "1,000 days": comma-grouped thousands.
            if t.hash == 0, t.joiner == 0, t.digits <= 3, k + 1 < tokens.count, tokens[k + 1].joiner == 0x2C,
               tokens[k + 1].kind == .number, tokens[k + 1].digits == 3, tokens[k + 1].hash == 0,
               !(k + 2 < tokens.count && tokens[k + 2].kind == .number && tokens[k + 2].joiner != 0), unit(k + 2) != nil {
                return (.exact(t.number * 1000 + tokens[k + 1].number, half: false), k + 2)
            }
            guard t.hash == 0, t.digits <= 4, !isPartOfFigure(k) else { return nil }
            if t.joiner == 0x2F || t.joiner == 0x3A { return nil }
            // "5 1/2"
            if k + 2 < tokens.count, tokens[k + 1].kind == .number, tokens[k + 1].number == 1, tokens[k + 1].spaceBefore,
               tokens[k + 2].kind == .number, tokens[k + 2].joiner == 0x2F, tokens[k + 2].number == 2 {
                return (.exact(t.number, half: true), k + 3)
            }
            if k + 1 < tokens.count, tokens[k + 1].kind == .number, tokens[k + 1].joiner != 0 { return nil }
            return (.exact(t.number, half: false), k + 1)
        }
        switch t.word {
        case .number(let n)?:
            var value = n, j = k + 1
            if n >= 20, n % 10 == 0, n < 100, case .number(let m)? = word(j), m < 10 { value += m; j += 1 }
            if case .number(100)? = word(j), value < 100 { value *= 100; j += 1 }
            if n == 0 { return nil }
            return (.exact(value, half: false), j)
        case .function(let f)?:
            switch f {
            case .a, .an:
                if isWord(k + 1, "few") || isWord(k + 1, "couple") && isFunction(k + 2, .of) {
                    return isWord(k + 1, "few") ? (.vague, k + 2) : (.exact(2, half: false), k + 3)
                }
                if isWord(k + 1, "couple") { return (.exact(2, half: false), k + 2) }
                if case .number(let n)? = word(k + 1), n == 100 || n == 1000 { return (.exact(n, half: false), k + 2) }
                return (.exact(1, half: false), k + 1)
            case .some: return (.vague, k + 1)
            case .several, .few, .many: return (.vague, k + 1)
            case .couple: return isFunction(k + 1, .of) ? (.exact(2, half: false), k + 2) : nil
            default: return nil
            }
        default:
            if isWord(k, "few") || isWord(k, "several") || isWord(k, "many") { return (.vague, k + 1) }
            if isWord(k, "couple") && isFunction(k + 1, .of) { return (.exact(2, half: false), k + 2) }
            return nil
        }
    }

    /// The TIMEX3 duration value for an amount of units.
    static func durationValue(_ amount: TimexAmount, _ unit: TimexUnit) -> String {
        let (letter, timePart) = unit.durationLetter
        let t = timePart ? "T" : ""
        switch amount {
        case .vague: return "P\(t)X\(letter)"
        case .exact(let n, let half):
            switch unit {
            case .decade: return "P\(n * 10 + (half ? 5 : 0))Y"
            case .century: return "P\(n * 100 + (half ? 50 : 0))Y"
            default: break
            }
            guard half else { return "P\(t)\(n)\(letter)" }
            switch unit {
            case .year: return "P\(n)Y6M"
            case .day: return "P\(n)DT12H"
            case .hour: return "PT\(n)H30M"
            case .minute: return "PT\(n)M30S"
            case .month: return "P\(n)M15D"
            default: return "P\(t)\(n).5\(letter)"
            }
        }
    }

    /// True when token `i` follows an amount ("$2 million", "4%", "four flights", "24 hours"), so "a year" there is a rate.
    func followsQuantity(_ i: Int) -> Bool {
        guard i >= 1 else { return false }
        let prev = tokens[i - 1]
        if prev.kind == .number || isPunct(i - 1, 0x25) { return true }
        if prev.kind == .word, Self.quantityWords.contains(prev.hash) { return true }
        guard i >= 2, prev.kind == .word else { return false }
        if case .function? = prev.word { return false }
        return tokens[i - 2].kind == .number || isNumberWord(i - 2)
    }

    /// Words that end an amount: "2 million a year", "5 percent a year".
    static let quantityWords: Set<UInt64> = Set(["million", "billion", "trillion", "thousand", "percent", "cents"].map(TimexLexicon.hash))

    /// Durations and counted dates starting at token `i`.
    func duration(at i: Int) -> TimexMatch? {
        var k = approximator(at: i)
        var determiner = false
        if isFunction(k, .the) { k += 1; determiner = true }
        if isFunction(k, .past) || isFunction(k, .last) || isFunction(k, .next) || isFunction(k, .coming)
            || isFunction(k, .previous) || isFunction(k, .latest) || isFunction(k, .following) || isWord(k, "first")
            || isFunction(k, .recent) || isWord(k, "final") || isWord(k, "remaining") {
            k += 1; determiner = true
        }
        if let (count, next) = amount(at: k) {
            var j = next
            if isFunction(j, .more) || isWord(j, "additional") || isWord(j, "straight") || isWord(j, "consecutive")
                || isWord(j, "further") || isWord(j, "extra") {
                j += 1
            }
            guard let u = unit(j) else { return nil }
            if case .exact(let n, let half) = count, n > 1 || half, !u.plural {
                // "two-year", "six year" (adjectival): singular unit after a count.
                guard tokens[j].joiner == 0x2D || tokens[j].spaceBefore else { return nil }
            }
            if case .exact(1, false) = count, u.plural { return nil }
            // "the 14-day truce": an adjectival duration is marked without its article.
            if !u.plural, tokens[j].joiner == 0x2D, k == i + 1, isFunction(i, .the) { return nil }
            // Fractions and ordinals: "a quarter of", "more than a quarter", "three-quarters of", "a second time".
            if u.unit == .quarter, isFunction(j + 1, .of) || isFunction(k - 1, .than) || (u.plural && tokens[j].joiner == 0x2D) { return nil }
            if u.unit == .second, !u.plural, j == k + 1, !isPunct(j + 1, 0x2E), !isPunct(j + 1, 0x2C), !isFunction(j + 1, .or) { return nil }
            if tokens[k].kind == .number, tokens[k].digits == 4, !u.plural, tokens[j].joiner != 0x2D { return nil }
            var end = j + 1
            // Ages ("6-year-old") are not time expressions.
            if isFunction(end, .old) { return nil }
            // "will one day be": some day in the future.
            if j == k + 1, isWord(k, "one"), u.unit == .day, !u.plural, k > 0, tokens[k - 1].kind == .word,
               isFunction(k - 1, .will) || isFunction(k - 1, .would) || Self.futureModals.contains(tokens[k - 1].hash),
               end < tokens.count, tokens[end].kind == .word, tokens[end].word == nil {
                return TimexMatch(end: end, type: .date, value: "FUTURE_REF", anchor: nil)
            }
            var count = count
            // "a minute and a half", "two years and a half"
            if case .exact(let n, false) = count, isFunction(end, .and), isFunction(end + 1, .a), isFunction(end + 2, .half) {
                count = .exact(n, half: true)
                end += 3
            }
            if isFunction(end, .or), isWord(end + 1, "so") { end += 2 }
            if isFunction(end, .ago) {
                return agoDate(count, u.unit, end: end + 1)
            }
            if (isFunction(end, .earlier) || isFunction(end, .later)) && !determiner {
                if let m = shiftedFromReference(count, u.unit, forward: isFunction(end, .later), end: end + 1) { return m }
            }
            // "$2 million a year", "four flights a week": a rate per unit is a set (TimeML SET P1Y).
            if k == i, j == k + 1, !u.plural, isFunction(k, .a) || isFunction(k, .an), followsQuantity(i), !isFunction(end, .or) {
                return TimexMatch(end: end, type: .set, value: Self.durationValue(count, u.unit), anchor: nil)
            }
            if isFunction(end, .or), let (_, n2) = amount(at: end + 1), unit(n2)?.unit == u.unit { end = n2 + 1 }
            if tokens.count > end, tokens[end].joiner == 0x2D, isFunction(end, .long) { end += 1 }
            if isWord(end, "ahead") { end += 1 }
            return TimexMatch(end: end, type: .duration, value: Self.durationValue(count, u.unit), anchor: nil)
        }
        // "day-long", "year-long": one unit.
        if k == i, let u = unit(k), !u.plural, u.unit != .weekend, k + 1 < tokens.count, tokens[k + 1].joiner == 0x2D,
           isFunction(k + 1, .long) {
            return TimexMatch(end: k + 2, type: .duration, value: Self.durationValue(.exact(1, half: false), u.unit), anchor: nil)
        }
        // Bare plural units: "for years", "the coming years", "recent months", "weeks or months".
        if let u = unit(k), u.plural, u.unit != .weekend {
            let before = i > 0 ? tokens[i - 1].word : nil
            // "months ago" needs no cue.
            var cue = determiner && !(k == i + 1 && isFunction(i, .the)) || isWord(k + 1, "ahead") || isFunction(k + 1, .ago)
            if case .function(let f)? = before, Self.durationCues[Int(f.rawValue)] { cue = true }
            guard cue else { return nil }
            if isFunction(k - 1, .recent), u.unit == .year { return TimexMatch(end: k + 1, type: .date, value: "PAST_REF", anchor: nil) }
            var end = k + 1
            if isFunction(end, .or), let v = unit(end + 1), v.plural { end += 2 }
            if isFunction(end, .ago) { return TimexMatch(end: end + 1, type: .date, value: "PAST_REF", anchor: nil) }
            return TimexMatch(end: end, type: .duration, value: Self.durationValue(.vague, u.unit), anchor: nil)
        }
        return nil
    }

    static let durationCues = TimexMatcher.mask([.for, .in, .within, .over, .after, .during])

    /// "two weeks ago", "three years ago", "several days ago": counted back from the document date.
    func agoDate(_ amount: TimexAmount, _ u: TimexUnit, end: Int) -> TimexMatch? {
        guard case .exact(let n, _) = amount else { return TimexMatch(end: end, type: .date, value: "PAST_REF", anchor: nil) }
        switch u {
        case .day: return .date(end, .day(dct.adding(days: -n)))
        case .week: return .date(end, CalendarValue.week(of: dct.adding(days: -7 * n)))
        case .month: return .date(end, CalendarValue.month(of: dct, plus: -n))
        case .quarter: return .date(end, CalendarValue.quarter(of: dct, plus: -n))
        case .year:
            if n == 1 { return TimexMatch(end: end, type: .date, value: yearBefore(ago: true, at: end).value, anchor: nil) }
            return .date(end, .year(dct.year - n))
        case .decade: return .date(end, .year(dct.year - 10 * n))
        case .century: return .date(end, .year(dct.year - 100 * n))
        default: return TimexMatch(end: end, type: .date, value: "PAST_REF", anchor: nil)
        }
    }

    /// "two days later", "a week earlier": counted from the last date the text spoke of.
    func shiftedFromReference(_ amount: TimexAmount, _ u: TimexUnit, forward: Bool, end: Int) -> TimexMatch? {
        guard case .exact(let n, _) = amount else { return nil }
        let sign = forward ? 1 : -1
        let base = reference.dayValue ?? dct
        switch u {
        case .day: return .date(end, .day(base.adding(days: sign * n)))
        case .week: return .date(end, CalendarValue.week(of: base.adding(days: sign * 7 * n)))
        case .month: return .date(end, CalendarValue.month(of: base, plus: sign * n))
        case .year:
            if n == 1, !forward { return TimexMatch(end: end, type: .date, value: yearBefore(ago: false, at: end).value, anchor: nil) }
            return .date(end, reference.shifted(years: sign * n))
        default: return nil
        }
    }
}
