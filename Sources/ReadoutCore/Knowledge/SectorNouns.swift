import Foundation

/// Nouns naming the sector of an actor ("soldiers" → MIL, "officials" → GOV, "state media" → MED), so
/// "Russian soldiers" can be coded RUSMIL and "Ukrainian officials" UKRGOV.
///
/// Compiled into `agents.tsv` (`phrase<TAB>code`, lower-case phrases, singular and plural) from the
/// Phoenix agents dictionary (MIT) plus hand-kept entries. Codes are CAMEO sector codes, possibly
/// combined (`GOVMIL` for a defence ministry: the first three letters are the primary sector).
public struct SectorNouns: Sendable {
    /// Sector code by lower-cased phrase.
    public let codes: [String: String]

    /// Creates a table.
    public init(codes: [String: String]) { self.codes = codes }

    /// The code for a phrase as written ("Soldiers", "foreign ministry"); nil when it names no sector.
    public func code(for phrase: String) -> String? {
        let key = phrase.lowercased()
        if let c = codes[key] { return c }
        if key.hasSuffix("ies"), let c = codes[String(key.dropLast(3)) + "y"] { return c }
        if key.hasSuffix("es"), let c = codes[String(key.dropLast(2))] { return c }
        if key.hasSuffix("s"), let c = codes[String(key.dropLast())] { return c }
        return nil
    }

    /// The primary sector (first three letters) for a phrase: "defence ministry" → "GOV".
    public func sector(for phrase: String) -> String? {
        code(for: phrase).map { String($0.prefix(3)) }
    }

    /// The table shipped with the program, loaded once on first use.
    public static let shipped: SectorNouns = {
        guard let dir = KBLoader.shippedDirectory,
              let data = FileManager.default.contents(atPath: dir.appendingPathComponent("agents.tsv").path) else {
            return SectorNouns(codes: [:])
        }
        var codes: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            codes[String(line[..<tab])] = String(line[line.index(after: tab)...])
        }
        return SectorNouns(codes: codes)
    }()
}
