/// Scores the entity recogniser's proper names against a CoNLL-2003 style file (token, tags…, IOB NER tag).
///
/// Each document (split at `-DOCSTART-`) becomes one text: a sentence's tokens joined by spaces, sentences
/// joined by line breaks. A predicted name counts when its span and type match a gold name exactly.
public struct NerEvaluation: Sendable {
    /// Precision, recall and F1 for one type or overall.
    public struct Score: Sendable, Codable, Hashable {
        /// Creates an empty score.
        public init() {}
        /// Correct predictions.
        public var truePositives = 0
        /// Predictions not in the gold data.
        public var falsePositives = 0
        /// Gold names not predicted.
        public var falseNegatives = 0
        /// Correct over predicted.
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// Correct over gold.
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    /// One document rebuilt from the file, with its gold names.
    public struct Document: Sendable {
        /// The rebuilt text.
        public var text: String
        /// Gold names.
        public var gold: [NamedSpan]
    }

    /// The CoNLL types scored.
    public static let types = ["PER", "LOC", "ORG", "MISC"]

    /// Parses a CoNLL file's contents into documents.
    public static func documents(conll: String) -> [Document] {
        var documents: [Document] = []
        var text = ""
        var scalars = 0
        var gold: [NamedSpan] = []
        var open: (start: Int, end: Int, type: String)?
        var sentenceHasTokens = false
        func close() {
            if let o = open { gold.append(NamedSpan(start: o.start, end: o.end, type: o.type)) }
            open = nil
        }
        func finishDocument() {
            close()
            if !text.isEmpty { documents.append(Document(text: text, gold: gold)) }
            text = ""
            scalars = 0
            gold = []
            sentenceHasTokens = false
        }
        for line in conll.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: " ")
            if fields.isEmpty {
                close()
                if sentenceHasTokens { text += "\n"; scalars += 1; sentenceHasTokens = false }
                continue
            }
            if fields[0] == "-DOCSTART-" { finishDocument(); continue }
            let token = String(fields[0])
            let tag = fields.count > 1 ? String(fields[fields.count - 1]) : "O"
            if sentenceHasTokens { text += " "; scalars += 1 }
            let start = scalars
            text += token
            scalars += token.unicodeScalars.count
            sentenceHasTokens = true
            if tag == "O" { close(); continue }
            let parts = tag.split(separator: "-", maxSplits: 1)
            guard parts.count == 2 else { close(); continue }
            let type = String(parts[1])
            if parts[0] == "B" || open?.type != type {
                close()
                open = (start, scalars, type)
            } else {
                open?.end = scalars
            }
        }
        finishDocument()
        return documents
    }

    /// The mistakes on one document: each line is `+TYPE text` (predicted, not gold) or `-TYPE text` (missed).
    public static func mistakes(_ document: Document, stage: EntityStage, date: String) -> [String] {
        let scalars = Array(document.text.unicodeScalars)
        func text(_ n: NamedSpan) -> String { String(String.UnicodeScalarView(scalars[n.start..<n.end])) }
        let predicted = Set(stage.recognize(text: document.text, date: date).names.filter { types.contains($0.type) })
        let gold = Set(document.gold)
        var lines: [(Int, String)] = []
        for n in predicted where !gold.contains(n) { lines.append((n.start, "+\(n.type) \(text(n))")) }
        for n in gold where !predicted.contains(n) { lines.append((n.start, "-\(n.type) \(text(n))")) }
        return lines.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Runs `stage` over `documents` dated `date` and scores the names, per type and overall.
    public static func score(_ documents: [Document], stage: EntityStage, date: String) -> (overall: Score, perType: [String: Score]) {
        var perType: [String: Score] = [:]
        for type in types { perType[type] = Score() }
        for document in documents {
            let predicted = stage.recognize(text: document.text, date: date).names.filter { types.contains($0.type) }
            let gold = Set(document.gold)
            let guessed = Set(predicted)
            for name in guessed {
                if gold.contains(name) { perType[name.type]?.truePositives += 1 } else { perType[name.type]?.falsePositives += 1 }
            }
            for name in gold where !guessed.contains(name) { perType[name.type, default: Score()].falseNegatives += 1 }
        }
        var overall = Score()
        for score in perType.values {
            overall.truePositives += score.truePositives
            overall.falsePositives += score.falsePositives
            overall.falseNegatives += score.falseNegatives
        }
        return (overall, perType)
    }
}
