/// Settings shared by all document readers.
public struct ReaderOptions: Sendable {
    /// A date (`YYYY-MM-DD`) that supplies or overrides every document's date.
    public var date: String?

    /// Creates reader options.
    public init(date: String? = nil) {
        self.date = date
    }
}
