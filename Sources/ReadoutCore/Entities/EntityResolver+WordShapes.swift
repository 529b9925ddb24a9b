/// Tests on a word's shape that decide whether a capitalised word can start or continue a name.
extension EntityResolver {
    /// True when a sentence-initial word looks like an adverb, participle or plural noun rather than a name.
    func looksLikeCommonWord(_ i: Int) -> Bool {
        let b = bytes[tokens[i].byteStart..<tokens[i].byteEnd]
        guard b.count >= 4 else { return false }
        func ends(_ suffix: String) -> Bool { b.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        let next = classes(i + 1)
        if next.contains(.acting) || next.contains(.speech) { return false }
        if ends("ly") || ends("ing") { return true }
        if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            let next = i + 1
            if next >= tokens.count || tokens[next].has(.lowercase) || tokens[next].has(.punctuation) { return true }
        }
        return false
    }

    /// True when capitalised words `s..<e` could be a person's name: no capitals-only word, no word used in
    /// lower case elsewhere in the document ("Media", "Rights"), no leading "The".
    mutating func looksLikePersonName(_ s: Int, _ e: Int) -> Bool {
        if isWord(s, gaz.ids.the) || text(s) == "The" { return false }
        for k in s..<e {
            if tokens[k].has(.allCaps) || tokens[k].has(.initial) { continue }
            if classes(k).contains(.organizationSuffix) || classes(k).contains(.eventSuffix) { return false }
            if seenLowercase(k) { return false }
        }
        return !tokens[s].has(.allCaps)
    }

    /// True for a plural of a people or party ("Republicans", "Democrats", "Sunnis").
    func isGroupPlural(_ i: Int) -> Bool {
        let b = bytes[tokens[i].byteStart..<tokens[i].byteEnd]
        guard b.count >= 5 else { return false }
        for suffix in ["ans", "ats", "ists", "ites", "nis"] where b.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) {
            return true
        }
        return false
    }

    /// True when an office starts at `i` and a capitalised name follows it ("… President Vladimir Putin").
    mutating func officeBeforeName(_ i: Int) -> Bool {
        guard let m = longest(i, .office) else { return false }
        var k = m.end
        if isWord(k, gaz.ids.comma) { k += 1 }
        return m.end - i >= 2 || (isCapitalizedName(k) && !isCommonShape(k))
    }

    /// True for a word that is a common word in capitals or with a contraction ("WHAT", "I'll").
    func isCommonShape(_ i: Int) -> Bool {
        let t = tokens[i]
        if t.lowerID >= 0, wordClasses[Int(t.lowerID)].contains(.common) { return true }
        if t.has(.allCaps) {
            let id = bytes.withUnsafeBufferPointer {
                automaton.vocabulary.id(UnsafeBufferPointer(rebasing: $0[t.byteStart..<t.byteEnd]), lowerAll: true)
            }
            if id >= 0, wordClasses[Int(id)].contains(.common) { return true }
        }
        // Contractions: I'll, We've, It's, They're.
        var k = t.byteEnd - 1
        var tail = 0
        while k > t.byteStart, bytes[k] >= 97, bytes[k] <= 122 { k -= 1; tail += 1 }
        if tail >= 1, tail <= 2, k > t.byteStart, bytes[k] == 39 || (k >= 2 && bytes[k] == 0x99 && bytes[k - 1] == 0x80) { return true }
        return false
    }

    /// True when the word at `i` ends like an adjective of nationality or belief ("Kurdish", "Islamic").
    func isAdjective(_ i: Int) -> Bool {
        let b = bytes[tokens[i].byteStart..<tokens[i].byteEnd]
        guard b.count >= 5 else { return false }
        for suffix in EntityResolver.adjectiveSuffixes where b.count > suffix.count && b.suffix(suffix.count).elementsEqual(suffix) {
            return true
        }
        return false
    }

    static let adjectiveSuffixes: [[UInt8]] = ["ish", "ese", "ian", "ean", "ic"].map { Array($0.utf8) }

    /// The CoNLL type given to unknown names.
    static let unknownType = "ORG"

    /// True when the word at `i` also appears in lower case somewhere in the document.
    func seenLowercase(_ i: Int) -> Bool {
        lowerWords.contains(hash(tokens[i].byteStart, tokens[i].byteEnd, lower: true))
    }

    /// FNV-1a over bytes, optionally lower-casing ASCII letters.
    func hash(_ s: Int, _ e: Int, lower: Bool) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for k in s..<e {
            var b = bytes[k]
            if lower, b >= 65, b <= 90 { b += 32 }
            h = (h ^ UInt64(b)) &* 0x100000001b3
        }
        return h
    }
}
