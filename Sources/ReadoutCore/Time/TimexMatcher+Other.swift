/// Sets ("every week", "daily"), vague references ("recently", "now", "soon"), anaphors ("at the time")
/// and clock times ("10:35 a.m.", "noon Saturday").
extension TimexMatcher {
    /// Sets starting at token `i`.
    func setExpression(at i: Int) -> TimexMatch? {
        guard case .function(let f)? = word(i) else { return nil }
        func set(_ end: Int, _ value: String) -> TimexMatch { TimexMatch(end: end, type: .set, value: value, anchor: nil) }
        switch f {
        case .every, .each:
            var k = i + 1
            if isWord(k, "other") { k += 1 }
            if case .weekday(let w)? = word(k) { return set(k + 1, "XXXX-WXX-\(w)") }
            if case .month(let m)? = word(k), tokens[k].capitalized { return set(k + 1, "XXXX-\(CalendarValue.pad(m, 2))") }
            if case .partOfDay(let p)? = word(k) { return set(k + 1, "XXXX-XX-XXT\(p.rawValue)") }
            if let u = unit(k), !u.plural { return set(k + 1, Self.durationValue(.exact(isWord(i + 1, "other") ? 2 : 1, half: false), u.unit)) }
            if let (amount, next) = amount(at: k), let u = unit(next), u.plural {
                return set(next + 1, Self.durationValue(amount, u.unit))
            }
            return nil
        case .daily:
            // "the party daily Pravda": a newspaper.
            if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].word == nil, tokens[i + 1].capitalized { return nil }
            return set(i + 1, "P1D")
        case .weekly: return set(i + 1, "P1W")
        case .monthly: return set(i + 1, "P1M")
        case .yearly, .annually: return set(i + 1, "P1Y")
        case .hourly: return set(i + 1, "PT1H")
        case .nightly: return set(i + 1, "XXXX-XX-XXTNI")
        case .twice, .once:
            if (isFunction(i + 1, .a) || isFunction(i + 1, .per)), let u = unit(i + 2), !u.plural {
                return set(i + 3, Self.durationValue(.exact(1, half: false), u.unit))
            }
            return nil
        case .a, .per:
            // "$5 million a year", "3 percent per year"
            guard i > 0, let u = unit(i + 1), !u.plural, u.unit != .weekend else { return nil }
            let prev = tokens[i - 1]
            let counted = prev.kind == .number || (prev.kind == .punct && prev.punct == 0x25)
                || isWord(i - 1, "million") || isWord(i - 1, "billion") || isWord(i - 1, "percent") || isFunction(i - 1, .times)
            guard counted else { return nil }
            if isFunction(i - 1, .times) {
                return nil
            }
            return set(i + 2, Self.durationValue(.exact(1, half: false), u.unit))
        default:
            if case .number(let n)? = word(i), n > 1, isFunction(i + 1, .times), isFunction(i + 2, .a) || isFunction(i + 2, .per),
               let u = unit(i + 3), !u.plural {
                return set(i + 4, Self.durationValue(.exact(1, half: false), u.unit))
            }
            return nil
        }
    }

    /// Vague references and "at the time" starting at token `i`.
    func vague(at i: Int) -> TimexMatch? {
        guard case .function(let f)? = word(i) else { return nil }
        func ref(_ end: Int, _ value: String) -> TimexMatch { TimexMatch(end: end, type: .date, value: value, anchor: nil) }
        switch f {
        case .now, .currently, .nowadays: return ref(i + 1, "PRESENT_REF")
        case .current:
            if isWord(i + 1, "account") || isWord(i + 1, "accounts") || isWord(i + 1, "affairs") || isWord(i + 1, "events")
                || isWord(i + 1, "flows") || isFunction(i + 1, .of) || isPunct(i + 1, 0x2E) || isPunct(i + 1, 0x2C) {
                return nil
            }
            if i > 0, isFunction(i - 1, .a) { return nil }
            return ref(i + 1, "PRESENT_REF")
        case .recently, .lately, .formerly: return ref(i + 1, "PAST_REF")
        case .soon:
            if i > 0, isFunction(i - 1, .as), isFunction(i + 1, .as) { return nil }
            // "soon after the vote" is a relation, and "was soon released" tells of the past: neither is FUTURE_REF.
            if isFunction(i + 1, .after) || isFunction(i + 1, .before) || isWord(i + 1, "thereafter") { return nil }
            if isPastVerb(i + 1) || (i > 0 && tokens[i - 1].kind == .word && Self.pastAuxiliaries.contains(tokens[i - 1].hash)) {
                return nil
            }
            return ref(i + 1, "FUTURE_REF")
        case .as:
            if isFunction(i + 1, .soon), isFunction(i + 2, .as), isWord(i + 3, "possible") { return ref(i + 4, "FUTURE_REF") }
            return nil
        case .a:
            // "for a while", "in a while", "after a while": some vague stretch.
            if isWord(i + 1, "while"), isFunction(i - 1, .for) || isFunction(i - 1, .in) || isFunction(i - 1, .after)
                || isFunction(i - 1, .within) {
                return TimexMatch(end: i + 2, type: .duration, value: "PXX", anchor: nil)
            }
            // "at a later date"
            if isFunction(i + 1, .later), isWord(i + 2, "date") {
                return ref(i + 3, "FUTURE_REF")
            }
            return nil
        case .the:
            if isFunction(i + 1, .future) { return ref(i + 2, "FUTURE_REF") }
            if isFunction(i + 1, .past), !isNumber(i + 2), amount(at: i + 2) == nil, unit(i + 2) == nil {
                return ref(i + 2, "PAST_REF")
            }
            if isFunction(i + 1, .present), !isWord(i + 2, "day") { return ref(i + 2, "PRESENT_REF") }
            return nil
        case .at:
            if isFunction(i + 1, .present) { return ref(i + 2, "PRESENT_REF") }
            if (isFunction(i + 1, .the) || isFunction(i + 1, .that)), isFunction(i + 2, .time),
               !isFunction(i + 3, .of), !isFunction(i + 3, .when) {
                // "at the time" points back at the last date the text spoke of.
                if referenceFromText { return TimexMatch(end: i + 3, type: reference.type, value: reference.value, anchor: nil) }
                return ref(i + 3, "PAST_REF")
            }
            if isFunction(i + 1, .the), isFunction(i + 2, .moment) { return ref(i + 3, "PRESENT_REF") }
            return nil
        case .right, .just:
            if isFunction(i + 1, .now) { return ref(i + 2, "PRESENT_REF") }
            return nil
        default:
            return nil
        }
    }

    /// A part of the day before its day: "mid-afternoon yesterday", "late evening Friday".
    func partOfDayFirst(at i: Int) -> TimexMatch? {
        var k = i
        if isFunction(k, .early) || isFunction(k, .late) || isFunction(k, .mid) { k += 1 }
        guard case .partOfDay(let p)? = word(k), k + 1 < tokens.count else { return nil }
        let j = k + 1
        let day: ISODay
        if isFunction(j, .today) || isFunction(j, .yesterday) || isFunction(j, .tomorrow) {
            day = dct.adding(days: isFunction(j, .tomorrow) ? 1 : isFunction(j, .yesterday) ? -1 : 0)
        } else if case .weekday(let w)? = word(j), tokens[j].length > 4 {
            day = resolveWeekday(w, shift: nil, at: i, end: j + 1)
        } else if k > i, p != .night, isFunction(i - 1, .by) || isFunction(i - 1, .in) || isFunction(i - 1, .at) || isFunction(i - 1, .until) {
            // "by mid afternoon", "in late morning": that part of the day the text speaks of.
            return .date(k + 1, .partOfDay(referenceFromText ? referenceDay(plus: 0) : dct, p))
        } else {
            return nil
        }
        return .date(j + 1, .partOfDay(day, p))
    }

    static let clockCues = TimexMatcher.mask([.at, .by, .until, .from, .before, .after, .around, .to, .since])

    /// Clock times starting at token `i`: "10:35 a.m.", "6 a.m. Tuesday", "noon Saturday", "4 in the morning".
    func clockTime(at i: Int) -> TimexMatch? {
        var hour: Int
        var minute = 0
        var k: Int
        if isFunction(i, .noon) || isFunction(i, .midnight) || isWord(i, "midday") {
            hour = isFunction(i, .midnight) ? 24 : 12
            k = i + 1
        } else {
            guard i < tokens.count, tokens[i].kind == .number, tokens[i].digits <= 2, tokens[i].number <= 24,
                  tokens[i].joiner == 0 else { return nil }
            hour = tokens[i].number
            k = i + 1
            var colon = false
            if k < tokens.count, tokens[k].kind == .number, tokens[k].joiner == 0x3A, tokens[k].digits == 2, tokens[k].number < 60 {
                minute = tokens[k].number
                k += 1
                colon = true
                if k < tokens.count, tokens[k].kind == .number, tokens[k].joiner != 0 { return nil }
            }
            let suffix = tokens[k - 1].hash
            var meridiem: TimexFunction?
            if suffix == Self.suffixAm { meridiem = .am }
            if suffix == Self.suffixPm { meridiem = .pm }
            if suffix != 0, meridiem == nil { return nil }
            if meridiem == nil, isFunction(k, .am) || isFunction(k, .pm) {
                meridiem = isFunction(k, .am) ? .am : .pm
                k += 1
                if isPunct(k, 0x2E), !tokens[k].spaceBefore, !isWord(k - 1, "am"), !isWord(k - 1, "pm"),
                   bytes[tokens[k - 1].byteEnd - 1] != 0x2E { k += 1 }
            }
            if let meridiem {
                guard hour >= 1, hour <= 12 else { return nil }
                if meridiem == .pm, hour < 12 { hour += 12 }
                if meridiem == .am, hour == 12 { hour = 0 }
            } else if isFunction(k, .oclock) || (isWord(k, "o") && isWord(k + 1, "clock")) {
                k += isFunction(k, .oclock) ? 1 : 2
            } else if isFunction(k, .in), isFunction(k + 1, .the), case .partOfDay(let p)? = word(k + 2), hour <= 12 {
                if p != .morning, hour < 12 { hour += 12 }
                k += 3
            } else {
                guard colon, hour <= 23 else { return nil }
                let before = i > 0 ? tokens[i - 1].word : nil
                var cue = isFunction(k, .zone)
                if case .function(let f)? = before, Self.clockCues[Int(f.rawValue)] {
                    cue = true
                }
                guard cue else { return nil }
            }
        }
        if isFunction(k, .zone) { k += 1 }
        var day = reference.dayValue ?? dct
        if !referenceFromText { day = dct }
        var j = k
        if isFunction(j, .on) { j += 1 }
        if isPunct(k, 0x2C), monthName(at: k + 1) != nil, let m = explicitDate(at: k + 1), case .day(let d)? = m.anchor {
            // "5 p.m. EST, Nov. 6"
            day = d
            k = m.end
        } else if case .weekday(let w)? = word(j) {
            day = resolveWeekday(w, shift: nil, at: i, end: j + 1)
            k = j + 1
            if isPunct(k, 0x2C), let m = explicitDate(at: k + 1), case .day(let d)? = m.anchor { day = d; k = m.end }
        } else if monthName(at: j) != nil, let m = explicitDate(at: j), case .day(let d)? = m.anchor {
            day = d
            k = m.end
        } else if isFunction(k, .today) || isFunction(k, .tomorrow) || isFunction(k, .yesterday) || isFunction(k, .tonight) {
            day = dct.adding(days: isFunction(k, .tomorrow) ? 1 : isFunction(k, .yesterday) ? -1 : 0)
            k += 1
        }
        return .date(k, .time(day, hour: hour, minute: minute))
    }
}
