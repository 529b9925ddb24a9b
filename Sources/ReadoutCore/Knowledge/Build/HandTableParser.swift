/// Turns the hand-kept tables (`HandPrincipals`, `HandOrganizations`, `HandSeats`, `HandRegions`,
/// `HandCountries`) into entries.
enum HandTableParser {
    /// Organisation code aliases accepted in role countries ("EU" → "EUR", "UN" → "UNO").
    static let organizationCodes = KnowledgeBase.organizationCodeAliases

    /// People with their roles, from the principals table format.
    static func people(_ table: String, source: String = "hand") -> [KBEntry] {
        var out: [KBEntry] = []
        for row in KBSourceFiles.handRows(table) {
            switch row[0] {
            case "P" where row.count >= 2:
                let name = row[1]
                out.append(KBEntry(id: "person:" + KBSourceFiles.slug(name), name: name, kind: .person,
                                   aliases: KBSourceFiles.list(row.count > 2 ? row[2] : nil)))
            case "R" where row.count >= 3 && !out.isEmpty:
                let title = row[1]
                let country = organizationCodes[row[2]] ?? row[2]
                func col(_ i: Int) -> String? { i < row.count && !row[i].isEmpty ? row[i] : nil }
                let actor = col(3) ?? (country.count == 3 && country != "EUR" && country != "UNO" ? country + "GOV" : country)
                out[out.count - 1].roles.append(KBRole(title: title, country: country, actorCode: actor,
                                                       from: col(4), to: col(5), office: col(6)))
            default:
                continue
            }
        }
        return out.map(fillPersonCodes)
    }

    /// Sets a person's actor code, country and sector from the latest role.
    static func fillPersonCodes(_ person: KBEntry) -> KBEntry {
        var p = person
        guard let latest = p.roles.max(by: { ($0.from ?? "") < ($1.from ?? "") }) else { return p }
        if p.actorCode == nil { p.actorCode = latest.actorCode }
        if p.country == nil, let c = latest.country, c.count == 3, c != "EUR", c != "UNO" { p.country = c }
        if p.sector == nil, latest.actorCode.count >= 6, p.country != nil {
            p.sector = String(latest.actorCode.dropFirst(3).prefix(3))
        }
        return p
    }

    /// International organisations.
    static func organizations(_ table: String) -> (entries: [KBEntry], phoenix: [String: String]) {
        var out: [KBEntry] = []
        var phoenix: [String: String] = [:]
        for row in KBSourceFiles.handRows(table) where row[0] == "O" && row.count >= 3 {
            let code = row[1], name = row[2]
            out.append(KBEntry(id: "org:" + KBSourceFiles.slug(name), name: name, kind: .organization, actorCode: code,
                               aliases: KBSourceFiles.list(row.count > 3 ? row[3] : nil),
                               descriptions: KBSourceFiles.list(row.count > 4 ? row[4] : nil)))
            for p in KBSourceFiles.list(row.count > 5 ? row[5] : nil) where p != "IGO" && phoenix[p] == nil { phoenix[p] = code }
        }
        return (out, phoenix)
    }

    /// National institutions, agencies, media and armed groups with country + sector codes.
    static func institutions(_ table: String) -> [KBEntry] {
        KBSourceFiles.handRows(table).compactMap { row in
            guard row[0] == "I", row.count >= 3 else { return nil }
            let code = row[1]
            return KBEntry(id: "org:" + KBSourceFiles.slug(row[2]), name: row[2], kind: .organization, actorCode: code,
                           country: ["IMG", "IGO", "NGO", "MNC"].contains(String(code.prefix(3))) ? nil : String(code.prefix(3)),
                           sector: code.count >= 6 ? String(code.dropFirst(3).prefix(3)) : nil,
                           aliases: KBSourceFiles.list(row.count > 3 ? row[3] : nil),
                           descriptions: KBSourceFiles.list(row.count > 4 ? row[4] : nil))
        }
    }

    /// Seats of power and capitals acting as governments.
    static func seats(_ table: String) -> [KBEntry] {
        KBSourceFiles.handRows(table).compactMap { row in
            guard row[0] == "S", row.count >= 8 else { return nil }
            let name = row[1]
            let kind = EntityKind(rawValue: row[7]) ?? .place
            let country = organizationCodes[row[3]] ?? row[3]
            let target = row[4]
            let sector = target.count == 6 ? String(target.suffix(3)) : nil
            return KBEntry(id: (kind == .place ? "place:" : "seat:") + KBSourceFiles.slug(name), name: name, kind: kind,
                           actorCode: kind == .place ? nil : target, country: country.count == 3 ? country : nil,
                           sector: kind == .place ? nil : sector, aliases: KBSourceFiles.list(row[2]),
                           metonymFor: target, latitude: Double(row[5]), longitude: Double(row[6]))
        }
    }

    /// Regions, seas and groups of countries.
    static func regions(_ table: String) -> [KBEntry] {
        KBSourceFiles.handRows(table).compactMap { row in
            guard row[0] == "G", row.count >= 6 else { return nil }
            let kind = row.count > 6 ? (EntityKind(rawValue: row[6]) ?? .place) : .place
            return KBEntry(id: (kind == .place ? "place:" : "group:") + KBSourceFiles.slug(row[1]), name: row[1], kind: kind,
                           country: row[3].isEmpty ? nil : row[3], aliases: KBSourceFiles.list(row[2]),
                           latitude: Double(row[4]), longitude: Double(row[5]))
        }
    }

    /// Extra aliases, demonyms and descriptions by alpha-3 code.
    static func countryExtras(_ table: String) -> [String: (aliases: [String], demonyms: [String], descriptions: [String])] {
        var out: [String: (aliases: [String], demonyms: [String], descriptions: [String])] = [:]
        for row in KBSourceFiles.handRows(table) where row[0] == "C" && row.count >= 3 {
            out[row[1]] = (KBSourceFiles.list(row[2]), KBSourceFiles.list(row.count > 3 ? row[3] : nil),
                           KBSourceFiles.list(row.count > 4 ? row[4] : nil))
        }
        return out
    }
}
