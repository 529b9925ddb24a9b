/// Pass three of segmentation: gives every unit its kind, paragraph by paragraph.
///
/// **Credits** are recognised from their first words: `©` or `(c)`; `Photo:`, `Photo by`, `Image:`,
/// `Credit:` and the like; an agency name followed by `Photo` or `/` (`AP Photo/Name`); a unit of nothing
/// but agency names (`(Reuters)`, `AFP/Getty Images`); sourcing lines that start `Reporting by`,
/// `Editing by`, `Additional reporting`, `Source:`; a paragraph-final `With` + agency or media word
/// (`With Reuters, AP and local media`); and `… contributed to this report`.
///
/// **Captions.** A paragraph is a photo caption when it is short (at most 4 units besides credits and at
/// most 90 words) and shows one of these signs:
/// 1. it ends with a photo credit or an agency-only unit (`… in Geneva. © Name, AFP`, `… (Reuters)`);
/// 2. its last unit has no final punctuation and ends with an agency name (`… Photo from April 22, 2021 AP`);
/// 3. a unit starts with a photo note (`Photo from …`, `File photo …`, `Pictured: …`);
/// 4. it marks positions in the picture (`(L)`, `(left)`, `(2nd R)`, `(L-R)`; a bare `(R)` is not enough).
/// All its units except the credits are then captions; the credits stay credits. Sourcing lines never make
/// the rest of a paragraph a caption.
///
/// **Headings**: a paragraph of one unit without final punctuation (not ending in `:` `,` `;` or a dash),
/// starting with a capital, a digit or a quote, with at most 20 words (`Blinken: “This is a critical
/// moment”`); or a one-unit paragraph of at most 20 words in title case (every word capitalised except
/// short function words), even with a final period; or a heading line found inside a paragraph.
/// Everything else is a sentence.
struct UnitClassifier {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>

    private var rules: CreditRules { CreditRules(bytes: bytes, tokens: tokens) }

    /// Word count and bracket presence of one unit.
    private struct UnitStats {
        var words: Int
        var hasBracket: Bool
    }

    /// Turns the drafts into sentences with kinds.
    func classify(_ drafts: [UnitDraft]) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(drafts.count)
        var stats: [UnitStats] = []
        var first = 0
        while first < drafts.count {
            var last = first + 1
            while last < drafts.count, drafts[last].paragraph == drafts[first].paragraph { last += 1 }
            classifyParagraph(drafts[first..<last], stats: &stats, into: &sentences)
            first = last
        }
        return sentences
    }

    private func classifyParagraph(_ drafts: ArraySlice<UnitDraft>, stats: inout [UnitStats],
                                   into sentences: inout [Sentence]) {
        let base = sentences.count
        var paragraphWords = 0
        stats.removeAll(keepingCapacity: true)
        for draft in drafts {
            var unit = UnitStats(words: 0, hasBracket: false)
            for index in draft.start..<draft.end {
                let kind = tokens[index].kind
                if kind == .word || kind == .number {
                    unit.words += 1
                } else if tokens[index].info.mark == .openBracket {
                    unit.hasBracket = true
                }
            }
            stats.append(unit)
            paragraphWords += unit.words
            sentences.append(Sentence(start: tokens[draft.start].start, end: tokens[draft.end - 1].end,
                                      kind: draft.isHeadingLine ? .heading : .sentence,
                                      tokens: draft.start..<draft.end, paragraph: draft.paragraph))
        }

        // Credits.
        var creditWords = 0
        var credits = 0
        var lastCredit = CreditType.none
        for (offset, draft) in drafts.enumerated() where !draft.isHeadingLine {
            let words = stats[offset].words
            let type = rules.creditType(draft.start, draft.end, words: words, isLast: offset == drafts.count - 1)
            guard type != .none else { continue }
            sentences[base + offset].kind = .credit
            credits += 1
            creditWords += words
            if offset == drafts.count - 1 { lastCredit = type }
        }

        // Captions.
        let others = drafts.count - credits
        if others > 0, others <= 4, paragraphWords - creditWords <= 90,
           hasCaptionSign(drafts, stats: stats, base: base, sentences, lastCredit) {
            for offset in 0..<drafts.count where sentences[base + offset].kind == .sentence {
                sentences[base + offset].kind = .caption
            }
            return
        }

        // Headings.
        if drafts.count == 1, sentences[base].kind == .sentence, let draft = drafts.first,
           isHeading(draft, words: paragraphWords) {
            sentences[base].kind = .heading
        }
    }

    private func hasCaptionSign(_ drafts: ArraySlice<UnitDraft>, stats: [UnitStats], base: Int, _ sentences: [Sentence],
                                _ lastCredit: CreditType) -> Bool {
        if lastCredit == .photo || lastCredit == .agency { return drafts.count > 1 }
        for (offset, draft) in drafts.enumerated() where sentences[base + offset].kind == .sentence {
            if startsWithPhotoNote(draft.start, draft.end) { return true }
            if stats[offset].hasBracket, rules.hasPositionMarker(draft.start, draft.end) { return true }
            if offset == drafts.count - 1, stats[offset].words > 2, tokens[draft.end - 1].info.has(TokenInfo.upper),
               !endsWithTerminal(draft.start, draft.end), rules.classes(draft.end - 1).contains(.agency) {
                return true
            }
        }
        return false
    }

    /// `Photo from …`, `Photo: …`, `File photo …`, `Pictured …`.
    private func startsWithPhotoNote(_ start: Int, _ end: Int) -> Bool {
        guard tokens[start].info.has(TokenInfo.upper), rules.classes(start).contains(.captionLead) else { return false }
        if rules.isWord(start, "file") { return start + 1 < end && rules.isWord(start + 1, "photo") }
        return true
    }

    private func isHeading(_ draft: UnitDraft, words: Int) -> Bool {
        guard words >= 1, words <= 20 else { return false }
        let first = tokens[draft.start].info
        let startsLikeTitle = first.has(TokenInfo.upper) || tokens[draft.start].kind == .number
            || first.mark == .openDouble || first.mark == .straightDouble || first.mark == .openSingle
        guard startsLikeTitle else { return false }
        if !endsWithTerminal(draft.start, draft.end) {
            let lastMark = tokens[draft.end - 1].info.mark
            return !(lastMark == .colon || lastMark == .comma || lastMark == .semicolon || lastMark == .dash
                     || lastMark == .hyphen)
        }
        return isTitleCase(draft.start, draft.end)
    }

    /// Every word capitalised except short function words, with at least three capitalised words.
    private func isTitleCase(_ start: Int, _ end: Int) -> Bool {
        var capitalised = 0
        for index in start..<end where tokens[index].kind == .word {
            if tokens[index].info.has(TokenInfo.upper) {
                capitalised += 1
            } else if !rules.classes(index).contains(.functionWord) {
                return false
            }
        }
        return capitalised >= 3
    }

    /// Whether the unit's last mark before closing quotes and brackets is `.`, `?`, `!`, `…` or an abbreviation's period.
    private func endsWithTerminal(_ start: Int, _ end: Int) -> Bool {
        var index = end - 1
        while index > start, tokens[index].info.mark.isCloser { index -= 1 }
        return tokens[index].info.mark.isTerminal || tokens[index].info.abbreviation != .none
    }
}
