/// Turns Wikidata position labels ("Minister of Foreign Affairs of Uganda", "United States Secretary of
/// State", "Minister of Culture (France)") into a news title and a canonical office.
enum PositionClassifier {
    /// The title as news writes it and its canonical office (nil office: keep the title).
    static func classify(_ label: String, country: String?, countryNames: [String]) -> (title: String, office: String?) {
        var title = label
        if let paren = title.firstIndex(of: "(") { title = String(title[..<paren]) }
        title = title.trimmingCharacters(in: .whitespaces)
        for prefix in ["United States ", "U.S. ", "UK "] where title.hasPrefix(prefix) { title = String(title.dropFirst(prefix.count)) }
        for name in countryNames {
            for joiner in [" of the ", " of ", " for the ", " for ", " of the Republic of "] {
                let suffix = joiner + name
                if title.hasSuffix(suffix) { title = String(title.dropLast(suffix.count)) }
            }
        }
        title = title.trimmingCharacters(in: .whitespaces)
        if let office = RoleTitles.office(for: title, country: country) { return (title, office) }
        let lower = title.lowercased()
        let junior = ["deputy", "vice", "first deputy", "minister of state", "parliamentary", "under", "assistant",
                      "secretary of state for", "state secretary", "acting"]
        if junior.contains(where: { lower.hasPrefix($0) }) {
            return (title, lower.contains("minister") || lower.contains("secretary") ? "Minister" : nil)
        }
        if lower.contains("prime minister") || lower.hasPrefix("premier") || lower.contains("chairman of the government")
            || lower.hasPrefix("chancellor of") && country != "GBR" { return (title, "Prime Minister") }
        if lower.hasPrefix("president of") || lower == "president" { return (title, "President") }
        if lower.hasPrefix("king of") || lower.hasPrefix("queen of") || lower.hasPrefix("emir of") || lower.hasPrefix("sultan of")
            || lower.hasPrefix("monarch of") || lower.hasPrefix("emperor of") || lower.hasPrefix("grand duke") { return (title, "Monarch") }
        let ministerial = lower.contains("minister") || lower.contains("secretary")
        if ministerial && (lower.contains("foreign") || lower.contains("external")) { return (title, "Foreign Minister") }
        if ministerial && (lower.contains("defence") || lower.contains("defense") || lower.contains("armed forces")) {
            return (title, "Defence Minister")
        }
        if ministerial && (lower.contains("finance") || lower.contains("treasury") || lower.contains("exchequer")) {
            return (title, "Finance Minister")
        }
        if ministerial && (lower.contains("interior") || lower.contains("internal affairs") || lower.contains("home")) {
            return (title, "Interior Minister")
        }
        if lower.contains("minister") { return (title, "Minister") }
        return (title, nil)
    }
}
