import Foundation
@testable import ReadoutCore

/// What a reader produced for one input: the documents and the problems, in order.
struct ReadResult {
    var documents: [Document] = []
    var problems: [ReadProblem] = []
    var replaced: [Int] = []

    /// The problem messages as the CLI prints them (`location: message`).
    var messages: [String] { problems.map(\.description) }
}

/// Reads `text` as if it were a file called `name`.
func readBytes(_ text: String, name: String, date: String? = nil, limit: Int = ReaderOptions.defaultMaxDocumentBytes) -> ReadResult {
    readBytes(Array(text.utf8), name: name, date: date, limit: limit)
}

/// Reads raw `bytes` as if they were a file called `name`.
func readBytes(_ bytes: [UInt8], name: String, date: String? = nil, limit: Int = ReaderOptions.defaultMaxDocumentBytes) -> ReadResult {
    var result = ReadResult()
    DocumentReader(options: ReaderOptions(date: date, maxDocumentBytes: limit)).read(bytes: bytes, name: name) { collect($0, into: &result) }
    return result
}

/// Reads a path (file, directory or `-`).
func readPath(_ path: String, date: String? = nil, limit: Int = ReaderOptions.defaultMaxDocumentBytes) -> ReadResult {
    var result = ReadResult()
    DocumentReader(options: ReaderOptions(date: date, maxDocumentBytes: limit)).read(path: path) { collect($0, into: &result) }
    return result
}

func collect(_ outcome: ReadOutcome, into result: inout ReadResult) {
    switch outcome {
    case .document(let document, let replaced):
        result.documents.append(document)
        result.replaced.append(replaced)
    case .problem(let problem):
        result.problems.append(problem)
    }
}

/// A fresh temporary directory, removed by the caller with `removeTemporaryDirectory`.
func makeTemporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "readout-readers-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Writes `text` to `directory/name`, creating subdirectories.
@discardableResult
func write(_ text: String, to name: String, in directory: String) throws -> String {
    try write(Array(text.utf8), to: name, in: directory)
}

/// Writes `bytes` to `directory/name`, creating subdirectories.
@discardableResult
func write(_ bytes: [UInt8], to name: String, in directory: String) throws -> String {
    let path = directory + "/" + name
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
        throw CocoaError(.fileWriteUnknown)
    }
    return path
}
