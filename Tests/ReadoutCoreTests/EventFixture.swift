import ReadoutCore

/// Builds readouts by hand for event tests: entities found by their written forms, timexes by their text.
enum EventFixture {
    /// An entity to mark in the text wherever one of its forms appears as whole words.
    struct Party {
        var id: String
        var name: String
        var kind: EntityKind
        var code: String?
        var country: String?
        var forms: [String]
    }

    static let russia = Party(id: "rus", name: "Russia", kind: .country, code: "RUS", country: "RUS", forms: ["Russia", "Russian", "Russia's"])
    static let kremlin = Party(id: "rusgov", name: "Russian government", kind: .organization, code: "RUSGOV", country: "RUS", forms: ["Moscow", "the Kremlin", "the Russian government"])
    static let usa = Party(id: "usa", name: "United States", kind: .country, code: "USA", country: "USA", forms: ["the United States", "US", "Washington"])
    static let ukraine = Party(id: "ukr", name: "Ukraine", kind: .country, code: "UKR", country: "UKR", forms: ["Ukraine", "Kyiv", "Ukrainian"])
    static let nato = Party(id: "nato", name: "NATO", kind: .organization, code: "NATO", country: nil, forms: ["NATO", "the alliance"])
    static let france = Party(id: "fra", name: "France", kind: .country, code: "FRA", country: "FRA", forms: ["France", "Paris", "French"])
    static let germany = Party(id: "deu", name: "Germany", kind: .country, code: "DEU", country: "DEU", forms: ["Germany", "Berlin", "German"])
    static let vienna = Party(id: "vie", name: "Vienna", kind: .place, code: nil, country: "AUT", forms: ["Vienna"])
    static let donbas = Party(id: "don", name: "Donbas", kind: .place, code: nil, country: "UKR", forms: ["Donbas"])
    static let minister = Party(id: "min", name: "Jean Dupont", kind: .person, code: "FRAGOV", country: "FRA", forms: ["Jean Dupont", "Dupont"])
    static let envoy = Party(id: "env", name: "Hans Weber", kind: .person, code: "DEUGOV", country: "DEU", forms: ["Hans Weber", "Weber"])

    static let everyone = [russia, kremlin, usa, ukraine, nato, france, germany, vienna, donbas, minister, envoy]

    /// Runs the event stage over `text` with the given parties and time expressions.
    static func read(_ text: String, date: String = "2023-03-10", parties: [Party] = everyone,
                     timexes: [(String, String)] = [], captions: [String] = []) -> DocumentReadout {
        let document = Document(date: date, text: text)
        var readout = DocumentReadout(document: document)
        let scalars = Array(text.unicodeScalars)
        var taken = [Bool](repeating: false, count: scalars.count)
        for party in parties {
            var mentions: [TextSpan] = []
            for form in party.forms.sorted(by: { $0.count > $1.count }) {
                for start in occurrences(of: form, in: scalars) where !taken[start] {
                    let end = start + form.unicodeScalars.count
                    for k in start..<end { taken[k] = true }
                    mentions.append(TextSpan(start: start, end: end, text: form))
                }
            }
            guard !mentions.isEmpty else { continue }
            readout.entities.append(Entity(id: party.id, name: party.name, kind: party.kind, actorCode: party.code,
                                           country: party.country, mentions: mentions.sorted { $0.start < $1.start }))
        }
        for (written, value) in timexes {
            for start in occurrences(of: written, in: scalars) {
                readout.timexes.append(Timex(start: start, end: start + written.unicodeScalars.count, text: written, type: .date, value: value))
            }
        }
        var sentences: [Sentence] = []
        if !captions.isEmpty {
            var offset = 0
            var paragraph = 0
            for unit in splitUnits(text) {
                let length = unit.unicodeScalars.count
                let kind: SentenceKind = captions.contains(where: { unit.contains($0) }) ? .caption : .sentence
                sentences.append(Sentence(start: offset, end: offset + length, kind: kind, tokens: 0..<0, paragraph: paragraph))
                offset += length + 1
                paragraph += 1
            }
        }
        let analyzed = AnalyzedText(text: text, bytes: Array(text.utf8), tokens: [], sentences: sentences.isEmpty ? [Sentence(start: 0, end: scalars.count, kind: .sentence, tokens: 0..<0)] : sentences)
        EventStage().run(on: analyzed, readout: &readout)
        return readout
    }

    /// Lines of the text (fixtures with captions put one unit per line).
    private static func splitUnits(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Scalar offsets where `form` occurs as whole words.
    static func occurrences(of form: String, in scalars: [Unicode.Scalar]) -> [Int] {
        let pattern = Array(form.unicodeScalars)
        var result: [Int] = []
        guard pattern.count <= scalars.count else { return [] }
        for start in 0...(scalars.count - pattern.count) where Array(scalars[start..<start + pattern.count]) == pattern {
            let before = start == 0 ? " " : Character(scalars[start - 1])
            let afterIndex = start + pattern.count
            let after = afterIndex < scalars.count ? Character(scalars[afterIndex]) : " "
            if !before.isLetter && !after.isLetter { result.append(start) }
        }
        return result
    }

    /// The events of `readout` as "TYPE source>target modality" lines, by actor codes.
    static func summary(_ readout: DocumentReadout) -> [String] {
        let code = { (id: String) -> String in readout.entities.first { $0.id == id }?.actorCode ?? readout.entities.first { $0.id == id }?.name ?? id }
        return readout.events.map { e in
            "\(e.type) \(e.source.map(code).joined(separator: "+"))>\(e.target.map(code).joined(separator: "+")) \(e.modality.rawValue)"
        }
    }
}
