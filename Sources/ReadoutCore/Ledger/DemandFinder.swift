import Foundation

/// Turns a document's REQUEST events into demands and links the replies the same document reports.
///
/// What is demanded is read from the longest mention of the event and the rest of its sentence: the words
/// after the demand cue ("demanded", "calls for", "urged … to", "insists that") up to the end of its clause. A reply is an
/// event after the demand whose source is one of whom the demand was made (or the same country) and whose
/// target is the demander (or the same country): REJECT or ACCUSE reject it, AGREE, CONCEDE or RETREAT
/// meet it, any other type answers it. A REQUEST made of no one, or only of the asker's own state (a
/// government ordering its troops), is not a demand.
public struct DemandFinder: Sendable {
    /// Cue words after which the demanded thing is written.
    static let cues: [String] = [
        "demanded", "demands", "demanding", "demand", "called for", "calls for", "calling for", "call for",
        "called on", "calls on", "calling on", "call on",
        "urged", "urges", "urging", "asked for", "asks for", "asked", "asks", "requested", "requests",
        "insisted on", "insists on", "insisted", "insists", "pressed for", "presses for", "sought", "seeks",
    ]
    /// Words that end the demanded clause.
    static let stops: [String] = [";", " while ", " but ", " although ", " though ", " whereas ", ". "]

    /// Creates a finder.
    public init() {}

    /// The demands of `readout`, in order of their events.
    public func demands(in readout: DocumentReadout) -> [Demand] {
        guard readout.events.contains(where: { $0.type == "REQUEST" }) else { return [] }
        let countries = Dictionary(readout.entities.map { ($0.id, $0.country ?? $0.id) }, uniquingKeysWith: { a, _ in a })
        func sameSide(_ a: [String], _ b: [String]) -> Bool {
            let left = Set(a.map { countries[$0] ?? $0 })
            return b.contains { left.contains(countries[$0] ?? $0) }
        }
        let codes = Dictionary(readout.entities.map { ($0.id, $0.actorCode) }, uniquingKeysWith: { a, _ in a })
        // The asker's own state: the same entity or actor code, or the same country's government, military or the
        // country itself on both sides (a government ordering its troops). Parties, persons and others of one
        // country are sides of their own: domestic demands are demands.
        func ownState(_ sources: [String], _ target: String) -> Bool {
            sources.contains { source in
                if source == target { return true }
                guard let a = codes[source] ?? nil, let b = codes[target] ?? nil else { return false }
                return a == b || (a.prefix(3) == b.prefix(3) && Self.isState(a) && Self.isState(b))
            }
        }
        var scalars: [Unicode.Scalar] = []
        // The document's text from scalar `start` to `end`; nil when the range is empty or not in the text. The
        // scalars are read only once a demand needs them.
        func text(_ start: Int, _ end: Int) -> String? {
            if scalars.isEmpty { scalars = Array(readout.document.text.unicodeScalars) }
            guard start >= 0, end > start, end <= scalars.count else { return nil }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            return String(text)
        }
        // The sentence a span starts in (the span itself when the readout has no sentences).
        func sentence(of span: TextSpan) -> (start: Int, end: Int) {
            let found = readout.sentences.first { $0.start <= span.start && span.start < $0.end }
            return (found?.start ?? span.start, found?.end ?? span.end)
        }
        var result: [Demand] = []
        for event in readout.events where event.type == "REQUEST" && !event.source.isEmpty {
            guard event.modality == .asserted || event.modality == .reported else { continue }
            // A demand is made of someone who can answer it. A request made of no one, or only of the asker's own
            // state (a government ordering its troops or staff), is not one the ledger can see answered.
            guard event.target.contains(where: { !ownState(event.source, $0) }) else { continue }
            let spans = event.mentions.isEmpty ? [event.evidence] : event.mentions
            let longest = spans.max { $0.text.count < $1.text.count } ?? event.evidence
            var answers: [String] = []
            var status = "open"
            for reply in readout.events where reply.id != event.id && reply.evidence.start > event.evidence.start {
                guard reply.type != "REQUEST", reply.modality == .asserted || reply.modality == .reported,
                      sameSide(event.target, reply.source), sameSide(event.source, reply.target) else { continue }
                answers.append(reply.id)
                switch reply.type {
                case "REJECT", "ACCUSE": status = "rejected"
                case "AGREE", "CONCEDE", "RETREAT": if status == "open" || status == "answered" { status = "met" }
                default: if status == "open" { status = "answered" }
                }
            }
            // What is demanded often runs on past the event's words, to the end of its sentence.
            let bounds = sentence(of: longest)
            var what = Self.demanded(in: text(longest.start, bounds.end) ?? longest.text, mentionBytes: longest.text.utf8.count)
            if Self.isBareCue(what) {
                // "ignoring Russia's main demands.": the content is not in the sentence; its noun phrase names it.
                what = Self.nounPhrase(endingBefore: text(bounds.start, longest.start) ?? "") + longest.text
            }
            result.append(Demand(
                id: "d\(result.count + 1)", by: event.source, of: event.target, what: what,
                stated: event.date?.value, status: status, event: event.id, answers: answers, evidence: longest))
        }
        return result
    }

    /// Whether `what` is only a demand cue ("demands."): the mention names a demand without saying what it asks.
    static func isBareCue(_ what: String) -> Bool {
        let word = what.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:!?\"”’")).lowercased()
        return cues.contains(word)
    }

    /// The last words of `text` that can stand before a noun in its phrase ("Russia's main "), up to three: it stops
    /// at a preposition, article, conjunction, verb form ("ignoring", "rejected") or punctuation.
    static func nounPhrase(endingBefore text: String) -> String {
        var words: [Substring] = []
        for word in text.split(separator: " ").reversed() {
            let lower = word.lowercased()
            guard words.count < 3, word.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" }),
                  !phraseStops.contains(lower), !lower.hasSuffix("ing"), !lower.hasSuffix("ed") else { break }
            words.append(word)
        }
        return words.reversed().map { $0 + " " }.joined()
    }

    /// Words a noun phrase before a demand does not reach back past.
    static let phraseStops: Set<String> = [
        "of", "to", "for", "on", "in", "at", "by", "with", "from", "about", "against", "over", "and", "or", "but", "that",
        "the", "a", "an", "its", "their", "his", "her", "these", "those", "this", "is", "are", "was", "were", "be", "has",
        "have", "had", "said", "says",
    ]

    /// Whether an actor code is a country's state: the country itself, its government or its military.
    static func isState(_ code: String) -> Bool {
        let sector = code.dropFirst(3).prefix(3)
        return sector.isEmpty || sector == "GOV" || sector == "MIL"
    }

    /// The demanded thing in a mention's text (and the rest of its sentence): after the demand cue, to the end of
    /// the clause. The cue is the last one within the mention's own `mentionBytes` ("Moscow's core demands and
    /// the call for NATO to …": "call for"), else the first after it.
    static func demanded(in text: String, mentionBytes: Int? = nil) -> String {
        let bytes = Array(text.utf8)
        let lower = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let within = mentionBytes ?? bytes.count
        var from = 0
        var lastInMention: Int?
        for cue in cueBytes {
            var at = find(cue, in: lower, from: 0)
            while let found = at, found < within {
                // The cue that ends last: of two starting together, the longer ("called for" over "called").
                lastInMention = max(lastInMention ?? 0, found + cue.count)
                at = find(cue, in: lower, from: found + 1)
            }
        }
        if let lastInMention {
            from = lastInMention
        } else {
            for cue in cueBytes {
                if let at = find(cue, in: lower, from: 0) { from = at + cue.count; break }
            }
        }
        var to = bytes.count
        for stop in stopBytes {
            if let at = find(stop, in: lower, from: from), at < to { to = at }
        }
        var what = String(decoding: bytes[from..<max(from, to)], as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: ",."))
        for lead in ["that ", "for "] where what.hasPrefix(lead) { what.removeFirst(lead.count) }
        return what.isEmpty ? text : what
    }

    /// The cues as UTF-8 bytes, in order of preference.
    static let cueBytes: [[UInt8]] = cues.map { Array($0.utf8) }
    /// The clause stops as UTF-8 bytes.
    static let stopBytes: [[UInt8]] = stops.map { Array($0.utf8) }

    /// The offset of the first occurrence of `needle` in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        var i = from
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0] {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
