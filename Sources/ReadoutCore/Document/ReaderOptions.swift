/// Settings shared by all document readers.
public struct ReaderOptions: Sendable {
    /// The default size limit for one file read whole (64 MB); JSON Lines are streamed and have no file limit.
    public static let defaultMaxDocumentBytes = 64 * 1024 * 1024

    /// A date (`YYYY-MM-DD`) that supplies or overrides every document's date.
    public var date: String?
    /// The largest file (or JSON Lines record) read into memory whole; larger ones are reported and skipped.
    public var maxDocumentBytes: Int

    /// Creates reader options.
    public init(date: String? = nil, maxDocumentBytes: Int = ReaderOptions.defaultMaxDocumentBytes) {
        self.date = date
        self.maxDocumentBytes = maxDocumentBytes
    }
}
