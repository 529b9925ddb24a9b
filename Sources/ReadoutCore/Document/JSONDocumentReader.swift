/// Reads a `.json` file: one record object, an array of record objects (`name#N` in messages), or,
/// when the file is not one JSON value, JSON Lines.
struct JSONDocumentReader: Sendable {
    /// Reader settings.
    var options: ReaderOptions

    /// Reads the records in `bytes`.
    func read(bytes: ArraySlice<UInt8>, source: ReadSource, _ emit: (ReadOutcome) throws -> Void) rethrows {
        var body = TextDecoding.droppingBOM(bytes)
        var replaced = 0
        var storage: [UInt8] = []
        if !TextDecoding.isValidUTF8(body) {
            (storage, replaced) = TextDecoding.repairing(body)
            body = storage[...]
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(body)
        } catch {
            if body.contains(10) {
                try JSONLinesReader(options: options).read(bytes: bytes, source: source, emit)
                return
            }
            try emit(.problem(ReadProblem(location: source.name, message: "not valid JSON: \(error.message) at byte \(error.offset + 1)")))
            return
        }
        let record = JSONRecord(options: options)
        if case .array(let items) = value {
            for (offset, item) in items.enumerated() {
                try emit(record.document(from: item, location: source.record(offset + 1), replaced: offset == 0 ? replaced : 0))
            }
        } else {
            var outcome = record.document(from: value, location: source.name, replaced: replaced)
            if case .document(var document, let count) = outcome, case .object(let fields) = value, fields["id"] == nil, fields["url"] == nil, let stem = source.stem {
                document.id = stem
                outcome = .document(document, replacedBytes: count)
            }
            try emit(outcome)
        }
    }
}
