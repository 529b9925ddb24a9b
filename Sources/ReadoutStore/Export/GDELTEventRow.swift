import ReadoutCore

/// The GDELT 2.0 event table (61 tab-separated columns), filled from stored events; fields Readout does not know stay empty.
public enum GDELTEventRow {
    /// The 61 GDELT 2.0 event-table column names, in order.
    public static let columns: [String] = [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ]

    /// The row for one event; `dateAdded` is `YYYYMMDDHHMMSS`.
    public static func fields(for event: StoredEvent, dateAdded: String) -> [String] {
        let day = ISODay(String((event.start ?? event.date).prefix(10)))
        let sqlDate = day.map { String(format: "%04d%02d%02d", $0.year, $0.month, $0.day) } ?? ""
        let monthYear = day.map { String(format: "%04d%02d", $0.year, $0.month) } ?? ""
        let year = day.map { String($0.year) } ?? ""
        let fraction = day.map { d -> String in
            let dayOfYear = d.daysSinceEpoch - ISODay(year: d.year, month: 1, day: 1)!.daysSinceEpoch + 1
            return String(format: "%.4f", Double(d.year) + Double(dayOfYear) / 365)
        } ?? ""
        let cameo = event.cameo ?? ""
        var row = [String(event.id), sqlDate, monthYear, year, fraction]
        row += actorFields(event.sources.first)
        row += actorFields(event.targets.first)
        row += ["", cameo, String(cameo.prefix(3)), String(cameo.prefix(2)), event.quadClass.map(String.init) ?? "",
                event.score.map { String($0) } ?? "", String(event.numMentions), String(event.numSources),
                String(event.numArticles), ""]
        row += Array(repeating: "", count: 16)
        row += ["", clean(event.location ?? ""), "", "", "", "", "", ""]
        row += [dateAdded, clean(event.evidence.first.map { $0.url ?? $0.document } ?? "")]
        return row
    }

    /// Actor code, name, country, known group, ethnic, religion ×2, type ×3.
    static func actorFields(_ party: Party?) -> [String] {
        guard let party else { return Array(repeating: "", count: 10) }
        let code = party.actorCode ?? ""
        let knownGroup = party.kind == "organization" && party.country == nil ? code : ""
        return [code, clean(party.name.uppercased()), party.country ?? "", knownGroup, "", "", "", party.sector ?? "", "", ""]
    }

    /// Removes tabs and line breaks, which would break the table.
    static func clean(_ field: String) -> String {
        String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
