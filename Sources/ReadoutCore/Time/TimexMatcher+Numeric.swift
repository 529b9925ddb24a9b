/// All-numeric dates: "2022-01-21", "2022/01/21", "21/01/2022", "01/21/2022", "1.21.22".
///
/// Day–month order: when one of the first two numbers exceeds 12 the order is plain; when both could be the
/// month, the reading nearer the document date wins, and on a tie month/day (the wire-service order).
extension TimexMatcher {
    /// A numeric date starting at token `i`.
    func numericDate(at i: Int) -> TimexMatch? {
        guard i + 2 < tokens.count else { return nil }
        let a = tokens[i], b = tokens[i + 1], c = tokens[i + 2]
        guard a.kind == .number, b.kind == .number, c.kind == .number, a.hash == 0, b.hash == 0, c.hash == 0,
              a.joiner == 0, b.joiner != 0, c.joiner == b.joiner, b.joiner == 0x2D || b.joiner == 0x2F || b.joiner == 0x2E
        else { return nil }
        if i + 3 < tokens.count, tokens[i + 3].kind == .number, tokens[i + 3].joiner != 0 { return nil }
        if a.digits == 4, b.digits <= 2, c.digits <= 2 {
            guard let day = ISODay(year: a.number, month: b.number, day: c.number) else { return nil }
            return .date(i + 3, .day(day))
        }
        guard a.digits <= 2, b.digits <= 2, c.digits == 4 || (c.digits == 2 && b.joiner != 0x2D) else { return nil }
        var year = c.number
        if c.digits == 2 { year += year + 2000 <= dct.year + 10 ? 2000 : 1900 }
        let dayFirst = ISODay(year: year, month: b.number, day: a.number)
        let monthFirst = ISODay(year: year, month: a.number, day: b.number)
        let chosen: ISODay?
        switch (dayFirst, monthFirst) {
        case (let d?, let m?):
            let gapD = abs(d.daysSinceEpoch - dct.daysSinceEpoch), gapM = abs(m.daysSinceEpoch - dct.daysSinceEpoch)
            chosen = gapD < gapM ? d : m
        case (let d?, nil): chosen = d
        case (nil, let m?): chosen = m
        default: chosen = nil
        }
        guard let chosen else { return nil }
        return .date(i + 3, .day(chosen))
    }
}
