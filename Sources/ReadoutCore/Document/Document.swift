import Foundation

/// One dated news report: the unit every stage of the pipeline reads.
public struct Document: Sendable, Hashable, Codable {
    /// Stable identifier: given by the input, or derived from the content hash.
    public var id: String
    /// The article date as an ISO day (`YYYY-MM-DD`); every relative date is resolved against it.
    public var date: String
    /// The headline, when the input has one.
    public var title: String?
    /// The publisher or feed the report came from.
    public var source: String?
    /// The canonical URL of the report.
    public var url: String?
    /// Hex SHA-256 of the UTF-8 text, for idempotent storage.
    public var sha256: String
    /// The body text; every span in a readout is a Unicode-scalar offset into it.
    public var text: String

    /// Creates a document, computing its hash and (when no id is given) an id from the hash.
    public init(id: String? = nil, date: String, title: String? = nil, source: String? = nil, url: String? = nil, text: String) {
        let hash = SHA256.hex(of: Array(text.utf8))
        self.id = id ?? String(hash.prefix(16))
        self.date = date
        self.title = title
        self.source = source
        self.url = url
        self.sha256 = hash
        self.text = text
    }
}
