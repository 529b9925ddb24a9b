import Foundation

/// Small readers for the source formats under `kb-sources` (build time only, not on the load path).
enum KBSourceFiles {
    /// The file's text (UTF-8, invalid bytes replaced; Latin-1 files are read as Latin-1 when asked).
    static func text(_ url: URL, latin1: Bool = false) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw KBBuildError(message: "cannot read \(url.path): is --sources the kb-sources directory?")
        }
        if latin1 { return String(data: data, encoding: .isoLatin1) ?? String(decoding: data, as: UTF8.self) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Parsed JSON.
    static func json(_ url: URL) throws -> Any {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw KBBuildError(message: "cannot read \(url.path): is --sources the kb-sources directory?")
        }
        do { return try JSONSerialization.jsonObject(with: data) } catch {
            throw KBBuildError(message: "\(url.path) is not valid JSON: \(error)")
        }
    }

    /// Rows of a CSV file with a header, as dictionaries by column name (RFC 4180 quoting).
    static func csv(_ url: URL) throws -> [[String: String]] {
        let rows = csvRows(try text(url))
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { row in
            var dict: [String: String] = [:]
            for (i, name) in header.enumerated() where i < row.count { dict[name] = row[i] }
            return dict
        }
    }

    /// Splits CSV text into rows of fields.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = chars.next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else if c != "\r" {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// Tab-separated lines of a hand table, without blank lines and `#` comments (leading spaces trimmed).
    static func handRows(_ table: String) -> [[String]] {
        table.split(separator: "\n").compactMap { raw in
            let line = raw.drop { $0 == " " }
            if line.isEmpty || line.hasPrefix("#") { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
        }
    }

    /// `|`-separated list, empty items dropped.
    static func list(_ s: String?) -> [String] {
        guard let s, !s.isEmpty else { return [] }
        return s.split(separator: "|").map { String($0) }.filter { !$0.isEmpty }
    }

    /// A lower-case ASCII slug for ids ("Sergei Lavrov" → "sergei-lavrov").
    static func slug(_ s: String) -> String {
        var out = ""
        var dash = false
        for ch in fold(s).lowercased().unicodeScalars {
            if (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") {
                out.unicodeScalars.append(ch); dash = false
            } else if !dash && !out.isEmpty {
                out.append("-"); dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// Removes diacritics ("Çavuşoğlu" → "Cavusoglu").
    static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// True when every letter is Latin (with or without diacritics): keeps "Côte d'Ivoire", drops "Россия".
    static func isLatin(_ s: String) -> Bool {
        for u in s.unicodeScalars where u.properties.isAlphabetic {
            if u.value > 0x024F { return false }
        }
        return true
    }
}
