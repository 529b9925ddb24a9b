/// What reading one record produced: a document, or a problem that skipped it.
public enum ReadOutcome: Sendable {
    /// A document read whole; `replacedBytes` counts invalid UTF-8 bytes replaced with U+FFFD.
    case document(Document, replacedBytes: Int)
    /// A record that was skipped, and why.
    case problem(ReadProblem)
}
