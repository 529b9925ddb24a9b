/// Canonical office names and the synonyms news uses for them.
///
/// Canonical offices (what `KBRole.office` holds and what `KnowledgeBase.holders(of:country:on:)` matches):
/// - "President": head of state in a republic (also the Chinese and Belarusian presidents);
/// - "Vice President";
/// - "Monarch": king, queen, emir, sultan, emperor;
/// - "Prime Minister": head of government ("premier"; the German/Austrian "Chancellor");
/// - "Foreign Minister": the US "Secretary of State", the UK "Foreign Secretary", "head of diplomacy", "top diplomat";
/// - "Defence Minister": "Defense Secretary", "Secretary of Defense", the French "Minister of the Armed Forces";
/// - "Finance Minister": "Treasury Secretary", the UK "Chancellor of the Exchequer";
/// - "Interior Minister": "Home Secretary", "Homeland Security Secretary";
/// - "Spokesperson": spokesperson of the head of state or government ("Kremlin spokesman", "White House press secretary");
/// - "Foreign Ministry Spokesperson": "State Department spokesperson", "foreign ministry spokeswoman";
/// - "Defence Ministry Spokesperson";
/// - "National Security Adviser";
/// - "Chief of General Staff": the top military commander ("chief of the general staff", "commander-in-chief");
/// - "Secretary General": of NATO, the UN, the OSCE, … (country = the organisation's code);
/// - "Director General": of the IAEA, the WHO, …;
/// - "High Representative": the EU's foreign-policy chief;
/// - "Commission President": President of the European Commission;
/// - "Council President": President of the European Council;
/// - "Minister": any other cabinet minister (the title keeps the portfolio).
public enum RoleTitles {
    /// The canonical offices, in the order documented above.
    public static let canonical: [String] = [
        "President", "Vice President", "Monarch", "Prime Minister", "Foreign Minister", "Defence Minister",
        "Finance Minister", "Interior Minister", "Spokesperson", "Foreign Ministry Spokesperson",
        "Defence Ministry Spokesperson", "National Security Adviser", "Chief of General Staff",
        "Secretary General", "Director General", "High Representative", "Commission President",
        "Council President", "Minister",
    ]

    /// Offices one person holds at a time, so a newer holder closes an older open-ended term.
    public static let singleHolder: Set<String> = [
        "President", "Vice President", "Monarch", "Prime Minister", "Foreign Minister", "Defence Minister",
        "Finance Minister", "Interior Minister", "National Security Adviser", "Chief of General Staff",
        "Secretary General", "Director General", "High Representative", "Commission President", "Council President",
    ]

    /// Lower-cased phrases (hyphens as spaces) naming a canonical office in any country.
    public static let synonyms: [String: String] = {
        var table: [String: String] = [:]
        func add(_ office: String, _ phrases: [String]) { for p in phrases { table[p] = office } }
        for office in canonical { table[office.lowercased()] = office }
        add("President", ["president", "head of state", "presidency", "state president"])
        add("Vice President", ["vice president", "vice presidency", "veep"])
        add("Monarch", ["monarch", "king", "queen", "emir", "amir", "sultan", "emperor", "crown"])
        add("Prime Minister", ["prime minister", "premier", "head of government", "pm", "prime ministership",
                               "chief minister of the government", "chairman of the government", "first minister"])
        add("Foreign Minister", ["foreign minister", "minister of foreign affairs", "foreign affairs minister",
                                 "minister for foreign affairs", "external affairs minister", "minister of external affairs",
                                 "minister of external relations", "foreign secretary", "head of diplomacy",
                                 "top diplomat", "chief diplomat", "foreign affairs secretary", "minister for europe and foreign affairs",
                                 "minister of europe and foreign affairs", "secretary for foreign affairs"])
        add("Defence Minister", ["defence minister", "defense minister", "minister of defence", "minister of defense",
                                 "minister for defence", "minister for defense", "defence secretary", "defense secretary",
                                 "secretary of defense", "secretary of state for defence", "minister of the armed forces",
                                 "armed forces minister", "minister of national defence", "minister of national defense",
                                 "national defence minister", "national defense minister", "defense chief", "defence chief",
                                 "pentagon chief"])
        add("Finance Minister", ["finance minister", "minister of finance", "treasury secretary", "secretary of the treasury",
                                 "chancellor of the exchequer", "finance secretary", "minister for finance"])
        add("Interior Minister", ["interior minister", "minister of the interior", "minister of interior",
                                  "minister of internal affairs", "internal affairs minister", "home secretary",
                                  "homeland security secretary", "secretary of homeland security", "home minister"])
        add("Spokesperson", ["spokesperson", "spokesman", "spokeswoman", "press secretary", "presidential spokesman",
                             "presidential spokeswoman", "presidential spokesperson", "kremlin spokesman",
                             "kremlin spokeswoman", "kremlin spokesperson", "white house press secretary",
                             "white house spokesperson", "white house spokesman", "white house spokeswoman",
                             "government spokesperson", "government spokesman", "government spokeswoman",
                             "presidential press secretary"])
        add("Foreign Ministry Spokesperson", ["foreign ministry spokesperson", "foreign ministry spokesman",
                                              "foreign ministry spokeswoman", "state department spokesperson",
                                              "state department spokesman", "state department spokeswoman",
                                              "foreign office spokesperson", "foreign office spokesman",
                                              "foreign office spokeswoman", "foreign ministry press secretary"])
        add("Defence Ministry Spokesperson", ["defence ministry spokesperson", "defense ministry spokesperson",
                                              "defence ministry spokesman", "defense ministry spokesman",
                                              "defence ministry spokeswoman", "defense ministry spokeswoman",
                                              "pentagon spokesman", "pentagon spokeswoman", "pentagon spokesperson",
                                              "pentagon press secretary"])
        add("National Security Adviser", ["national security adviser", "national security advisor",
                                          "assistant to the president for national security affairs"])
        add("Chief of General Staff", ["chief of general staff", "chief of the general staff", "chief of staff of the armed forces",
                                       "chief of the defence staff", "chief of defence staff", "commander in chief of the armed forces",
                                       "armed forces commander in chief", "chairman of the joint chiefs of staff", "army chief"])
        add("Secretary General", ["secretary general", "secretary generals", "sec gen", "secretary general of nato",
                                  "nato secretary general", "un secretary general", "secretary general of the united nations"])
        add("Director General", ["director general", "head of the agency"])
        add("High Representative", ["high representative", "foreign policy chief", "eu foreign policy chief",
                                    "high representative of the union for foreign affairs and security policy",
                                    "eu high representative", "eu foreign affairs chief", "eu's foreign policy chief",
                                    "eu top diplomat", "eu's top diplomat"])
        add("Commission President", ["commission president", "president of the european commission",
                                     "european commission president", "eu commission president", "commission chief",
                                     "head of the european commission", "european commission chief"])
        add("Council President", ["council president", "president of the european council", "european council president",
                                  "eu council president"])
        add("Minister", ["minister", "cabinet minister"])
        return table
    }()

    /// Phrases whose office depends on the country ("Secretary of State" is the US foreign minister).
    public static let countrySynonyms: [String: [String: String]] = [
        "USA": ["secretary of state": "Foreign Minister"],
        "GBR": ["chancellor": "Finance Minister", "secretary of state for foreign and commonwealth affairs": "Foreign Minister",
                "secretary of state for foreign, commonwealth and development affairs": "Foreign Minister",
                "foreign, commonwealth and development secretary": "Foreign Minister"],
        "DEU": ["chancellor": "Prime Minister", "federal chancellor": "Prime Minister", "federal president": "President"],
        "AUT": ["chancellor": "Prime Minister", "federal chancellor": "Prime Minister", "federal president": "President"],
        "VAT": ["pope": "Monarch"],
        "CHN": ["general secretary": "President", "paramount leader": "President"],
        "IRN": ["supreme leader": "Monarch"],
        "PRK": ["supreme leader": "Monarch"],
    ]

    /// The canonical office for a title as written ("foreign secretary" → "Foreign Minister"), or nil when unknown.
    ///
    /// Case, hyphens, periods and a leading "the" are ignored; a country or organisation qualifier is not
    /// stripped, so pass the bare title ("Secretary of State", not "US Secretary of State").
    public static func office(for title: String, country: String? = nil) -> String? {
        let key = normalized(title)
        if key.isEmpty { return nil }
        if let country, let office = countrySynonyms[country]?[key] { return office }
        if let office = synonyms[key] { return office }
        if key.hasPrefix("the "), let office = synonyms[String(key.dropFirst(4))] { return office }
        return nil
    }

    /// True when a phrase names an office somewhere ("Foreign Minister", "Amb. to UN" is not one).
    public static func officeMentioned(in phrase: String) -> Bool {
        let key = normalized(phrase)
        if synonyms[key] != nil { return true }
        let words = ["minister", "president", "secretary", "spokes", "chief", "premier", "ambassador", "chancellor",
                     "king", "queen", "general", "commander", "governor", "mayor", "leader", "director", "head of"]
        return words.contains { key.contains($0) }
    }

    /// Lower-cases, turns hyphens and runs of spaces into single spaces, drops periods and "'s".
    public static func normalized(_ title: String) -> String {
        var out = ""
        out.reserveCapacity(title.utf8.count)
        var lastSpace = true
        for ch in title.lowercased() {
            if ch == "-" || ch == " " || ch == "\u{2013}" || ch == "\t" {
                if !lastSpace { out.append(" "); lastSpace = true }
            } else if ch == "." {
                continue
            } else {
                out.append(ch)
                lastSpace = false
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}
