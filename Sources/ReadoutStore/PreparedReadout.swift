import Foundation
import ReadoutCore

/// A readout made ready to store, on any thread: its JSON encoded and its entities keyed, so that the single
/// writer only binds values and steps statements.
public struct PreparedReadout: Sendable {
    /// The readout.
    public let readout: DocumentReadout
    /// The stored readout JSON (the readout without its text).
    let json: String
    /// Each entity's store-wide identity key, in the readout's entity order.
    let entityKeys: [String]
    /// The document's day number.
    let day: Int

    /// Prepares a readout; call it on worker threads.
    public init(_ readout: DocumentReadout) throws {
        self.readout = readout
        var stored = readout
        stored.document.text = ""
        json = String(decoding: try ReadoutJSON.encode(stored), as: UTF8.self)
        entityKeys = readout.entities.map(EntityIdentity.key(for:))
        day = DayNumber.of(readout.document.date) ?? 0
    }
}
