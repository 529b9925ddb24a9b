import Foundation

/// Finds and parses the compiled knowledge-base files shipped in the module's resources.
public enum KBLoader {
    /// The compiled entry files under `Resources/kb`, in load order.
    public static let entryFiles = ["countries.tsv", "organizations.tsv", "seats.tsv", "people.tsv", "places.tsv"]

    /// The directory holding the shipped compiled files (`Resources/kb` in the module bundle).
    public static var shippedDirectory: URL? {
        if let url = Bundle.module.url(forResource: "kb", withExtension: nil, subdirectory: "Resources") { return url }
        return Bundle.module.resourceURL?.appendingPathComponent("Resources/kb", isDirectory: true)
    }

    /// Loads every shipped entry file into a knowledge base.
    public static func loadShipped() throws -> KnowledgeBase {
        guard let dir = shippedDirectory else { throw KBLoadError(message: "the module resources are missing") }
        return try load(directory: dir)
    }

    /// Loads the entry files found in `directory` (missing files are skipped).
    public static func load(directory: URL) throws -> KnowledgeBase {
        var entries: [KBEntry] = []
        for name in entryFiles {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            var problems: [KBLineFormat.LineProblem] = []
            entries += KBLineFormat.decode(data, problems: &problems)
            if let first = problems.first {
                throw KBLoadError(message: "\(url.path) \(first) (\(problems.count) bad lines)")
            }
        }
        return KnowledgeBase(entries: entries)
    }

    /// Reads a user file of extra entries: a JSON array of `KBEntry` when the name ends in `.json`,
    /// otherwise TSV in `KBLineFormat`.
    public static func loadExtra(path: String) throws -> [KBEntry] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KBLoadError(message: "cannot read the knowledge-base file \(path)")
        }
        if path.lowercased().hasSuffix(".json") {
            do {
                return try JSONDecoder().decode([KBEntry].self, from: data)
            } catch {
                throw KBLoadError(message: "\(path): not a JSON array of entries (id, name, kind, …): \(error)")
            }
        }
        var problems: [KBLineFormat.LineProblem] = []
        let entries = KBLineFormat.decode(data, problems: &problems)
        if let first = problems.first {
            throw KBLoadError(message: "\(path) \(first); columns are \(KBLineFormat.columns.joined(separator: ", "))")
        }
        return entries
    }
}
