import Foundation
import GRDB

/// What would fulfil an announced action: the PLOVER types it names and the word stems to look for in evidence.
public struct ExpectedAction: Sendable, Hashable {
    /// PLOVER types whose events fulfil the action.
    public var types: Set<String>
    /// Lower-case stems; an event whose evidence contains one fulfils the action.
    public var stems: [String]

    /// Reads an action phrase ("issue a written response", "impose sanctions", "SANCTION").
    public init(action: String) {
        let lower = action.lowercased()
        var types: Set<String> = []
        var stems: [String] = []
        for (words, type) in Self.cues {
            for word in words where lower.contains(word) {
                if let type { types.insert(type) }
                stems.append(word)
            }
        }
        let upper = action.uppercased()
        if PloverVocabulary.quadClass(of: upper) != nil { types.insert(upper) }
        if types.isEmpty && stems.isEmpty {
            // Unknown action words: fall back on its content words.
            stems = lower.split { !$0.isLetter }.map(String.init).filter { $0.count >= 5 && !Self.stopWords.contains($0) }
        }
        self.types = types
        self.stems = stems
    }

    /// Whether an event of `type` with `evidence` text fulfils the action: a type it names, or one of its words in
    /// the evidence (`forEachWord`).
    public func isFulfilled(byType type: String, evidence: String) -> Bool {
        if types.contains(type) || types.contains(type.uppercased()) { return true }
        var found = false
        Self.forEachWord(stems, foundIn: evidence) { _ in found = true }
        return found
    }

    /// An SQL condition on a type column, a cue-mask column (`cueMask(evidence:)`) and an evidence column that keeps
    /// every event `isFulfilled` may accept, so that the fulfilment search reads only those; nil when nothing can
    /// fulfil the action. Cue words are tested on the mask, which an index can hold; other words with LIKE (SQLite's
    /// LIKE folds ASCII letters, as `isFulfilled` does). The arguments bind the placeholders in order.
    func sqlCondition(type: String, cues: String, evidence: String) -> (sql: String, arguments: [any DatabaseValueConvertible])? {
        var terms: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if !types.isEmpty {
            let sorted = types.sorted()
            terms.append("\(type) IN (" + Array(repeating: "?", count: sorted.count).joined(separator: ", ") + ")")
            arguments += sorted as [any DatabaseValueConvertible]
        }
        var mask: Int64 = 0
        for stem in stems {
            if let bit = Self.cueBits[stem] {
                mask |= bit
                continue
            }
            terms.append("\(evidence) LIKE ? ESCAPE '\\'")
            var pattern = "%"
            for character in stem {
                if character == "%" || character == "_" || character == "\\" { pattern.append("\\") }
                pattern.append(character)
            }
            arguments.append(pattern + "%")
        }
        if mask != 0 {
            terms.append("(\(cues) & ?) != 0")
            arguments.append(mask)
        }
        return terms.isEmpty ? nil : ("(" + terms.joined(separator: " OR ") + ")", arguments)
    }

    /// The cues a fulfilling event is filed under in `source_cues` (the action's types and its words), or nil when
    /// the action has words that are not cue words (an unknown action: its content words are looked for in evidence).
    var indexedCues: [String]? {
        searchesEvidence ? nil : types.sorted() + stems
    }

    /// The PLOVER types an action can name (those with a quad class), each with a bit above the cue words' bits.
    static let typeWords = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                            "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]

    /// A PLOVER type's bit (0 for a type no action names).
    static func typeBit(_ type: String) -> Int64 {
        guard let index = typeWords.firstIndex(of: type) else { return 0 }
        return Int64(1) << (cueWords.count + index)
    }

    /// The action's types and cue words as one mask: an event can fulfil it only when the event's type bit or one of
    /// its evidence's cue bits is in it (or when `searchesEvidence`, whatever its bits).
    var cueAndTypeMask: Int64 {
        stems.reduce(types.reduce(0) { $0 | Self.typeBit($1) }) { $0 | (Self.cueBits[$1] ?? 0) }
    }

    /// Whether the action has words that are not cue words, so that any event's evidence may fulfil it.
    var searchesEvidence: Bool { stems.contains { Self.cueBits[$0] == nil } }

    /// The cue words whose bits are set in a mask.
    static func words(in mask: Int64) -> [String] {
        guard mask != 0 else { return [] }
        return cueWords.indices.compactMap { mask & (Int64(1) << $0) != 0 ? cueWords[$0] : nil }
    }

    /// The cue words in a fixed order: bit `i` of a cue mask stands for `cueWords[i]`. Stored masks depend on this
    /// order, so words are only ever appended (and a changed list needs a migration that recomputes the masks).
    static let cueWords: [String] = cues.flatMap(\.0)

    /// Each cue word's bit.
    static let cueBits: [String: Int64] = Dictionary(uniqueKeysWithValues: cueWords.enumerated().map { ($1, Int64(1) << $0) })

    /// The cue words an event's evidence contains, as a bit mask: what `isFulfilled` would find in it, computed
    /// once per stored mention so that the ledger can test it from an index.
    static func cueMask(evidence: String) -> Int64 {
        var text = evidence
        if let mask = text.withUTF8({ bytes in bytes.allSatisfy({ $0 < 0x80 }) ? cueScanner.mask(in: bytes) : nil }) {
            return mask
        }
        var mask: Int64 = 0
        forEachWord(cueWords, foundIn: evidence) { mask |= Int64(1) << $0 }
        return mask
    }

    /// The cue words, for ASCII evidence.
    static let cueScanner = CueScanner(cueWords)

    /// Calls `found` with the index of each of the lower-case `words` that `evidence` contains. ASCII evidence is
    /// searched byte by byte with ASCII case folding (it is read for every stored event an expectation's window
    /// holds, and for every stored mention); only non-ASCII text takes Unicode lower-casing.
    static func forEachWord(_ words: [String], foundIn evidence: String, _ found: (Int) -> Void) {
        guard !words.isEmpty else { return }
        var text = evidence
        let ascii = text.withUTF8 { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            for (index, word) in words.enumerated() {
                var word = word
                if word.withUTF8({ containsFoldingASCII(bytes, $0) }) == true { found(index) }
            }
            return true
        }
        if ascii { return }
        let lower = evidence.lowercased()
        for (index, word) in words.enumerated() where lower.contains(word) { found(index) }
    }

    /// Whether ASCII `text` contains the lower-case `stem` with ASCII letters compared case-insensitively; nil when the
    /// stem is not ASCII.
    static func containsFoldingASCII(_ text: UnsafeBufferPointer<UInt8>, _ stem: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard stem.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard !stem.isEmpty else { return true }
        guard text.count >= stem.count else { return false }
        let first = stem[0]
        for start in 0...(text.count - stem.count) where foldASCII(text[start]) == first {
            var offset = 1
            while offset < stem.count, foldASCII(text[start + offset]) == stem[offset] { offset += 1 }
            if offset == stem.count { return true }
        }
        return false
    }

    /// Action words and the PLOVER type they name (nil: only look for the word in the evidence).
    static let cues: [([String], String?)] = [
        (["respon", "reply", "replie", "answer"], nil),
        (["sanction", "embargo", "freez", "export control"], "SANCTION"),
        (["meet", "talks", "summit", "visit", "consult", "negotiat"], "CONSULT"),
        (["sign", "agree", "accord", "deal", "treaty"], "AGREE"),
        (["withdraw", "pull back", "pull out", "retreat", "de-escalat"], "RETREAT"),
        (["aid", "assist", "weapons", "deliver"], "AID"),
        (["deploy", "mobiliz", "mobilis", "reinforc"], "MOBILIZE"),
        (["invade", "invasion", "attack", "strike", "assault"], "ASSAULT"),
        (["recogni", "support", "endorse"], "SUPPORT"),
        (["cooperat", "exercise"], "COOPERATE"),
        (["expel", "blockade", "seize", "arrest"], "COERCE"),
    ]

    /// Words too common to identify an action.
    static let stopWords: Set<String> = ["about", "after", "their", "there", "these", "those", "which", "would", "could", "should", "other"]
}
