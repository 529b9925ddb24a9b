import Foundation

/// The compact line format of the compiled knowledge base (and of `--kb-extra` TSV files).
///
/// One entry per line, tab-separated columns; trailing columns may be omitted; empty = none.
/// Lines starting with `#` and blank lines are ignored.
///
///     id  kind  name  actorCode  country  sector  metonymFor  latitude  longitude  aliases  demonyms  descriptions  roles  population
///
/// - `kind` is one of `person country organization place group unknown`;
/// - `aliases`, `demonyms` and `descriptions` are lists separated by `|`;
/// - `roles` is a `|`-separated list of `title;country;actorCode;from;to;office` (from/to `YYYY[-MM[-DD]]`,
///   office optional: derived from the title through `RoleTitles`).
///
/// Example: `person:sergei-lavrov	person	Sergei Lavrov	RUSGOV	RUS	GOV					Sergey Lavrov|Lavrov
///	 		Foreign Minister;RUS;RUSGOV;2004-03-09;;Foreign Minister`
public enum KBLineFormat {
    /// Column names in order, for headers and documentation.
    public static let columns = ["id", "kind", "name", "actorCode", "country", "sector", "metonymFor",
                                 "latitude", "longitude", "aliases", "demonyms", "descriptions", "roles", "population"]

    /// One problem met while parsing a line.
    public struct LineProblem: Sendable, Hashable, CustomStringConvertible {
        /// 1-based line number.
        public var line: Int
        /// What is wrong.
        public var message: String
        /// `line N: message`.
        public var description: String { "line \(line): \(message)" }
    }

    /// Renders one entry as a line (without the newline); separators inside values are replaced.
    public static func encode(_ e: KBEntry) -> String {
        func clean(_ s: String) -> String {
            guard s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "|" || $0 == ";" || $0 == "\r" }) else { return s }
            return String(s.map { ($0 == "\t" || $0 == "\n" || $0 == "\r") ? " " : ($0 == "|" || $0 == ";") ? "/" : $0 })
        }
        func opt(_ s: String?) -> String { s.map(clean) ?? "" }
        func num(_ d: Double?) -> String {
            guard let d else { return "" }
            return String(format: "%.4f", d)
        }
        func list(_ xs: [String]) -> String { xs.map(clean).joined(separator: "|") }
        let roles = e.roles.map { r in
            [clean(r.title), opt(r.country), clean(r.actorCode), opt(r.from), opt(r.to),
             r.office == r.title ? "" : clean(r.office)].joined(separator: ";")
        }.joined(separator: "|")
        var cols = [clean(e.id), e.kind.rawValue, clean(e.name), opt(e.actorCode), opt(e.country), opt(e.sector),
                    opt(e.metonymFor), num(e.latitude), num(e.longitude), list(e.aliases), list(e.demonyms),
                    list(e.descriptions), roles, e.population.map { String($0) } ?? ""]
        while let last = cols.last, last.isEmpty { cols.removeLast() }
        return cols.joined(separator: "\t")
    }

    /// Parses every line of `bytes`; bad lines are reported in `problems` and skipped.
    public static func decode(_ bytes: UnsafeRawBufferPointer, problems: inout [LineProblem]) -> [KBEntry] {
        var entries: [KBEntry] = []
        entries.reserveCapacity(bytes.count / 60)
        var lineNumber = 0
        var start = 0
        let count = bytes.count
        var fields: [Range<Int>] = []
        fields.reserveCapacity(16)
        while start < count {
            var end = start
            while end < count && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd > start && bytes[start] != 0x23 {
                fields.removeAll(keepingCapacity: true)
                var f = start
                for i in start..<lineEnd where bytes[i] == 0x09 {
                    fields.append(f..<i)
                    f = i + 1
                }
                fields.append(f..<lineEnd)
                switch parse(fields, bytes) {
                case .success(let entry): entries.append(entry)
                case .failure(let message): problems.append(LineProblem(line: lineNumber, message: message.text))
                }
            }
            start = end + 1
        }
        return entries
    }

    /// Parses a whole file's contents.
    public static func decode(_ data: Data, problems: inout [LineProblem]) -> [KBEntry] {
        data.withUnsafeBytes { decode($0, problems: &problems) }
    }

    private struct Failure: Error { var text: String }

    private static func parse(_ fields: [Range<Int>], _ bytes: UnsafeRawBufferPointer) -> Result<KBEntry, Failure> {
        func string(_ r: Range<Int>) -> String {
            String(decoding: UnsafeRawBufferPointer(rebasing: bytes[r]), as: UTF8.self)
        }
        func field(_ i: Int) -> String? {
            guard i < fields.count, !fields[i].isEmpty else { return nil }
            return string(fields[i])
        }
        func list(_ i: Int) -> [String] {
            guard i < fields.count, !fields[i].isEmpty else { return [] }
            return split(fields[i], 0x7C, bytes).map(string)
        }
        guard fields.count >= 3, let id = field(0), let kindName = field(1), let name = field(2) else {
            return .failure(Failure(text: "needs at least id, kind and name separated by tabs"))
        }
        guard let kind = EntityKind(rawValue: kindName) else {
            return .failure(Failure(text: "unknown kind '\(kindName)' (use person, country, organization, place, group or unknown)"))
        }
        var roles: [KBRole] = []
        if fields.count > 12, !fields[12].isEmpty {
            for roleRange in split(fields[12], 0x7C, bytes) {
                let parts = split(roleRange, 0x3B, bytes, keepEmpty: true)
                func part(_ i: Int) -> String? { i < parts.count && !parts[i].isEmpty ? string(parts[i]) : nil }
                guard let actor = part(2) else {
                    return .failure(Failure(text: "role '\(string(roleRange))' needs title;country;actorCode[;from;to;office]"))
                }
                let title = part(0)
                roles.append(KBRole(title: title ?? "", country: part(1), actorCode: actor,
                                    from: part(3), to: part(4), office: part(5) ?? (title == nil ? "" : nil)))
            }
        }
        return .success(KBEntry(id: id, name: name, kind: kind, actorCode: field(3), country: field(4), sector: field(5),
                                aliases: list(9), demonyms: list(10), descriptions: list(11), roles: roles,
                                metonymFor: field(6), latitude: field(7).flatMap(Double.init),
                                longitude: field(8).flatMap(Double.init), population: field(13).flatMap { Int($0) }))
    }

    private static func split(_ range: Range<Int>, _ separator: UInt8, _ bytes: UnsafeRawBufferPointer,
                              keepEmpty: Bool = false) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var f = range.lowerBound
        for i in range where bytes[i] == separator {
            if keepEmpty || i > f { out.append(f..<i) }
            f = i + 1
        }
        if keepEmpty || range.upperBound > f { out.append(f..<range.upperBound) }
        return out
    }
}
