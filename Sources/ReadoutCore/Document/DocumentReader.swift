import Foundation

/// Reads documents from files, directories and stdin, reporting each bad record and going on.
///
/// Formats: the seed format, plain text, JSON Lines, JSON, HTML article pages, RSS and Atom feeds, told apart
/// by extension and content. Files are read whole up to `ReaderOptions.maxDocumentBytes` (64 MB by default);
/// a larger file is reported and skipped, except JSON Lines, which are streamed line by line in bounded memory.
public struct DocumentReader: Sendable {
    /// Settings for every record read.
    public var options: ReaderOptions

    /// Creates a reader.
    public init(options: ReaderOptions = ReaderOptions()) {
        self.options = options
    }

    /// Reads every record under `path` (a file, a directory searched recursively, or `-` for stdin).
    public func read(path: String, _ body: (ReadOutcome) throws -> Void) rethrows {
        if path == "-" {
            try read(input: ByteInput.standardInput(), source: ReadSource(path: "-"), body)
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            try body(.problem(ReadProblem(location: path, message: "no such file or directory")))
            return
        }
        guard isDirectory.boolValue else {
            try readFile(path, body)
            return
        }
        let list = files(at: path)
        if list.isEmpty {
            let extensions = InputFormat.directoryExtensions.sorted().map { "." + $0 }.joined(separator: " ")
            try body(.problem(ReadProblem(location: path, message: "no files to read in this directory (looked for \(extensions))")))
        }
        for file in list { try readFile(file, body) }
    }

    /// The files a path stands for: the file itself, or every file under a directory (recursively, sorted)
    /// with a known extension (.txt .jsonl .json .html .htm .xml .rss .atom), hidden files and folders skipped.
    public func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        var found: [String] = []
        var visited: Set<String> = []
        collect(directory: path, into: &found, visited: &visited)
        return found
    }

    private func collect(directory: String, into found: inout [String], visited: inout Set<String>) {
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = base + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                collect(directory: path, into: &found, visited: &visited)
            } else if InputFormat.directoryExtensions.contains(ReadSource(path: path).fileExtension) {
                found.append(path)
            }
        }
    }

    /// Reads the records in `bytes`, naming them after `name` in messages (its extension guides the format).
    public func read(bytes: [UInt8], name: String, _ body: (ReadOutcome) throws -> Void) rethrows {
        let source = ReadSource(path: name)
        let head = bytes.prefix(8192)
        if let problem = firstProblem(head: head, source: source) {
            try body(.problem(problem))
            return
        }
        let format = InputFormat.detect(source, head: head)
        if format != .jsonLines, bytes.count > options.maxDocumentBytes {
            try body(.problem(tooLarge(bytes.count, source)))
            return
        }
        var count = 0
        try dispatch(bytes, format: format, source: source) { count += 1; try body($0) }
        if count == 0 { try body(.problem(noRecords(source))) }
    }

    /// Opens and reads one file.
    private func readFile(_ path: String, _ body: (ReadOutcome) throws -> Void) rethrows {
        switch ByteInput.open(path: path) {
        case .failure(let error):
            try body(.problem(ReadProblem(location: path, message: "cannot open: \(error.message)")))
        case .success(let input):
            try read(input: input, source: ReadSource(path: path), body)
        }
    }

    /// Reads an open file or stdin: JSON Lines streamed, everything else whole up to the size limit.
    private func read(input: ByteInput, source: ReadSource, _ body: (ReadOutcome) throws -> Void) rethrows {
        let first: [UInt8]
        switch input.read(upTo: 65536) {
        case .failure(let error):
            try body(.problem(ReadProblem(location: source.name, message: "cannot read: \(error.message)")))
            return
        case .success(let bytes):
            first = bytes
        }
        let head = first.prefix(8192)
        if let problem = firstProblem(head: head, source: source) {
            try body(.problem(problem))
            return
        }
        var format = InputFormat.detect(source, head: head)
        let streamable = format == .jsonLines || (format == .jsonDocument && TextDecoding.droppingBOM(head).first { !PlainTextReader.isSpace($0) } == UInt8(ascii: "{"))
        if let size = input.knownSize, size > options.maxDocumentBytes {
            guard streamable else {
                try body(.problem(tooLarge(size, source)))
                return
            }
            format = .jsonLines
        }
        if format == .jsonLines {
            var count = 0
            try JSONLinesReader(options: options).read(input: input, firstChunk: first, source: source) { count += 1; try body($0) }
            if count == 0 { try body(.problem(noRecords(source))) }
            return
        }
        var bytes = first
        while true {
            switch input.read() {
            case .failure(let error):
                try body(.problem(ReadProblem(location: source.name, message: "reading stopped after \(ByteCount.describe(bytes.count)): \(error.message)")))
                return
            case .success(let chunk):
                if chunk.isEmpty {
                    var count = 0
                    try dispatch(bytes, format: format, source: source) { count += 1; try body($0) }
                    if count == 0 { try body(.problem(noRecords(source))) }
                    return
                }
                bytes.append(contentsOf: chunk)
                if bytes.count > options.maxDocumentBytes {
                    try body(.problem(tooLarge(bytes.count, source, atLeast: true)))
                    return
                }
            }
        }
    }

    /// Reads bytes already in memory in a known format.
    private func dispatch(_ bytes: [UInt8], format: InputFormat, source: ReadSource, _ body: (ReadOutcome) throws -> Void) rethrows {
        switch format {
        case .jsonLines:
            try JSONLinesReader(options: options).read(bytes: bytes[...], source: source, body)
        case .jsonDocument:
            try JSONDocumentReader(options: options).read(bytes: bytes[...], source: source, body)
        case .text:
            let (text, replaced) = TextDecoding.decode(bytes[...])
            try body(PlainTextReader(options: options).read(text, source: source, replaced: replaced))
        case .html:
            let (text, replaced) = TextDecoding.decode(bytes[...])
            try body(HTMLArticleReader(options: options).read(text, source: source, replaced: replaced))
        case .feed:
            let (text, replaced) = TextDecoding.decode(bytes[...])
            try FeedReader(options: options).read(text, source: source, replaced: replaced, body)
        }
    }

    /// The problem for a file that yielded no record and no other problem.
    private func noRecords(_ source: ReadSource) -> ReadProblem {
        ReadProblem(location: source.name, message: "empty file (no records, only blank lines)")
    }

    /// An empty or binary file, judged from its first bytes.
    private func firstProblem(head: ArraySlice<UInt8>, source: ReadSource) -> ReadProblem? {
        if TextDecoding.droppingBOM(head).allSatisfy(PlainTextReader.isSpace) && head.count < 8192 {
            return ReadProblem(location: source.name, message: "empty file")
        }
        if let binary = TextDecoding.looksBinary(head) {
            return ReadProblem(location: source.name, message: binary)
        }
        return nil
    }

    private func tooLarge(_ size: Int, _ source: ReadSource, atLeast: Bool = false) -> ReadProblem {
        ReadProblem(location: source.name, message: "file of \(atLeast ? "more than " : "")\(ByteCount.describe(size)) is over the "
            + "\(ByteCount.describe(options.maxDocumentBytes)) limit for a file read whole; split it, or write it as "
            + "JSON Lines (.jsonl), which is streamed line by line")
    }
}
