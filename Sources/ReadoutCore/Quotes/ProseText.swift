/// A lexed document with sentence bounds and the helpers the quote and figure finders share.
struct ProseText: Sendable {
    /// The UTF-8 bytes.
    let bytes: [UInt8]
    /// The tokens.
    let tokens: [ProseToken]
    /// First token index of each sentence.
    let sentenceFirst: [Int]
    /// Last token index of each sentence.
    let sentenceLast: [Int]

    /// Lexes `bytes`.
    init(bytes: [UInt8]) {
        self.init(bytes: bytes, tokens: ProseLexer.lex(bytes))
    }

    /// Wraps already lexed tokens.
    init(bytes: [UInt8], tokens: [ProseToken]) {
        self.bytes = bytes
        self.tokens = tokens
        var first: [Int] = []
        var last: [Int] = []
        tokens.withUnsafeBufferPointer { t in
            var i = 0
            while i < t.count {
                let s = t[i].sentence
                var j = i + 1
                while j < t.count, t[j].sentence == s { j += 1 }
                // A sentence number that no token carries gets the next sentence's first token.
                while first.count < Int(s) {
                    first.append(i)
                    last.append(i)
                }
                first.append(i)
                last.append(j - 1)
                i = j
            }
        }
        sentenceFirst = first
        sentenceLast = last
    }

    /// The number of tokens.
    var count: Int { tokens.count }

    /// The text from the start of token `first` to the end of token `last`.
    func text(_ first: Int, _ last: Int) -> String {
        guard first <= last else { return "" }
        return String(decoding: bytes[Int(tokens[first].byteStart)..<Int(tokens[last].byteEnd)], as: UTF8.self)
    }

    /// A text span covering tokens `first...last`.
    func span(_ first: Int, _ last: Int) -> TextSpan {
        TextSpan(start: Int(tokens[first].start), end: Int(tokens[last].end), text: text(first, last))
    }

    /// True when token `i` is a word with key `key`.
    @inline(__always) func isWord(_ i: Int, _ key: UInt64) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].key == key
    }

    /// True when token `i` is the single ASCII punctuation byte `byte`.
    @inline(__always) func isPunct(_ i: Int, _ byte: UInt8) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && tokens[i].firstByte == byte
            && tokens[i].byteEnd - tokens[i].byteStart == 1
    }

    /// True when token `i` ends a sentence (`.`, `!`, `?`, `…`).
    @inline(__always) func isTerminator(_ i: Int) -> Bool {
        isPunct(i, 0x2E) || isPunct(i, 0x21) || isPunct(i, 0x3F) || (i >= 0 && i < tokens.count && tokens[i].key == ProseLexer.ellipsisKey)
    }

    /// True when token `i` is a lower-case word in `set`.
    @inline(__always) func isLower(_ i: Int, in set: KeySet) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && !tokens[i].capitalized && set.contains(tokens[i].key)
    }

    /// True when token `i` is a word (any case) in `set`.
    @inline(__always) func isAny(_ i: Int, in set: KeySet) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && set.contains(tokens[i].key)
    }

    /// True when token `i` contains the ASCII byte `byte`.
    func hasByte(_ i: Int, _ byte: UInt8) -> Bool {
        let t = tokens[i]
        for k in Int(t.byteStart)..<Int(t.byteEnd) where bytes[k] == byte { return true }
        return false
    }

    /// True when a line break comes right before token `i`.
    func startsLine(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        for b in Int(tokens[i - 1].byteEnd)..<Int(tokens[i].byteStart) where bytes[b] == 0x0A { return true }
        return false
    }

    /// True when token `i` is a dash (`—`, `–`, `―`) or a double hyphen.
    func isDash(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punct else { return false }
        let t = tokens[i]
        if t.firstByte == 0xE2, t.byteEnd - t.byteStart == 3 {
            let third = bytes[Int(t.byteStart) + 2]
            return bytes[Int(t.byteStart) + 1] == 0x80 && third >= 0x93 && third <= 0x95
        }
        return false
    }

    /// True when token `i` is a lower-case word with key `key`.
    @inline(__always) func isLowerKey(_ i: Int, _ key: UInt64) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && !tokens[i].capitalized && tokens[i].key == key
    }

    /// True when token `i` is a lower-case `and` or `but`.
    @inline(__always) func isAndOrBut(_ i: Int) -> Bool {
        isLowerKey(i, AttributionLexicon.and) || isLowerKey(i, AttributionLexicon.but)
    }

    /// True when word `i` ends with the ASCII suffix `suffix` (lower case).
    func hasSuffix(_ i: Int, _ suffix: StaticString) -> Bool {
        let t = tokens[i]
        let n = suffix.utf8CodeUnitCount
        let length = Int(t.byteEnd - t.byteStart)
        guard t.kind == .word, length > n + 1 else { return false }
        let base = Int(t.byteEnd) - n
        let s = suffix.utf8Start
        for k in 0..<n where bytes[base + k] | 0x20 != s[k] { return false }
        return true
    }
}
