/// Reads one document from text: the seed format (` date YYYY-MM-DD text`) or plain text with a
/// `date: YYYY-MM-DD` header line (optionally followed by `title:`, `source:`, `url:`, `id:` lines) or `--date`.
struct PlainTextReader: Sendable {
    /// Reader settings (the `--date` override).
    var options: ReaderOptions

    /// The document in `text`, or the problem that prevents reading it.
    func read(_ text: String, source: ReadSource, replaced: Int) -> ReadOutcome {
        var storage = text
        return storage.withUTF8 { read(text, bytes: $0, source: source, replaced: replaced) }
    }

    private func read(_ text: String, bytes: UnsafeBufferPointer<UInt8>, source: ReadSource, replaced: Int) -> ReadOutcome {
        var start = 0
        while start < bytes.count, Self.isSpace(bytes[start]) { start += 1 }
        guard start < bytes.count else { return .problem(ReadProblem(location: source.name, message: "empty file")) }
        var date: String?
        var bodyStart = start
        var fields: [String: String] = [:]
        if let seed = seedHeader(bytes, at: start) {
            switch seed {
            case .day(let day, let end):
                date = day
                bodyStart = end
            case .unreadable(let written, let end):
                guard options.date != nil else {
                    return .problem(ReadProblem(location: source.line(1), message: "unreadable date '\(written)' in the 'date YYYY-MM-DD' header"))
                }
                bodyStart = end
            }
        } else if let header = headerBlock(bytes, at: start) {
            fields = header.fields
            bodyStart = header.end
            if let written = fields["date"] {
                if let day = PublicationDate.day(from: written) {
                    date = day.description
                } else if options.date == nil {
                    return .problem(ReadProblem(location: source.line(header.dateLine), message: "unreadable date '\(written)' in the 'date:' line; write it as YYYY-MM-DD"))
                }
            }
        }
        var bodyEnd = bytes.count
        while bodyStart < bodyEnd, Self.isSpace(bytes[bodyStart]) { bodyStart += 1 }
        while bodyEnd > bodyStart, Self.isSpace(bytes[bodyEnd - 1]) { bodyEnd -= 1 }
        guard bodyStart < bodyEnd else {
            return .problem(ReadProblem(location: source.name, message: "no text after the date header"))
        }
        guard let day = options.date ?? date else {
            return .problem(ReadProblem(location: source.name, message: "no date: start the file with ' date YYYY-MM-DD ' or a line 'date: YYYY-MM-DD', or give --date YYYY-MM-DD"))
        }
        let utf8 = text.utf8
        let body = String(text[utf8.index(utf8.startIndex, offsetBy: bodyStart)..<utf8.index(utf8.startIndex, offsetBy: bodyEnd)])
        let id = fields["id"] ?? fields["url"] ?? source.stem
        let document = Document(id: id, date: day, title: fields["title"], source: fields["source"], url: fields["url"], text: body)
        return .document(document, replacedBytes: replaced)
    }

    private enum SeedHeader {
        case day(String, end: Int)
        case unreadable(String, end: Int)
    }

    /// `date YYYY-MM-DD` followed by a space, a line end or the end of the text.
    private func seedHeader(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> SeedHeader? {
        guard b.count >= i + 5, b[i] == 100, b[i + 1] == 97, b[i + 2] == 116, b[i + 3] == 101, b[i + 4] == 32 else { return nil }
        var end = i + 5
        while end < b.count, !Self.isSpace(b[end]) { end += 1 }
        let written = String(decoding: b[(i + 5)..<end], as: UTF8.self)
        // "date of the talks…" is prose, not a header: require something that starts like a number.
        guard let first = written.utf8.first, first >= 48, first <= 57 else { return nil }
        if let day = ISODay(written) { return .day(day.description, end: end) }
        return .unreadable("date " + written, end: end)
    }

    /// A block of `key: value` lines at the top, starting with `date:`.
    private func headerBlock(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (fields: [String: String], end: Int, dateLine: Int)? {
        var fields: [String: String] = [:]
        var i = start
        var line = 1 + b[..<start].filter { $0 == 10 }.count
        var dateLine = line
        while i < b.count {
            var lineEnd = i
            while lineEnd < b.count, b[lineEnd] != 10 { lineEnd += 1 }
            guard let colon = b[i..<lineEnd].firstIndex(of: 58) else { break }
            let key = String(decoding: b[i..<colon], as: UTF8.self).lowercased()
            guard ["date", "title", "source", "url", "id"].contains(key), fields[key] == nil else { break }
            if fields.isEmpty && key != "date" { return nil }
            var valueStart = colon + 1
            while valueStart < lineEnd, Self.isSpace(b[valueStart]) { valueStart += 1 }
            var valueEnd = lineEnd
            while valueEnd > valueStart, Self.isSpace(b[valueEnd - 1]) { valueEnd -= 1 }
            fields[key] = String(decoding: b[valueStart..<valueEnd], as: UTF8.self)
            if key == "date" { dateLine = line }
            i = min(lineEnd + 1, b.count)
            line += 1
        }
        return fields.isEmpty ? nil : (fields, i, dateLine)
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 10 || b == 9 || b == 13 || b == 12 }
}
