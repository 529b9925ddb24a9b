import Foundation

/// Reads documents from files, directories and stdin, reporting each bad record and going on.
public struct DocumentReader: Sendable {
    /// Settings for every record read.
    public var options: ReaderOptions

    /// Creates a reader.
    public init(options: ReaderOptions = ReaderOptions()) {
        self.options = options
    }

    /// Reads every record under `path` (a file, a directory searched recursively, or `-` for stdin).
    public func read(path: String, _ body: (ReadOutcome) throws -> Void) rethrows {
        // Minimal seed-format reader; the full set of formats arrives with the reader work.
        guard let data = FileManager.default.contents(atPath: path) else {
            try body(.problem(ReadProblem(location: path, message: "cannot read the file")))
            return
        }
        try read(bytes: [UInt8](data), name: path, body)
    }

    /// The files a path stands for: the file itself, or every readable file under a directory, sorted.
    public func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        let items = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String]) ?? []
        return items.sorted().map { path + "/" + $0 }.filter {
            var dir: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &dir) && !dir.boolValue
        }
    }

    /// Reads the records in `bytes`, naming them after `name` in messages.
    public func read(bytes: [UInt8], name: String, _ body: (ReadOutcome) throws -> Void) rethrows {
        var text = String(decoding: bytes, as: UTF8.self)
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        var date = options.date
        if trimmed.hasPrefix("date ") {
            let rest = trimmed.dropFirst(5)
            let day = String(rest.prefix(10))
            if date == nil { date = day }
            text = String(rest.dropFirst(10).drop { $0 == " " })
        }
        guard let date else {
            try body(.problem(ReadProblem(location: name, message: "no date: give one with --date YYYY-MM-DD")))
            return
        }
        try body(.document(Document(date: date, text: text), replacedBytes: 0))
    }
}
