import Foundation

/// Builds country entries (and their capitals as metonyms) from GeoNames, pycountry and countryinfo.
struct CountryBuilder {
    /// The `kb-sources` directory.
    let sources: URL

    /// Countries by alpha-3, in GeoNames order, plus capital places.
    func build() throws -> (countries: [KBEntry], capitals: [KBEntry]) {
        // GeoNames countryInfo.txt: canonical common names and capitals.
        var order: [String] = []
        var names: [String: String] = [:]
        var alpha2: [String: String] = [:]
        var capitalNames: [String: String] = [:]
        let info = try KBSourceFiles.text(sources.appendingPathComponent("geonames/countryInfo.txt"))
        for line in info.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count > 5, f[1].count == 3 else { continue }
            order.append(f[1]); names[f[1]] = f[4]; alpha2[f[1]] = f[0]
            if !f[5].isEmpty { capitalNames[f[1]] = f[5] }
        }
        // pycountry: official and common names.
        var aliases: [String: [String]] = [:]
        if let root = try KBSourceFiles.json(sources.appendingPathComponent("pycountry-iso-codes/iso3166-1.json")) as? [String: Any],
           let list = root["3166-1"] as? [[String: Any]] {
            for c in list {
                guard let a3 = c["alpha_3"] as? String else { continue }
                if names[a3] == nil, let n = c["name"] as? String { order.append(a3); names[a3] = n; alpha2[a3] = c["alpha_2"] as? String }
                for key in ["name", "official_name", "common_name"] {
                    if let n = c[key] as? String { aliases[a3, default: []].append(n) }
                }
            }
        }
        // countryinfo (PyPI): demonym, alternative spellings, coordinates of country and capital.
        var demonyms: [String: [String]] = [:]
        var coords: [String: (Double, Double)] = [:]
        var capitalCoords: [String: (Double, Double)] = [:]
        if let all = try KBSourceFiles.json(sources.appendingPathComponent("countryinfo-pypi/countryinfo_all.derived.json")) as? [String: Any] {
            for (_, value) in all.sorted(by: { $0.key < $1.key }) {
                guard let c = value as? [String: Any], let iso = c["ISO"] as? [String: Any],
                      let a3 = iso["alpha3"] as? String, names[a3] != nil else { continue }
                if let d = c["demonym"] as? String, !d.isEmpty { demonyms[a3, default: []].append(d) }
                if let n = c["name"] as? String { aliases[a3, default: []].append(n) }
                for s in c["altSpellings"] as? [String] ?? [] where s.count > 3 { aliases[a3, default: []].append(s) }
                if let ll = c["latlng"] as? [Double], ll.count == 2 { coords[a3] = (ll[0], ll[1]) }
                if let ll = c["capital_latlng"] as? [Double], ll.count == 2 { capitalCoords[a3] = (ll[0], ll[1]) }
                if capitalNames[a3] == nil, let cap = c["capital"] as? String, !cap.isEmpty { capitalNames[a3] = cap }
            }
        }
        let extras = HandTableParser.countryExtras(HandCountries.table)
        var countries: [KBEntry] = []
        var capitals: [KBEntry] = []
        for a3 in order {
            guard let name = names[a3] else { continue }
            let extra = extras[a3]
            var forms = ((aliases[a3] ?? []) + (extra?.aliases ?? [])).map { $0.trimmingCharacters(in: .whitespaces) }
            forms = forms.filter { !$0.isEmpty && $0 != name && KBSourceFiles.isLatin($0) && !$0.contains(",") && !$0.contains("(") }
            var demonymForms: [String] = []
            for raw in demonyms[a3] ?? [] {
                for part in raw.split(separator: ",") {
                    let d = part.trimmingCharacters(in: .whitespaces)
                    guard !d.isEmpty, d != name else { continue }
                    demonymForms.append(d)
                    if let plural = Self.plural(of: d) { demonymForms.append(plural) }
                }
            }
            demonymForms += extra?.demonyms ?? []
            let ll = coords[a3]
            countries.append(KBEntry(id: "country:" + a3, name: name, kind: .country, actorCode: a3, country: a3,
                                     aliases: unique(forms), demonyms: unique(demonymForms),
                                     descriptions: extra?.descriptions ?? [], latitude: ll?.0, longitude: ll?.1))
            if let cap = capitalNames[a3] {
                let cc = capitalCoords[a3]
                capitals.append(KBEntry(id: "place:" + KBSourceFiles.slug(cap) + "-" + a3.lowercased(), name: cap, kind: .place,
                                        country: a3, metonymFor: a3 + "GOV", latitude: cc?.0, longitude: cc?.1))
            }
        }
        return (countries, capitals)
    }

    /// The plural noun for a demonym adjective ("Russian" → "Russians"), nil when it has none ("Chinese", "British").
    static func plural(of adjective: String) -> String? {
        let invariant = ["ese", "ish", "ch", "ss", "i"]
        if adjective.hasSuffix("i") { return adjective + "s" }
        if invariant.contains(where: { adjective.hasSuffix($0) }) { return nil }
        if adjective.hasSuffix("s") || adjective.hasSuffix("y") { return nil }
        if adjective.hasSuffix("an") || adjective.hasSuffix("er") || adjective.hasSuffix("ot") || adjective.hasSuffix("k")
            || adjective.hasSuffix("e") { return adjective + "s" }
        return nil
    }

    private func unique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }
}
