/// One word or punctuation mark as the event coder sees it: span, lowercased form and shape.
struct EventWord: Sendable {
    /// Start in Unicode scalars (inclusive).
    var start: Int
    /// End in Unicode scalars (exclusive).
    var end: Int
    /// The lowercased form, with curly apostrophes made straight.
    var lower: String
    /// True when the word starts with an uppercase letter.
    var capitalized: Bool
    /// True for punctuation and symbols.
    var punct: Bool
    /// True when a line break separates this token from the previous one.
    var newlineBefore: Bool
    /// The `EventWordHash` of `lower`, for table look-ups without hashing the String.
    var hash: UInt64 = EventWordHash.empty
}

/// Splits a text into `EventWord`s by scanning its Unicode scalars once.
enum EventWords {
    /// The words of `text`, in order.
    static func tokenize(_ text: String) -> [EventWord] {
        tokenize(scalars: Array(text.unicodeScalars))
    }

    /// The words of a text given as Unicode scalars, in order.
    static func tokenize(scalars: [Unicode.Scalar]) -> [EventWord] {
        var words: [EventWord] = []
        words.reserveCapacity(scalars.count / 5)
        var i = 0
        var newline = false
        let n = scalars.count
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
        var hash = EventWordHash.empty
        while i < n {
            let s = scalars[i]
            if s == "\n" || s == "\r" { newline = true; i += 1; continue }
            if isSpace(s) { i += 1; continue }
            if isWordScalar(s) {
                let start = i
                buffer.removeAll(keepingCapacity: true)
                hash = EventWordHash.empty
                while i < n {
                    let c = scalars[i]
                    if isWordScalar(c) {
                        append(lowercased(c), to: &buffer, hash: &hash)
                        i += 1
                    } else if (c == "'" || c == "\u{2019}" || c == "-" || c == "." || c == "," || c == "&"), i + 1 < n, isWordScalar(scalars[i + 1]),
                              c != "," || (isDigit(scalars[i - 1]) && isDigit(scalars[i + 1])),
                              c != "." || isDigit(scalars[i + 1]) || (i + 2 < n && scalars[i + 2] == ".") || (i >= 2 && scalars[i - 2] == ".") || isSingleLetter(scalars, start, i) {
                        append(c == "\u{2019}" ? "'" : c, to: &buffer, hash: &hash)
                        i += 1
                    } else if c == ".", isAbbreviation(scalars, start, i) {
                        buffer.append(46)
                        EventWordHash.add(46, to: &hash)
                        i += 1
                        break
                    } else {
                        break
                    }
                }
                words.append(EventWord(start: start, end: i, lower: String(decoding: buffer, as: UTF8.self), capitalized: isUpper(scalars[start]), punct: false, newlineBefore: newline, hash: hash))
            } else {
                buffer.removeAll(keepingCapacity: true)
                hash = EventWordHash.empty
                append(s == "\u{2019}" ? "'" : s, to: &buffer, hash: &hash)
                words.append(EventWord(start: i, end: i + 1, lower: String(decoding: buffer, as: UTF8.self), capitalized: false, punct: true, newlineBefore: newline, hash: hash))
                i += 1
            }
            newline = false
        }
        return words
    }

    @inline(__always) private static func append(_ s: Unicode.Scalar, to buffer: inout [UInt8], hash: inout UInt64) {
        if s.value < 128 {
            buffer.append(UInt8(s.value))
            EventWordHash.add(UInt8(s.value), to: &hash)
            return
        }
        for b in UTF8.encode(s)! {
            buffer.append(b)
            EventWordHash.add(b, to: &hash)
        }
    }

    /// Single capital letters followed by a period ("U.S.", "J. Smith") keep the period.
    private static func isAbbreviation(_ scalars: [Unicode.Scalar], _ start: Int, _ dot: Int) -> Bool {
        if dot - start == 1, isUpper(scalars[start]) { return true }
        if dot - start >= 2, scalars[dot - 2] == "." { return true }
        guard dot - start <= 5, isUpper(scalars[start]) else { return false }
        var hash = EventWordHash.empty
        for k in start..<dot {
            let v = scalars[k].value
            guard v < 128 else { return false }
            EventWordHash.add(UInt8(v), to: &hash)
        }
        guard let stored = abbreviationTable.word(hash: hash) else { return false }
        return stored.unicodeScalars.elementsEqual(scalars[start..<dot])
    }

    /// `abbreviations` probed by hash; the String is built only when the hash matches.
    private static let abbreviationTable = EventWordTable(Dictionary(uniqueKeysWithValues: abbreviations.map { ($0, true) }))

    private static func isSingleLetter(_ scalars: [Unicode.Scalar], _ start: Int, _ dot: Int) -> Bool {
        dot - start == 1 && isUpper(scalars[start])
    }

    private static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Sen", "Rep", "Gov", "Pres", "St",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Prof", "Rev", "No", "vs", "Jr", "Sr",
    ]

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{A0}" || s == "\u{2009}" || s == "\u{202F}" || s == "\u{FEFF}"
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value >= 65 && s.value <= 90 }
        return s.properties.isUppercase
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57) }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func lowercased(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 65 && v <= 90 { return Unicode.Scalar(v + 32)! }
        if v < 128 { return s }
        let lower = s.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : s
    }
}
