/// One event trigger with the modality read for it, before mentions are merged (for factuality scoring).
public struct EventTriggerReading: Sendable, Hashable {
    /// Start of the trigger in Unicode scalars (inclusive).
    public var start: Int
    /// End of the trigger in Unicode scalars (exclusive).
    public var end: Int
    /// PLOVER type.
    public var type: String
    /// The modality read for this mention.
    public var modality: Modality
}

extension EventStage {
    /// Every trigger the stage codes in `text`, with its own modality, in text order.
    public func triggerReadings(on text: AnalyzedText, readout: DocumentReadout) -> [EventTriggerReading] {
        var coder = EventCoder(text: text, readout: readout)
        coder.run()
        return coder.mentions.filter { !$0.derived }.map { m in
            EventTriggerReading(start: coder.doc.words[m.first].start, end: coder.doc.words[m.end - 1].end, type: m.sense.type, modality: m.modality)
        }
    }
}
