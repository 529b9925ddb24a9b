/// Maps a speaker phrase to an entity id: by the mentions the entity stage found, a pronoun's nearest person,
/// or an earlier naming of the same body (`the ministry` after `Russia's foreign ministry`). Nil when unsure.
struct SpeakerResolver {
    /// The entities found so far.
    let entities: [Entity]
    /// Their mentions by offset.
    let index: SpeakerMentions
    /// The lexed text.
    let text: ProseText

    /// Nouns for bodies whose earlier mention settles who `the ministry` is.
    static let bodyNouns: KeySet = AttributionLexicon.keys("""
    ministry government administration embassy office department agency army military campaign committee council \
    company party alliance bloc court police commission
    """)

    /// Creates a resolver.
    init(entities: [Entity], text: ProseText) {
        self.entities = entities
        self.index = SpeakerMentions(entities)
        self.text = text
    }

    /// The entity id the phrase names, or nil.
    func resolve(_ phrase: SpeakerPhrase) -> String? {
        guard !entities.isEmpty else { return nil }
        let tokens = text.tokens
        let start = Int(tokens[phrase.head.lowerBound].start)
        let end = Int(tokens[phrase.head.upperBound].end)
        let inside = index.mentions(in: start, end)
        if !inside.isEmpty {
            // The mention that covers the head word names the speaker (`the Joe Biden Administration`, not `Joe Biden`).
            let head = Int(tokens[phrase.head.upperBound].start)
            if let covering = inside.filter({ $0.start <= head && head < $0.end }).max(by: { $0.end - $0.start < $1.end - $1.start }) {
                return entities[covering.entity].id
            }
            let people = inside.filter { entities[$0.entity].kind == .person }
            let pick = people.last ?? inside.max { ($0.end, $0.end - $0.start) < ($1.end, $1.end - $1.start) }!
            return entities[pick.entity].id
        }
        if let covering = index.mention(covering: end - 1) { return entities[covering.entity].id }
        if phrase.isPronoun {
            let key = tokens[phrase.head.lowerBound].key
            guard AttributionLexicon.personPronouns.contains(key) else { return nil }
            return nearestPerson(before: start)
        }
        let headKey = tokens[phrase.head.upperBound].key
        if Self.bodyNouns.contains(headKey) { return earlierBody(headKey, before: phrase.head.upperBound) }
        return nil
    }

    /// The person mentioned last before `offset`.
    func nearestPerson(before offset: Int) -> String? {
        let mentions = index.mentions
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        var i = low - 1
        while i >= 0 {
            if entities[mentions[i].entity].kind == .person, mentions[i].end <= offset { return entities[mentions[i].entity].id }
            i -= 1
        }
        return nil
    }

    /// The entity named just before an earlier occurrence of the same body noun (`Russia's foreign ministry`).
    func earlierBody(_ key: UInt64, before token: Int) -> String? {
        var k = token - 1
        while k >= 0 {
            if text.tokens[k].kind == .word, text.tokens[k].key == key {
                let from = Int(text.tokens[max(0, k - 4)].start)
                let found = index.mentions(in: from, Int(text.tokens[k].end))
                if let last = found.last { return entities[last.entity].id }
            }
            k -= 1
        }
        return nil
    }
}
