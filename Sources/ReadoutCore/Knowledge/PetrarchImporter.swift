import Foundation

/// Reads PETRARCH/TABARI actor dictionaries into knowledge-base entries.
///
/// The format: an entry starts with a name line (`SERGEY_LAVROV_`, underscores for spaces), followed by
/// `+ALIAS` lines and codes in brackets, on the name line or on indented lines:
/// `[RUSGOV]`, `[RUSGOV >20040309]` (from), `[RUSGOV <20040309]` (until), `[RUSGOV 19940922-20040712]`
/// (8-digit or TABARI's 6-digit YYMMDD dates). `#` starts a comment; a short comment after a dated code
/// naming an office ("# Foreign Minister") becomes the role title. Names are title-cased.
///
/// Kinds: an entry with dated codes is a person; an entry whose only code is a bare country code is a
/// country alias; `IGO…`/`NGO…` codes are organisations (Phoenix IGO codes are mapped to ours: `IGOWSTNAT`
/// → `NATO`, `IGOEUREEC` → `EUR`, `IGOUNO` → `UNO`); other undated codes are groups.
public struct PetrarchImporter: Sendable {
    /// Phoenix organisation codes mapped to our actor codes.
    public var organizationCodes: [String: String]

    /// An importer using the organisation codes of the shipped organisation table.
    public init(organizationCodes: [String: String]? = nil) {
        self.organizationCodes = organizationCodes ?? HandTableParser.organizations(HandOrganizations.table).phoenix
    }

    /// What an import produced.
    public struct Result: Sendable {
        /// The entries.
        public var entries: [KBEntry]
        /// Lines that could not be read (`N: why`).
        public var problems: [String]
    }

    private struct Pending {
        var name: String
        var aliases: [String] = []
        var codes: [(code: String, from: String?, to: String?, dated: Bool, title: String)] = []
    }

    /// Parses a dictionary file's bytes (UTF-8, or Latin-1 when not valid UTF-8).
    public func entries(from data: Data) -> Result {
        let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) ?? ""
        var entries: [KBEntry] = []
        var problems: [String] = []
        var current: Pending?
        func flush() {
            if let p = current, let e = entry(p) { entries.append(e) }
            current = nil
        }
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let (body, comment) = splitComment(trimmed)
            if trimmed.hasPrefix("+") {
                guard current != nil else { problems.append("\(n + 1): alias before any entry"); continue }
                let (names, codes) = splitCodes(String(body.dropFirst()))
                if !names.isEmpty { current!.aliases.append(Self.displayName(names)) }
                appendCodes(codes, comment: comment, line: n + 1, problems: &problems, to: &current)
            } else if line.first == " " || line.first == "\t" || trimmed.hasPrefix("[") {
                guard current != nil else { problems.append("\(n + 1): code before any entry"); continue }
                appendCodes(splitCodes(body).codes, comment: comment, line: n + 1, problems: &problems, to: &current)
            } else {
                flush()
                let (names, codes) = splitCodes(body)
                guard !names.isEmpty else { problems.append("\(n + 1): entry without a name"); continue }
                current = Pending(name: Self.displayName(names))
                appendCodes(codes, comment: comment, line: n + 1, problems: &problems, to: &current)
            }
        }
        flush()
        return Result(entries: entries, problems: problems)
    }

    private func splitComment(_ s: String) -> (String, String) {
        guard let hash = s.firstIndex(of: "#") else { return (s, "") }
        return (String(s[..<hash]).trimmingCharacters(in: .whitespaces),
                String(s[s.index(after: hash)...]).trimmingCharacters(in: .whitespaces))
    }

    private func splitCodes(_ s: String) -> (names: String, codes: [String]) {
        var names = s
        var codes: [String] = []
        while let open = names.firstIndex(of: "["), let close = names[open...].firstIndex(of: "]") {
            codes.append(String(names[names.index(after: open)..<close]))
            names.removeSubrange(open...close)
        }
        return (names.trimmingCharacters(in: .whitespaces), codes)
    }

    private func appendCodes(_ codes: [String], comment: String, line: Int, problems: inout [String], to current: inout Pending?) {
        for raw in codes {
            let parts = raw.split(separator: " ").map(String.init)
            guard let code = parts.first, !code.hasPrefix("~"), code.allSatisfy({ $0.isLetter || $0.isNumber }) else { continue }
            var from: String?, to: String?
            if parts.count > 1 {
                let d = parts.dropFirst().joined()  // "[USAGOV > 130701]" has a stray space
                if d.hasPrefix(">") { from = Self.date(String(d.dropFirst())) }
                else if d.hasPrefix("<") { to = Self.date(String(d.dropFirst())) }
                else if let dash = d.firstIndex(of: "-") {
                    from = Self.date(String(d[..<dash])); to = Self.date(String(d[d.index(after: dash)...]))
                } else { from = Self.date(d) }  // a bare date: from then on
                if from == nil && to == nil { problems.append("\(line): cannot read the dates in [\(raw)]"); continue }
            }
            let title = comment.count <= 40 && RoleTitles.officeMentioned(in: comment) ? comment : ""
            current!.codes.append((code, from, to, parts.count > 1, title))
        }
    }

    /// `YYYYMMDD` or TABARI `YYMMDD` as `YYYY-MM-DD` (two-digit years below 30 are 20xx).
    static func date(_ s: String) -> String? {
        guard s.allSatisfy(\.isNumber) else { return nil }
        let chars = Array(s)
        let year: String, rest: ArraySlice<Character>
        if chars.count == 8 { year = String(chars[0..<4]); rest = chars[4...] }
        else if chars.count == 6 {
            let yy = Int(String(chars[0..<2])) ?? 0
            year = String(yy < 30 ? 2000 + yy : 1900 + yy); rest = chars[2...]
        } else { return nil }
        let r = Array(rest)
        let value = "\(year)-\(String(r[0..<2]))-\(String(r[2..<4]))"
        return ISODay.isValid(value) ? value : nil
    }

    /// `SERGEY_LAVROV_` → "Sergey Lavrov"; acronyms and dotted initials stay upper-case.
    static func displayName(_ raw: String) -> String {
        let words = raw.replacingOccurrences(of: "_", with: " ").split(separator: " ")
        return words.map { w -> String in
            let s = String(w)
            let hasVowel = s.lowercased().contains { "aeiouy".contains($0) }
            if s.contains(".") && s.count <= 4 || !hasVowel || s.count <= 2 && s != "OF" && s != "DE" && s != "AL" { return s }
            if s == "OF" || s == "THE" || s == "AND" || s == "DE" || s == "FOR" { return s.lowercased() }
            var out = ""
            var upperNext = true
            if s.hasPrefix("MC") && s.count > 3 {
                out = "Mc"
                return out + s.dropFirst(2).prefix(1) + s.dropFirst(3).lowercased()
            }
            for (i, ch) in s.enumerated() {
                out += upperNext ? ch.uppercased() : ch.lowercased()
                upperNext = ch == "-" || ch == "'" && i == 1  // O'Brien, D'Alema; but People's
            }
            return out
        }.joined(separator: " ")
    }

    /// CAMEO and Phoenix country codes that differ from ISO 3166 alpha-3 (CAMEO-only or withdrawn ISO codes).
    static let isoCountryCodes = ["TMP": "TLS", "ANG": "AGO", "ROM": "ROU", "ZAR": "COD"]

    /// `code` with a CAMEO-only country prefix replaced by its ISO alpha-3 code ("ANGREB" → "AGOREB").
    static func isoPrefixed(_ code: String) -> String {
        guard code.count >= 3, let iso = isoCountryCodes[String(code.prefix(3))] else { return code }
        return iso + code.dropFirst(3)
    }

    private func mapped(_ raw: String) -> String {
        let code = Self.isoPrefixed(raw)
        if let m = organizationCodes[code] { return m }
        // Longest known organisation prefix (IGOUNOIAE… → IAEA).
        var best: (Int, String)? = nil
        for (k, v) in organizationCodes where code.hasPrefix(k) && k.count > (best?.0 ?? 0) { best = (k.count, v) }
        return best?.1 ?? code
    }

    private func entry(_ p: Pending) -> KBEntry? {
        guard !p.codes.isEmpty || !p.aliases.isEmpty else { return nil }
        let dated = p.codes.contains { $0.dated }
        let id = "petrarch:" + KBSourceFiles.slug(p.name)
        if dated {
            let roles = p.codes.map { c -> KBRole in
                let actor = mapped(c.code)
                let country = c.code.hasPrefix("IGO") || c.code.hasPrefix("NGO") ? actor : String(Self.isoPrefixed(c.code).prefix(3))
                return KBRole(title: c.title, country: country, actorCode: actor, from: c.from, to: c.to,
                              office: c.title.isEmpty ? "" : nil)
            }
            return HandTableParser.fillPersonCodes(KBEntry(id: id, name: p.name, kind: .person, aliases: p.aliases, roles: roles))
        }
        let code = mapped(p.codes.first?.code ?? "")
        if code.count == 3, code.allSatisfy(\.isUppercase), !(p.codes.first?.code.hasPrefix("IGO") ?? false) {
            return KBEntry(id: id, name: p.name, kind: .country, actorCode: code, country: code, aliases: p.aliases)
        }
        let raw = p.codes.first?.code ?? ""
        let isOrg = raw.hasPrefix("IGO") || raw.hasPrefix("NGO") || organizationCodes.values.contains(code)
        let country = !isOrg && code.count >= 3 ? String(code.prefix(3)) : nil
        let sector = !isOrg && code.count == 6 ? String(code.suffix(3)) : nil
        return KBEntry(id: id, name: p.name, kind: isOrg ? .organization : .group, actorCode: code.isEmpty ? nil : code,
                       country: country, sector: sector, aliases: p.aliases)
    }
}
