import Foundation

/// One dated news report: the unit every stage of the pipeline reads.
public struct Document: Sendable, Hashable, Codable {
    /// Stable identifier: given by the input (record id, URL, file name stem), or derived from the content hash.
    public var id: String
    /// The article date as an ISO day (`YYYY-MM-DD`); every relative date is resolved against it.
    public var date: String
    /// The headline, when the input has one.
    public var title: String?
    /// The publisher or feed the report came from.
    public var source: String?
    /// The canonical URL of the report.
    public var url: String?
    /// The body text; every span in a readout is a Unicode-scalar offset into it.
    public var text: String {
        didSet { hashCache = DocumentHashCache() }
    }
    private var hashCache = DocumentHashCache()

    /// Hex SHA-256 of the UTF-8 text, for idempotent storage. Computed on first access and then kept,
    /// so reading and analysing documents never pays for it.
    public var sha256: String { hashCache.value { SHA256.hex(ofUTF8: text) } }

    /// Creates a document; when no id is given, the id is the first 16 hex digits of the content hash.
    public init(id: String? = nil, date: String, title: String? = nil, source: String? = nil, url: String? = nil, text: String) {
        self.date = date
        self.title = title
        self.source = source
        self.url = url
        self.text = text
        self.id = ""
        self.id = id ?? String(sha256.prefix(16))
    }

    private enum CodingKeys: String, CodingKey {
        case id, date, title, source, url, sha256, text
    }

    /// Decodes a document; a `sha256` in the input is ignored, since it is derived from the text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        date = try c.decode(String.self, forKey: .date)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        text = try c.decode(String.self, forKey: .text)
    }

    /// Encodes the document with its `sha256`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(date, forKey: .date)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(text, forKey: .text)
    }
}

/// The lazily computed hash of a document's text, shared by copies until the text changes.
/// It takes no part in equality, hashing or coding.
final class DocumentHashCache: Hashable, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    /// The cached value, computing it with `make` the first time.
    func value(_ make: () -> String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let made = make()
        stored = made
        return made
    }

    static func == (lhs: DocumentHashCache, rhs: DocumentHashCache) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
