import Foundation

/// The compiled knowledge base: every entry, with indexes by name and by office.
///
/// Immutable once built, so one instance is shared by every pipeline thread.
public struct KnowledgeBase: Sendable {
    /// All entries.
    public let entries: [KBEntry]
    /// Entry indices by exact surface form (names, aliases, demonyms, descriptions).
    public let byName: [String: [Int]]

    /// Builds the indexes over `entries`.
    public init(entries: [KBEntry]) {
        self.entries = entries
        var index: [String: [Int]] = [:]
        for (i, entry) in entries.enumerated() {
            for form in Set([entry.name] + entry.aliases + entry.demonyms + entry.descriptions) {
                index[form, default: []].append(i)
            }
        }
        self.byName = index
    }

    /// Entries whose name, alias, demonym or description is exactly `form`.
    public func entries(named form: String) -> [KBEntry] {
        (byName[form] ?? []).map { entries[$0] }
    }

    /// People holding an office with `title` for `country` (alpha-3 or organisation code) on `day`.
    public func holders(of title: String, country: String?, on day: String) -> [KBEntry] {
        entries.filter { entry in
            entry.roles.contains { $0.title == title && (country == nil || $0.country == country) && $0.isHeld(on: day) }
        }
    }

    /// The knowledge base shipped with the program (empty until the compiled files exist).
    public static let shipped: KnowledgeBase = KnowledgeBase(entries: [])
}
