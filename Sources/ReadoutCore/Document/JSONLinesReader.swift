/// Reads JSON Lines: one JSON object a line, streamed so a file of any size uses bounded memory.
///
/// Blank lines are ignored; a line that is not JSON, not an object, or lacks `text` or a readable `date`
/// is reported with its line number and skipped.
struct JSONLinesReader: Sendable {
    /// Reader settings.
    var options: ReaderOptions

    /// Reads the lines of an in-memory buffer.
    func read(bytes: ArraySlice<UInt8>, source: ReadSource, _ body: (ReadOutcome) throws -> Void) rethrows {
        var lineNumber = 0
        var start = TextDecoding.droppingBOM(bytes).startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 10) ?? bytes.endIndex
            lineNumber += 1
            if end - start > options.maxDocumentBytes {
                try body(.problem(tooLong(end - start, source.line(lineNumber))))
            } else {
                try readLine(bytes[start..<end], number: lineNumber, source: source, body)
            }
            start = end + 1
        }
    }

    /// Reads the lines of a chunked input, starting with the chunk already read for sniffing.
    func read(input: ByteInput, firstChunk: [UInt8], source: ReadSource, _ body: (ReadOutcome) throws -> Void) rethrows {
        var buffer = Array(TextDecoding.droppingBOM(firstChunk[...]))
        var lineNumber = 0
        var discarding = 0  // > 0 while skipping the rest of an over-long line
        var atEnd = false
        while true {
            var start = 0
            while let newline = buffer[start...].firstIndex(of: 10) {
                lineNumber += 1
                if discarding > 0 || newline - start > options.maxDocumentBytes {
                    try body(.problem(tooLong(discarding + newline - start, source.line(lineNumber))))
                    discarding = 0
                } else {
                    try readLine(buffer[start..<newline], number: lineNumber, source: source, body)
                }
                start = newline + 1
            }
            buffer.removeSubrange(0..<start)
            if buffer.count > options.maxDocumentBytes {
                discarding += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
            if atEnd { break }
            switch input.read() {
            case .success(let chunk):
                if chunk.isEmpty {
                    atEnd = true
                    if !buffer.isEmpty || discarding > 0 { buffer.append(10) }
                } else {
                    buffer.append(contentsOf: chunk)
                }
            case .failure(let error):
                try body(.problem(ReadProblem(location: source.line(lineNumber + 1), message: "reading stopped: \(error.message)")))
                return
            }
        }
    }

    private func tooLong(_ size: Int, _ location: String) -> ReadProblem {
        ReadProblem(location: location, message: "line of \(ByteCount.describe(size)) is over the \(ByteCount.describe(options.maxDocumentBytes)) limit for one record")
    }

    /// Reads one line (without its LF).
    private func readLine(_ raw: ArraySlice<UInt8>, number: Int, source: ReadSource, _ body: (ReadOutcome) throws -> Void) rethrows {
        var line = raw
        while let last = line.last, PlainTextReader.isSpace(last) { line = line.dropLast() }
        while let first = line.first, PlainTextReader.isSpace(first) { line = line.dropFirst() }
        guard !line.isEmpty else { return }
        let location = source.line(number)
        var replaced = 0
        var repairedStorage: [UInt8] = []
        if !TextDecoding.isValidUTF8(line) {
            (repairedStorage, replaced) = TextDecoding.repairing(line)
            line = repairedStorage[...]
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            try body(.problem(ReadProblem(location: location, message: "not valid JSON: \(error.message) at column \(error.offset + 1)")))
            return
        }
        try body(JSONRecord(options: options).document(from: value, location: location, replaced: replaced))
    }
}

/// Human-readable byte sizes for messages.
enum ByteCount {
    /// `512 bytes`, `3.2 KB`, `200.0 MB`.
    static func describe(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        if bytes < 1024 * 1024 { return "\(rounded(Double(bytes) / 1024)) KB" }
        return "\(rounded(Double(bytes) / 1024 / 1024)) MB"
    }

    private static func rounded(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
