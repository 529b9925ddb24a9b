/// Where records come from: the name used in messages and the stem used as a stable document id.
struct ReadSource: Sendable {
    /// The file path (or `stdin`) as messages show it.
    var name: String
    /// The file name without directory and extension; nil for stdin, where ids come from the content.
    var stem: String?
    /// The lowercased extension without the dot (`jsonl`), or "" when there is none.
    var fileExtension: String

    /// Describes the file at `path`; `-` is stdin.
    init(path: String) {
        if path == "-" {
            name = "stdin"
            stem = nil
            fileExtension = ""
            return
        }
        name = path
        let base = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        if let dot = base.lastIndex(of: "."), dot != base.startIndex {
            stem = String(base[..<dot])
            fileExtension = base[base.index(after: dot)...].lowercased()
        } else {
            stem = base
            fileExtension = ""
        }
    }

    /// `name:line` for a problem on one line.
    func line(_ number: Int) -> String { "\(name):\(number)" }

    /// `name#record` for a problem with one record of a feed or JSON array.
    func record(_ number: Int) -> String { "\(name)#\(number)" }
}
