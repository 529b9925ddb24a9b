/// The role of a text unit in an article.
public enum SentenceKind: String, Sendable, Hashable, Codable {
    /// An ordinary sentence of running text.
    case sentence
    /// A headline or sub-heading: a short paragraph line without final punctuation.
    case heading
    /// A photo caption.
    case caption
    /// A photo credit (`© Name, AGENCY`) or sourcing line (`With Reuters, AP and local media`).
    case credit
}
