import ArgumentParser
import Foundation
import ReadoutCore
import ReadoutStore

/// `readout export`: the whole store as readouts, an events table, the GDELT 2.0 event table or PLOVER JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the store: readouts (jsonl), events (csv), GDELT 2.0 event table (gdelt), POLECAT/PLOVER JSON (plover).",
        discussion: """
        jsonl: one readout per line, as `readout read` prints it. csv: one merged event per line. \
        gdelt: the 61 tab-separated GDELT 2.0 event columns, no header, unknown fields empty (mapping in docs/store.md). \
        plover: one POLECAT-style JSON event per line, with every report's evidence.
        """
    )

    /// What to export.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv, gdelt, plover
    }

    @OptionGroup var store: StoreOptions
    @Option(help: "jsonl, csv, gdelt or plover.") var format: Format
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        let store = try store.open()
        let sink = try OutputSink(path: output)
        defer { sink.close() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var count = 0
        try answering {
            switch format {
            case .jsonl:
                try store.forEachReadout { readout in
                    sink.write(try ReadoutJSON.encode(readout))
                    sink.write("\n")
                    count += 1
                }
            case .csv:
                sink.write(CSV.line(EventCSV.columns))
                try store.forEachEvent { event in
                    sink.write(CSV.line(EventCSV.fields(event)))
                    count += 1
                }
            case .gdelt:
                let formatter = DateFormatter()
                formatter.dateFormat = "yyyyMMddHHmmss"
                formatter.timeZone = TimeZone(identifier: "UTC")
                let added = formatter.string(from: Date())
                try store.forEachEvent { event in
                    sink.write(GDELTEventRow.fields(for: event, dateAdded: added).joined(separator: "\t") + "\n")
                    count += 1
                }
            case .plover:
                try store.forEachEvent { event in
                    sink.write(try encoder.encode(PloverEventRecord(event)))
                    sink.write("\n")
                    count += 1
                }
            }
        }
        if output != nil || Terminal.stderr { printError("exported \(count) \(format == .jsonl ? "readouts" : "events")") }
    }
}

/// The events CSV: one merged event per line with its parties, counts and first evidence.
enum EventCSV {
    static let columns = ["id", "date", "start", "end", "type", "mode", "cameo", "quad_class", "score", "modality",
                          "source_names", "source_codes", "target_names", "target_codes", "location",
                          "num_mentions", "num_articles", "num_sources", "first_document", "first_url", "evidence"]

    static func fields(_ event: StoredEvent) -> [String] {
        [String(event.id), event.date, event.start ?? "", event.end ?? "", event.type, event.mode ?? "", event.cameo ?? "",
         event.quadClass.map(String.init) ?? "", event.score.map { String($0) } ?? "", event.modality,
         event.sources.map(\.name).joined(separator: ";"), event.sources.map { $0.actorCode ?? "" }.joined(separator: ";"),
         event.targets.map(\.name).joined(separator: ";"), event.targets.map { $0.actorCode ?? "" }.joined(separator: ";"),
         event.location ?? "", String(event.numMentions), String(event.numArticles), String(event.numSources),
         event.evidence.first?.document ?? "", event.evidence.first?.url ?? "", event.evidence.first?.text ?? ""]
    }
}

/// Buffered output to a file or standard output.
final class OutputSink {
    private let handle: FileHandle
    private var buffer = Data()
    private let ownsHandle: Bool

    init(path: String?) throws {
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                printError("cannot write \(path)")
                throw ExitCode(2)
            }
            self.handle = handle
            ownsHandle = true
        } else {
            handle = FileHandle.standardOutput
            ownsHandle = false
        }
    }

    func write(_ data: Data) {
        buffer.append(data)
        if buffer.count >= 1 << 20 { flush() }
    }

    func write(_ text: String) { write(Data(text.utf8)) }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    func flush() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        if ownsHandle { try? handle.close() }
    }
}
