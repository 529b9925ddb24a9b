/// One automaton over tokens for every name and phrase the recogniser knows: a trie whose edges are
/// vocabulary ids, so matching costs one hash lookup per token. Matching is case-sensitive ("US" is not "us").
struct NameAutomaton: Sendable {
    /// What a phrase that ends at a trie node is.
    enum PatternKind: UInt8, Sendable {
        /// A name or alias of a knowledge-base entry (value: entry index).
        case name
        /// A demonym of a knowledge-base entry (value: entry index).
        case demonym
        /// A descriptive reference to a knowledge-base entry (value: entry index).
        case description
        /// An office (value: index into `EntityGazetteer.officeNames`).
        case office
        /// A sector noun (value: index into `EntityGazetteer.sectorCodes`).
        case sector
        /// A group phrase (value: index into `EntityLexicon.groups`).
        case group
        /// A person marker such as "Mr" or "General".
        case marker
        /// "allies", "partners".
        case allies

        /// This kind's bit in `kindMasks`.
        var bit: UInt8 { 1 << rawValue }
    }

    /// One phrase ending at a node.
    struct Pattern: Sendable, Hashable {
        /// What the phrase is.
        var kind: PatternKind
        /// Index whose meaning depends on `kind`.
        var value: Int32
    }

    /// The patterns of one kind at a node, read in place (no filtered copy of the node's list).
    struct KindPatterns: Sequence {
        /// Every pattern at the node.
        let all: [Pattern]
        /// The kind kept.
        let kind: PatternKind

        /// Iterates the patterns of `kind` in list order.
        struct Iterator: IteratorProtocol {
            let all: [Pattern]
            let kind: PatternKind
            var index = 0

            /// The next pattern of `kind`, or nil.
            mutating func next() -> Pattern? {
                while index < all.count {
                    let p = all[index]
                    index += 1
                    if p.kind == kind { return p }
                }
                return nil
            }
        }

        /// An iterator over the patterns of `kind`.
        func makeIterator() -> Iterator { Iterator(all: all, kind: kind) }

        /// The number of patterns of `kind`.
        var count: Int {
            var n = 0
            for p in all where p.kind == kind { n += 1 }
            return n
        }

        /// The `n`-th pattern of `kind` (it must exist).
        subscript(n: Int) -> Pattern {
            var seen = 0
            for p in all where p.kind == kind {
                if seen == n { return p }
                seen += 1
            }
            preconditionFailure("KindPatterns index \(n) out of range")
        }
    }

    /// Token text to vocabulary id.
    private(set) var vocabulary = ByteVocabulary()
    /// Edges: (node << 32 | token id) to child node.
    private var edges = EdgeTable()
    /// Patterns ending at each node (empty for inner nodes).
    private(set) var patterns: [[Pattern]] = [[]]
    /// By node: one bit (`1 << kind.rawValue`) for each pattern kind ending there, so a lookup for a kind
    /// skips nodes without it before touching the pattern lists.
    private(set) var kindMasks: [UInt8] = [0]

    /// The most tokens in one phrase: no match starting at a token reaches further.
    private(set) var longestPhrase = 0

    /// Creates an empty automaton.
    init() {}

    /// The id of `word`, adding it to the vocabulary.
    mutating func intern(_ word: String) -> Int32 {
        vocabulary.insert(word)
    }

    /// The id of `word`, or -1.
    func id(of word: String) -> Int32 { vocabulary.id(word) }

    /// Adds a phrase given as its token strings.
    mutating func add(_ words: [String], _ pattern: Pattern) {
        guard !words.isEmpty else { return }
        longestPhrase = max(longestPhrase, words.count)
        var node: Int32 = 0
        for word in words {
            let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(intern(word)))
            let existing = edges.get(key)
            if existing >= 0 {
                node = existing
            } else {
                let next = Int32(patterns.count)
                patterns.append([])
                kindMasks.append(0)
                edges.set(key, next)
                node = next
            }
        }
        if !patterns[Int(node)].contains(pattern) { patterns[Int(node)].append(pattern) }
        kindMasks[Int(node)] |= pattern.kind.bit
    }

    /// True when some pattern of `kind` ends at `node`.
    @inline(__always) func has(_ kind: PatternKind, at node: Int32) -> Bool {
        kindMasks[Int(node)] & kind.bit != 0
    }

    /// The child of `node` along token id `id`, or -1.
    @inline(__always) func child(_ node: Int32, _ id: Int32) -> Int32 {
        guard id >= 0 else { return -1 }
        return edges.get(UInt64(UInt32(node)) << 32 | UInt64(UInt32(id)))
    }

    /// Every phrase starting at token `start`: (end token index exclusive, node), shortest first.
    func matches(_ tokens: [EntityToken], at start: Int, into out: inout [(end: Int, node: Int32)]) {
        out.removeAll(keepingCapacity: true)
        var node: Int32 = 0
        var i = start
        while i < tokens.count {
            var next = child(node, tokens[i].id)
            if next < 0 { next = child(node, tokens[i].altID) }
            if next < 0 { break }
            node = next
            i += 1
            if !patterns[Int(node)].isEmpty { out.append((i, node)) }
        }
    }
}
