import Synchronization

/// The lexed prose of one document, made once for the quote and figure stages and kept with its `AnalyzedText`.
final class ProseCache: Sendable {
    /// The lexed text, once made.
    private let slot = Mutex<ProseText?>(nil)

    /// Creates an empty cache.
    init() {}

    /// The lexed `bytes`, lexing them on first use.
    func prose(for bytes: [UInt8]) -> ProseText {
        slot.withLock { cached in
            if let cached { return cached }
            let prose = ProseText(bytes: bytes)
            cached = prose
            return prose
        }
    }
}

extension AnalyzedText {
    /// The text lexed for the quote and figure stages (lexed once, on first use, then shared).
    var prose: ProseText { proseCache.prose(for: bytes) }
}
