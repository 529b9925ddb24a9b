extension EntityResolver {
    /// Looks every token up in the vocabulary and marks headline-like sentences.
    mutating func assignIDs() {
        let vocabulary = automaton.vocabulary
        var toks = tokens
        tokens = []
        // The lower-case words of the document by hash, for `seenLowercase` (the same hash as the lookup's).
        var lowerHashes = HashSet64(capacity: toks.reduce(0) { $0 + ($1.has(.lowercase) ? 1 : 0) })
        let sentenceCount = EntityResolver.lookUp(&toks, bytes: bytes, vocabulary: vocabulary, starts: gaz.phraseStarts,
                                                  lowerHashes: &lowerHashes)
        tokens = toks
        toks = []  // the only reference left is `tokens`, so the passes below mark it in place
        lowerWords = lowerHashes
        // Headlines: capitals, or title case with no lower-case content word.
        var capsWords = [Int](repeating: 0, count: sentenceCount)
        var capWords = [Int](repeating: 0, count: sentenceCount)
        var lowerContent = [Int](repeating: 0, count: sentenceCount)
        var wordsIn = [Int](repeating: 0, count: sentenceCount)
        for token in tokens where token.has(.word) {
            let s = Int(token.sentence)
            wordsIn[s] += 1
            if token.has(.allCaps) { capsWords[s] += 1 }
            if token.has(.capitalized) { capWords[s] += 1 }
            if token.has(.lowercase), token.byteEnd - token.byteStart > 3 { lowerContent[s] += 1 }
        }
        headline = (0..<sentenceCount).map { s in
            if capsWords[s] >= 1, capsWords[s] * 10 >= wordsIn[s] * 6 { return true }
            return wordsIn[s] >= 4 && lowerContent[s] == 0 && capWords[s] * 10 >= wordsIn[s] * 6
        }
        for t in tokens.indices where tokens[t].has(.word) {
            let token = tokens[t]
            let shouted = capsWords[Int(token.sentence)] * 10 >= wordsIn[Int(token.sentence)] * 6 && capsWords[Int(token.sentence)] >= 1
            if shouted, token.has(.allCaps) {
                tokens[t].flags.insert(.shouted)
                var word = String(decoding: bytes[token.byteStart..<token.byteEnd], as: UTF8.self).lowercased()
                word = word.prefix(1).uppercased() + word.dropFirst()
                tokens[t].altID = vocabulary.id(word)
            } else if token.has(.capitalized) {
                if token.lowerID < 0, token.has(.allCaps) {
                    tokens[t].lowerID = bytes.withUnsafeBufferPointer {
                        vocabulary.id(UnsafeBufferPointer(rebasing: $0[token.byteStart..<token.byteEnd]), lowerFirst: true)
                    }
                }
                if token.has(.sentenceStart) { tokens[t].altID = tokens[t].lowerID }
            }
        }
    }

    /// Marks the tokens that begin some phrase of the automaton, and lists the "administration" tokens.
    mutating func markPhraseStarts() {
        let starts = gaz.phraseStarts
        let (admin, capitalAdmin) = (gaz.ids.administration, gaz.ids.capitalAdministration)
        for t in tokens.indices {
            let token = tokens[t]
            if token.altID >= 0 && starts[Int(token.altID)] { tokens[t].flags.insert(.phraseStart) }
            if token.id == admin || token.id == capitalAdmin || token.altID == admin || token.altID == capitalAdmin,
               isWord(t, admin) || isWord(t, capitalAdmin) {
                administrationTokens.append(t)
            }
        }
    }

    /// Sets every token's vocabulary id, lower-case id and phrase-start flag over unsafe buffers (no uniqueness
    /// or bounds checks per token), adds the hashes of lower-case words to `lowerHashes`, and returns the number
    /// of sentences.
    static func lookUp(_ tokens: inout [EntityToken], bytes: [UInt8], vocabulary: ByteVocabulary, starts: [Bool],
                       lowerHashes: inout HashSet64) -> Int {
        var sentenceCount = 0
        // Frequent words repeat: a small cache keyed by the 64-bit hash avoids most big-table lookups.
        let cacheHash = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: 2048)
        let cacheID = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 2048)
        cacheHash.initialize(repeating: 0)
        cacheID.initialize(repeating: -1)
        defer {
            cacheHash.deallocate()
            cacheID.deallocate()
        }
        tokens.withUnsafeMutableBufferPointer { toks in
            bytes.withUnsafeBufferPointer { buffer in
                starts.withUnsafeBufferPointer { starts in
                    for t in toks.indices {
                        let token = toks[t]
                        sentenceCount = max(sentenceCount, Int(token.sentence) + 1)
                        let word = UnsafeBufferPointer(rebasing: buffer[token.byteStart..<token.byteEnd])
                        let h = ByteVocabulary.hash(word)
                        let slot = Int(truncatingIfNeeded: h >> 53)
                        let id: Int32
                        if cacheHash[slot] == h {
                            id = cacheID[slot]
                        } else {
                            id = vocabulary.id(word, hash: h)
                            cacheHash[slot] = h
                            cacheID[slot] = id
                        }
                        toks[t].id = id
                        if token.has(.lowercase) { lowerHashes.insert(h) }
                        if id >= 0, starts[Int(id)] { toks[t].flags.insert(.phraseStart) }
                        if token.has(.capitalized), !token.has(.allCaps) {
                            // The same word with its first letter lower-cased, through the same cache.
                            let lh = ByteVocabulary.hash(word, lowerFirst: true)
                            let ls = Int(truncatingIfNeeded: lh >> 53)
                            let lower: Int32
                            if cacheHash[ls] == lh {
                                lower = cacheID[ls]
                            } else {
                                lower = vocabulary.id(word, hash: lh, lowerFirst: true)
                                cacheHash[ls] = lh
                                cacheID[ls] = lower
                            }
                            toks[t].lowerID = lower
                        }
                    }
                }
            }
        }
        return sentenceCount
    }

    /// The main left-to-right walk.
    mutating func walk() {
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            guard token.has(.word) else { i += 1; continue }
            // Nothing can start at a lower-case word that begins no phrase and is no pronoun.
            if !token.has(.phraseStart), !token.has(.capitalized), classes(i).isDisjoint(with: [.personPronoun, .possessivePronoun]) { i += 1; continue }
            if let end = rolePhrase(at: i) { i = end; continue }
            if let end = sectorPhrase(at: i) { i = end; continue }
            if let end = groupPhrase(at: i) { i = end; continue }
            if let end = description(at: i) { i = end; continue }
            if let end = markedPerson(at: i) { i = end; continue }
            if let end = knownName(at: i) { i = end; continue }
            if classes(i).contains(.personPronoun) {
                pronoun(at: i)
                i += 1
                continue
            }
            if let end = unknownName(at: i) { i = end; continue }
            i += 1
        }
    }

    /// A he/his/she/her after a named person in the same or the two previous sentences.
    mutating func pronoun(at i: Int) {
        if let subject = sentenceSubject, subject.sentence == tokens[i].sentence {
            mention(subject.draft, i, i + 1)
            return
        }
        guard let last = lastPerson, tokens[i].sentence - last.sentence <= 2, last.end <= i else { return }
        mention(last.draft, i, i + 1)
    }
}
