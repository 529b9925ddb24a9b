import Foundation

/// A hand-made gold fact file (`X.gold.json`): per section, the facts a correct readout must, may and must not contain.
///
/// Every field is optional: a missing section, list or field is simply not checked. Sections are read by name
/// (`entities`, `events`, `quotes`, `timexes`, `figures`, `expectations`, `demands`); any other section that has
/// `required` or `forbidden` lists is kept too, so the checker can list it as not checked.
public struct GoldFacts: Sendable {
    /// The document date from `document.date`, when given.
    public var documentDate: String?
    /// Sections in file order of the known names first, then the others sorted by name.
    public var sections: [GoldSection]

    /// A gold file that cannot be read, with the reason.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        /// What is wrong and where.
        public var description: String

        /// Creates an error with its message.
        public init(description: String) {
            self.description = description
        }
    }

    /// The section names the checker knows, in report order.
    public static let knownSections = ["entities", "events", "quotes", "timexes", "figures", "expectations", "demands"]

    /// Creates gold facts.
    public init(documentDate: String? = nil, sections: [GoldSection] = []) {
        self.documentDate = documentDate
        self.sections = sections
    }

    /// The section with this name, when the file has it.
    public func section(_ name: String) -> GoldSection? {
        sections.first { $0.name == name }
    }

    /// Parses the JSON of a gold file; `name` is used in error messages.
    public static func parse(_ bytes: [UInt8], name: String) throws(ReadError) -> GoldFacts {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes[...])
        } catch {
            throw ReadError(description: "\(name): not valid JSON (\(error.message) at byte \(error.offset))")
        }
        guard case .object(let top) = root else {
            throw ReadError(description: "\(name): the gold file must be a JSON object, found \(root.kindName)")
        }
        var facts = GoldFacts()
        if case .object(let document)? = top["document"] { facts.documentDate = document["date"]?.scalarText }
        let others = top.keys.filter { !knownSections.contains($0) && $0 != "document" && $0 != "about" }.sorted()
        for key in knownSections + others {
            guard case .object(let body)? = top[key] else { continue }
            let required = GoldFacts.items(body["required"])
            let optional = GoldFacts.items(body["optional"])
            let forbidden = GoldFacts.sentences(body["forbidden"])
            if knownSections.contains(key) || !required.isEmpty || !forbidden.isEmpty {
                facts.sections.append(GoldSection(name: key, required: required, optional: optional, forbidden: forbidden))
            }
        }
        return facts
    }

    /// Reads a gold file from disk.
    public static func read(path: String) throws(ReadError) -> GoldFacts {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(description: "\(path): cannot read the file")
        }
        return try parse([UInt8](data), name: path)
    }

    private static func items(_ value: JSONValue?) -> [GoldItem] {
        guard case .array(let list)? = value else { return [] }
        return list.compactMap { if case .object(let o) = $0 { return GoldItem(fields: o) } else { return nil } }
    }

    private static func sentences(_ value: JSONValue?) -> [String] {
        guard case .array(let list)? = value else { return [] }
        return list.compactMap { item in
            switch item {
            case .string(let s): return s
            case .object(let o): return o["text"]?.scalarText ?? o["evidence"]?.scalarText ?? GoldItem(fields: o).summary
            default: return item.scalarText ?? "(unreadable forbidden item: \(item.kindName))"
            }
        }
    }
}
