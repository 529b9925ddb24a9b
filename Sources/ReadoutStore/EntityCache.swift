import Foundation

/// Entities the store already holds, by identity key, kept across transactions so that the writer looks each
/// one up in the database once. Entries learnt in a transaction are added only after it commits.
final class EntityCache: @unchecked Sendable {
    /// A stored entity: its id and actor code (which, once set, never changes).
    struct Entry: Sendable {
        var pk: Int64
        var actorCode: String?
    }

    /// Past this many entries the cache starts afresh, to keep memory bounded.
    static let capacity = 300_000

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    /// The cached entry for an identity key.
    func entry(_ key: String) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    /// Adds entries learnt in a committed transaction.
    func merge(_ learnt: [String: Entry]) {
        guard !learnt.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        if entries.count + learnt.count > Self.capacity { entries = [:] }
        entries.merge(learnt) { _, new in new }
    }
}
