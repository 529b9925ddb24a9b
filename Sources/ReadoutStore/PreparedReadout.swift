import Foundation
import ReadoutCore

/// A readout made ready to store, on any thread: its JSON encoded and its entities keyed, so that the single
/// writer only binds values and steps statements.
public struct PreparedReadout: Sendable {
    /// The readout.
    public let readout: DocumentReadout
    /// The stored readout: its JSON (the readout without its text), zlib-compressed (`Deflate`).
    let storedReadout: [UInt8]
    /// Each entity's store-wide identity key, in the readout's entity order.
    let entityKeys: [String]
    /// Each entity's mentions as stored (`MentionSpans`), in the readout's entity order.
    let entitySpans: [String]
    /// The document's day number.
    let day: Int
    /// The hex SHA-256 of the document's text (hashed here, not on the writer thread).
    let sha256: String
    /// Each event's cue mask (`ExpectedAction.cueMask`), in the readout's event order.
    let eventCues: [Int64]
    /// What each demand of the readout asks, by the id of the REQUEST event it comes from: the ledger's demands.
    let demandedByEvent: [String: String]

    /// Prepares a readout; call it on worker threads.
    public init(_ readout: DocumentReadout) throws {
        self.readout = readout
        var stored = readout
        stored.document.text = ""
        storedReadout = try ReadoutJSON.encode(stored).withUnsafeBytes(Deflate.compress)
        entityKeys = readout.entities.map(EntityIdentity.key(for:))
        entitySpans = readout.entities.map { entity in MentionSpans.json(entity.mentions.map { ($0.start, $0.end) }) }
        day = DayNumber.of(readout.document.date) ?? 0
        sha256 = readout.document.sha256
        eventCues = readout.events.map { ExpectedAction.cueMask(evidence: $0.evidence.text) }
        demandedByEvent = Dictionary(readout.demands.map { ($0.event, $0.what) }, uniquingKeysWith: { first, _ in first })
    }
}
