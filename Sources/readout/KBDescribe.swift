import ReadoutCore

/// Human-readable rendering of knowledge-base entries for `readout kb lookup`.
enum KBDescribe {
    /// A few lines describing `e`; with a date, only the roles held that day.
    static func entry(_ e: KBEntry, date: String?) -> String {
        var lines = ["\(e.name)  [\(e.kind.rawValue)]  id=\(e.id)"]
        var codes: [String] = []
        if let a = e.actorCode { codes.append("actor=\(a)") }
        if let c = e.country { codes.append("country=\(c)") }
        if let s = e.sector { codes.append("sector=\(s)") }
        if let m = e.metonymFor { codes.append("stands for \(m) when it acts") }
        if let lat = e.latitude, let lon = e.longitude { codes.append("at \(lat),\(lon)") }
        if !codes.isEmpty { lines.append("  " + codes.joined(separator: "  ")) }
        if !e.aliases.isEmpty { lines.append("  aliases: " + e.aliases.joined(separator: ", ")) }
        if !e.demonyms.isEmpty { lines.append("  demonyms: " + e.demonyms.joined(separator: ", ")) }
        if !e.descriptions.isEmpty { lines.append("  described as: " + e.descriptions.joined(separator: ", ")) }
        let roles = date.map { d in e.roles.filter { $0.isHeld(on: d) } } ?? e.roles
        for r in roles {
            let title = r.title.isEmpty ? "(untitled role)" : r.title
            let office = r.office != r.title && !r.office.isEmpty ? " = \(r.office)" : ""
            lines.append("  \(title)\(office) of \(r.country ?? "?") as \(r.actorCode), \(r.from ?? "?") to \(r.to ?? "now")")
        }
        if let date, roles.isEmpty, !e.roles.isEmpty { lines.append("  no role held on \(date)") }
        return lines.joined(separator: "\n")
    }
}
