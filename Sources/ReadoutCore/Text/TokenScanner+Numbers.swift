/// Numbers: digits with thousands separators, decimals, clock times and ordinal or decade suffixes.
extension TokenScanner {
    mutating func scanNumber() {
        let byteStart = index, scalarStart = scalar
        let end = bytes.count
        skipDigits()
        var usedClock = false
        while index < end {
            let byte = bytes[index]
            if byte == 0x2C, digitRun(from: index + 1) == 3 {
                index += 4
                scalar += 4
            } else if byte == 0x2E, digitRun(from: index + 1) > 0 {
                index += 1
                scalar += 1
                skipDigits()
            } else if byte == 0x3A, !usedClock, index - byteStart <= 2, digitRun(from: index + 1) == 2 {
                usedClock = true
                index += 3
                scalar += 3
            } else {
                break
            }
        }
        scanNumberSuffix()
        emit(.number, byteStart: byteStart, scalarStart: scalarStart)
    }

    /// `21st`, `2nd`, `3rd`, `4th`, `1990s`, `1990's`, `1990’s`.
    mutating func scanNumberSuffix() {
        let end = bytes.count
        guard index < end else { return }
        let first = bytes[index]
        if first == 0x27 || first == 0xE2 {
            let apostrophe = first == 0x27 ? 1 : (index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 ? 3 : 0)
            if apostrophe > 0, index + apostrophe < end, bytes[index + apostrophe] == 0x73, !letterFollows(index + apostrophe + 1) {
                index += apostrophe + 1
                scalar += 2
            }
            return
        }
        var run = 0
        while index + run < end, bytes[index + run] >= 0x61, bytes[index + run] <= 0x7A, run < 3 { run += 1 }
        guard run > 0, run <= 2, !letterFollows(index + run) else { return }
        let a = bytes[index], b: UInt8 = run == 2 ? bytes[index + 1] : 0
        let isSuffix = (run == 1 && a == 0x73)
            || (run == 2 && ((a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)))
        if isSuffix {
            index += run
            scalar += run
        }
    }

    @inline(__always)
    mutating func skipDigits() {
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            index += 1
            scalar += 1
        }
    }

    /// How many ASCII digits start at `position` (counting at most 4).
    @inline(__always)
    func digitRun(from position: Int) -> Int {
        var run = 0
        while position + run < bytes.count, run < 4, bytes[position + run] >= 0x30, bytes[position + run] <= 0x39 { run += 1 }
        return run
    }
}
