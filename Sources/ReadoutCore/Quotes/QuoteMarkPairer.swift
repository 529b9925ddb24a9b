/// A stretch of text between quotation marks (possibly over several paragraphs).
struct QuotedRun: Sendable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark, or nil when the paragraph ended without one.
    var close: Int?
    /// First content token.
    var first: Int
    /// Last content token.
    var last: Int
}

/// Pairs double quotation marks into runs, tolerating misused and missing marks.
///
/// Rules: marks pair within a paragraph; a paragraph that ends inside a quotation continues it when the next
/// paragraph opens with a mark (the news convention), otherwise the quotation ends with its paragraph; an
/// opening-shaped mark inside an open quotation closes it when it follows punctuation (`moment, “Blinken said`).
enum QuoteMarkPairer {
    /// The runs of `text`, in order.
    static func runs(in text: ProseText) -> [QuotedRun] {
        let tokens = text.tokens
        var runs: [QuotedRun] = []
        var open: Int?
        var paragraph: Int32 = -1
        func lastToken(ofParagraph p: Int32, before i: Int) -> Int {
            var k = i - 1
            while k > 0, tokens[k].paragraph > p { k -= 1 }
            return k
        }
        func finish(_ o: Int, close: Int?, last: Int) {
            if o + 1 <= last { runs.append(QuotedRun(open: o, close: close, first: o + 1, last: last)) }
        }
        for i in tokens.indices where tokens[i].kind == .quote {
            let t = tokens[i]
            if let o = open, t.paragraph != paragraph {
                let startsParagraph = i == 0 || tokens[i - 1].paragraph != t.paragraph
                if startsParagraph, t.paragraph == paragraph + 1, actsAsOpening(t), opensStatement(text, o) {
                    paragraph = t.paragraph
                    continue
                }
                finish(o, close: nil, last: lastToken(ofParagraph: paragraph, before: i))
                open = nil
            }
            if let o = open {
                if t.shape != .closing, text.startsLine(i), !t.spaceAfter, opensStatement(text, o) {
                    // A line that ends inside a quotation and a next line that opens with a mark: one quotation.
                    continue
                }
                if t.shape == .opening, t.spaceBefore, !isAfterPunctuation(text, i), !t.spaceAfter {
                    // A new quotation: the previous mark was stray.
                    open = i
                    paragraph = t.paragraph
                    continue
                }
                finish(o, close: i, last: i - 1)
                open = nil
            } else if actsAsOpening(t) {
                open = i
                paragraph = t.paragraph
            }
        }
        if let o = open {
            finish(o, close: nil, last: lastToken(ofParagraph: paragraph, before: tokens.count))
        }
        return runs
    }

    /// True when a mark outside a quotation opens one.
    static func actsAsOpening(_ t: ProseToken) -> Bool {
        switch t.shape {
        case .opening: return true
        case .straight: return t.spaceBefore || !t.spaceAfter
        case .closing: return t.spaceBefore && !t.spaceAfter
        }
    }

    /// True when the mark at `o` opens a whole statement (paragraph or sentence start, or after `:` or `,`), the only
    /// kind of quotation that runs on into the next paragraph.
    static func opensStatement(_ text: ProseText, _ o: Int) -> Bool {
        let tokens = text.tokens
        if o == 0 || tokens[o - 1].paragraph != tokens[o].paragraph { return true }
        if tokens[o - 1].sentence != tokens[o].sentence { return true }
        return text.isPunct(o - 1, 0x3A) || text.isPunct(o - 1, 0x2C)
    }

    /// True when the token before `i` is punctuation (the mark then closes the quotation).
    static func isAfterPunctuation(_ text: ProseText, _ i: Int) -> Bool {
        i > 0 && text.tokens[i - 1].kind == .punct
    }
}
