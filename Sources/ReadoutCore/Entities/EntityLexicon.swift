/// The built-in word lists the entity recogniser uses besides the knowledge base: offices, sector nouns,
/// function words, verbs that make a capital act as its government, name suffixes and common first names.
enum EntityLexicon {
    /// Office phrases (lower case) and the canonical office they name.
    static let offices: [(phrase: String, office: String)] = {
        var list: [(String, String)] = []
        func add(_ office: String, _ phrases: [String]) { for p in phrases { list.append((p, office)) } }
        add("President", ["president", "head of state"])
        add("Vice President", ["vice president", "vice-president"])
        add("Prime Minister", ["prime minister", "premier", "head of government"])
        add("Foreign Minister", ["foreign minister", "minister of foreign affairs", "foreign affairs minister",
                                 "minister for foreign affairs", "foreign secretary", "secretary of state",
                                 "top diplomat", "chief diplomat"])
        add("Defence Minister", ["defence minister", "defense minister", "minister of defence", "minister of defense",
                                 "defence secretary", "defense secretary", "secretary of defense"])
        add("Finance Minister", ["finance minister", "minister of finance", "treasury secretary", "chancellor of the exchequer"])
        add("Interior Minister", ["interior minister", "minister of the interior", "home secretary"])
        add("Spokesperson", ["spokesperson", "spokesman", "spokeswoman", "press secretary"])
        add("Foreign Ministry Spokesperson", ["foreign ministry spokesperson", "foreign ministry spokesman",
                                              "foreign ministry spokeswoman", "state department spokesperson",
                                              "state department spokesman", "state department spokeswoman"])
        add("National Security Adviser", ["national security adviser", "national security advisor"])
        add("Chief of General Staff", ["chief of general staff", "chief of the general staff"])
        add("Secretary General", ["secretary general", "secretary-general"])
        add("Director General", ["director general", "director-general"])
        add("High Representative", ["high representative", "foreign policy chief"])
        add("Commission President", ["commission president"])
        add("Chancellor", ["chancellor"])
        add("Monarch", ["king", "queen", "emir", "sultan", "emperor"])
        add("Minister", ["minister"])
        return list
    }()

    /// Offices the `KBRole.title` of a holder may be written as, tried in order when asking the knowledge base.
    static let officeTitles: [String: [String]] = [
        "Foreign Minister": ["Foreign Minister", "Secretary of State", "Foreign Secretary", "Minister of Foreign Affairs"],
        "Defence Minister": ["Defence Minister", "Defense Minister", "Secretary of Defense", "Defence Secretary",
                             "Minister of Defence"],
        "Prime Minister": ["Prime Minister", "Premier", "Chancellor"],
        "Chancellor": ["Chancellor", "Prime Minister"],
        "Finance Minister": ["Finance Minister", "Treasury Secretary", "Chancellor of the Exchequer"],
        "Interior Minister": ["Interior Minister", "Home Secretary"],
    ]

    /// Words that put a person's name after them without naming an office ("Mr", "General").
    static let personMarkers: [String] = [
        "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen", "Gen.", "General", "Colonel", "Col.",
        "Lieutenant", "Lt.", "Captain", "Capt.", "Major", "Sergeant", "Admiral", "Senator", "Sen.", "Rep.",
        "Representative", "Governor", "Gov.", "Mayor", "Judge", "Justice", "Ambassador", "Prince", "Princess",
        "Sheikh", "Cardinal", "Archbishop", "Bishop", "Pope", "Rabbi", "Imam", "Ayatollah", "Professor", "Prof.",
        "Chairman", "Chairwoman", "Commander", "Marshal", "Field Marshal", "Lawmaker", "Deputy", "Coach", "Crown Prince",
        "spokesman", "spokeswoman", "leader", "chairman", "chief", "head", "coach", "striker", "midfielder", "defender",
        "goalkeeper", "captain", "director", "secretary", "opposition leader", "commander", "lawyer", "analyst",
    ]

    /// Sector nouns after a country, demonym or possessive: sector code for each phrase.
    static let sectors: [(phrase: String, sector: String)] = {
        var list: [(String, String)] = []
        func add(_ sector: String, _ phrases: [String]) { for p in phrases { list.append((p, sector)) } }
        add("GOV", ["government", "governments", "administration", "authorities", "officials", "official", "leadership",
                    "cabinet", "regime", "diplomats", "diplomat", "foreign ministry", "ministry", "government officials",
                    "government forces", "side", "leaders", "presidency", "state department", "foreign office"])
        add("MIL", ["military", "army", "troops", "soldiers", "forces", "armed forces", "servicemen", "navy", "air force",
                    "military forces", "military vehicles", "warplanes", "tanks", "defence ministry", "defense ministry",
                    "military officials", "generals", "commanders", "units", "paratroopers", "marines"])
        add("MED", ["media", "news agency", "news agencies", "state media", "state news agency", "state news agencies",
                    "state television", "state tv", "state-run media", "state-run television", "television", "press",
                    "newspapers", "state broadcaster", "broadcaster"])
        add("OPP", ["opposition", "opposition parties", "opposition groups", "opposition candidates"])
        add("REB", ["rebels", "separatists", "militants", "insurgents", "guerrillas", "guerillas", "extremists", "rebel leaders"])
        add("CVL", ["people", "civilians", "citizens", "demonstrators", "protesters", "nationals", "farmers", "students", "villagers"])
        add("COP", ["police", "riot police", "policemen", "police officers"])
        add("JUD", ["judge", "judges", "judiciary", "prosecutors"])
        add("BUS", ["companies", "firms", "businesses"])
        add("LEG", ["parliament", "lawmakers", "legislators", "senators"])
        return list
    }()

    /// Readable names for sector entities ("Russian government").
    static let sectorNames: [String: String] = [
        "GOV": "government", "MIL": "military", "MED": "media", "OPP": "opposition", "REB": "rebels",
        "CVL": "civilians", "BUS": "business", "LEG": "legislature", "COP": "police", "JUD": "judiciary",
    ]

    /// Group phrases: "the West" and the like.
    static let groups: [(phrase: String, name: String, code: String?)] = [
        ("the West", "the West", "WST"), ("Western countries", "the West", "WST"), ("Western powers", "the West", "WST"),
        ("Western nations", "the West", "WST"), ("Western governments", "the West", "WST"),
        ("the international community", "the international community", nil),
    ]

    /// Words that turn a possessive pronoun into a group of allies ("its allies").
    static let allyWords: [String] = ["allies", "partners", "western allies", "Western allies", "European allies", "NATO allies"]

    static let determiners: [String] = ["the", "a", "an"]
    static let possessivePronouns: [String] = ["his", "her", "its", "their"]
    static let personPronouns: [String] = ["he", "him", "his", "she", "her", "hers", "himself", "herself"]
    static let locativePrepositions: [String] = [
        "in", "at", "to", "into", "near", "from", "outside", "inside", "around", "across", "via", "toward", "towards",
        "through", "within", "throughout", "off", "visit", "visited", "visiting", "visits", "arrived", "reached", "left",
        "fled", "toured", "flew", "travelled", "traveled", "outskirts", "streets", "centre", "center", "downtown",
        "suburb", "suburbs", "beyond", "between",
    ]
    static let connectors: [String] = [
        "of", "de", "del", "della", "da", "do", "dos", "van", "von", "der", "den", "la", "le", "du", "bin", "ibn", "al",
        "el", "y", "for", "and", "&", "des", "di", "ben", "abu", "al-",
    ]

    /// Verbs and auxiliaries after a capital that make it act ("Moscow demands", "Washington is scheduled").
    static let actingVerbs: [String] = [
        "is", "was", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must", "does",
        "did", "says", "said", "say", "warned", "warns", "warn", "demanded", "demands", "demand", "insists", "insisted",
        "denied", "denies", "deny", "accused", "accuses", "announced", "announces", "rejected", "rejects", "agreed",
        "agrees", "urged", "urges", "called", "calls", "threatened", "threatens", "wants", "wanted", "plans", "planned",
        "expects", "expected", "hopes", "hoped", "fears", "feared", "sent", "sends", "issued", "issues", "launched",
        "launches", "responded", "responds", "refused", "refuses", "claims", "claimed", "stressed", "stresses", "argued",
        "argues", "believes", "believed", "considers", "considered", "continues", "continued", "intends", "seeks",
        "sought", "offered", "offers", "proposed", "proposes", "pledged", "pledges", "promised", "promises", "imposed",
        "imposes", "ordered", "orders", "recognised", "recognized", "condemned", "condemns", "welcomed", "welcomes",
        "criticized", "criticised", "criticizes", "criticises", "blamed", "blames", "admitted", "admits", "confirmed",
        "confirms", "reported", "reports", "stated", "states", "told", "tells", "added", "adds", "noted", "notes",
        "replied", "replies", "answered", "signed", "signs", "supports", "supported", "backed", "backs", "opposes",
        "opposed", "seemed", "seems", "appears", "appeared", "needs", "needed", "tried", "tries", "decided", "decides",
        "asked", "asks", "vowed", "vows", "maintains", "maintained", "regards", "regarded", "views", "viewed", "sees",
        "saw", "knows", "knew", "thinks", "thought", "hit", "struck", "attacked", "attacks", "invaded", "invades",
        "deployed", "deploys", "moved", "moves", "took", "takes", "gave", "gives", "made", "makes", "remains", "remained",
        "would", "shall", "isn't", "wasn't", "hasn't", "won't", "doesn't", "didn't", "cannot", "also", "still", "now",
        "has", "reiterated", "reiterates", "retaliated", "responded", "expelled", "recalled", "summoned", "banned",
        "allowed", "allows", "helped", "helps", "estimated", "estimates", "accepted", "accepts", "declined", "declines",
        "insisting", "warning", "demanding", "saying", "accusing", "denying", "seeking", "trying",
    ]

    /// Irregular past-tense verbs that make a capital before them act, like a regular "-ed" verb ("Berlin held talks").
    /// Words that are also common first names ("Rose", "Drew", "Won") are left out.
    static let irregularPastVerbs: [String] = [
        "held", "met", "began", "spoke", "kept", "brought", "lost", "broke", "chose", "fought", "froze", "paid",
        "sold", "stood", "went", "wrote", "bought", "built", "withdrew", "forbade", "undertook",
    ]

    /// Verbs of saying that mark a neighbouring name as a person ("X said", "said X").
    static let speechVerbs: [String] = [
        "said", "says", "told", "added", "warned", "stressed", "noted", "explained", "declared", "insisted", "argued",
        "acknowledged", "emphasized", "emphasised", "asked", "replied", "commented", "wrote", "tweeted",
    ]

    /// Last words of organisation names ("… Party", "… Ministry").
    static let organizationSuffixes: [String] = [
        "Party", "Ministry", "Agency", "Council", "Committee", "Bank", "Corporation", "Corp", "Corp.", "Inc", "Inc.",
        "Ltd", "Ltd.", "Group", "Union", "Association", "Organisation", "Organization", "Commission", "Institute",
        "University", "College", "Club", "Department", "Office", "Authority", "Court", "Parliament", "Assembly",
        "Congress", "Senate", "Front", "Movement", "Federation", "Fund", "Foundation", "Company", "Co", "Co.",
        "Airlines", "Airways", "Bureau", "Service", "Services", "Exchange", "Board", "Force", "Guard", "Police",
        "Network", "Television", "Radio", "Holdings", "Industries", "Motors", "Systems", "Brigade", "Battalion",
        "Division", "League", "Society", "Trust", "Centre", "Center", "School", "Church", "Alliance", "Coalition",
        "Cabinet", "Tribunal", "Reserve", "Army", "Navy", "Bloc", "Times", "Post", "Journal", "News", "Herald",
        "Telegraph", "Gazette", "Tribune", "Press", "Partners", "Capital", "Securities", "Investments", "Energy",
        "Oil", "Gas", "Petroleum", "Telecom", "Communications", "Technologies", "Pharmaceuticals", "Mining",
        "International", "Worldwide", "Enterprises", "Brothers", "Stores", "Secretariat", "Directorate", "Command",
        "Corps", "Regiment", "Mission", "Programme", "Program", "Initiative", "Forum", "Conference", "Summit",
        "United", "City", "Rovers", "Treasury", "Treasuries", "Institution", "Institutions", "Academy", "Network", "Wanderers", "Athletic", "Albion", "Hotspur", "FC", "SC", "AC",
    ]

    /// Last words of the names of events, competitions and holidays ("World Cup", "Labour Day").
    static let eventSuffixes: [String] = [
        "Cup", "Open", "Championship", "Championships", "Games", "Series", "Tour", "Prix", "Trophy", "Award", "Awards",
        "Prize", "Classic", "Masters", "Olympics", "Day", "War", "Festival", "Marathon", "Derby", "Rally", "Slam",
        "Revolution", "Accord", "Accords", "Amendment", "Bill", "Convention", "Charter", "Resolution", "Agreement", "Treaty", "Protocol", "Plan", "Doctrine", "Act", "Declaration",
    ]

    /// Compass words, which alone are not places.
    static let directionWords: [String] = [
        "East", "West", "North", "South", "Eastern", "Western", "Northern", "Southern", "Central", "Union", "Van",
        "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower", "Middle", "Mid", "Greater", "Little",
        "Old", "New", "Great", "Grand", "Saint", "San", "Santa", "Sports", "Sport", "Rugby", "Police", "Army",
    ]

    /// Last words of the names of states and regimes ("… Republic", "… Kingdom").
    static let stateWords: Set<String> = [
        "Republic", "Republics", "Kingdom", "Emirates", "States", "Empire", "Principality", "Sultanate", "Emirate",
        "Government", "Administration", "Regime", "Junta", "Caliphate", "Confederation",
    ]

    /// Last words of place names ("… River", "… Province").
    static let placeSuffixes: [String] = [
        "River", "Island", "Islands", "Province", "Region", "Street", "Mountains", "Mountain", "Sea", "Ocean", "Lake",
        "County", "Valley", "Bay", "Gulf", "Strait", "Peninsula", "Desert", "Square", "Avenue", "Road", "Airport",
        "Port", "Coast", "Beach", "Hills", "Oblast", "Krai", "District", "Canal", "Basin", "Plateau", "Heights",
        "Delta", "Falls", "Park", "Bridge", "Highway", "Pass", "Harbour", "Harbor", "Cape", "Mount", "Lakes",
    ]

    /// Words that never name anything alone when capitalised at a sentence start.
    static let commonWords: [String] = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "our", "my", "your", "there", "here", "in", "on", "at", "by", "for", "with", "from", "to",
        "of", "as", "but", "and", "or", "nor", "so", "yet", "if", "when", "while", "after", "before", "since", "until",
        "during", "despite", "although", "though", "because", "however", "meanwhile", "thus", "therefore", "also",
        "still", "even", "only", "just", "already", "now", "then", "today", "yesterday", "tomorrow", "last", "next",
        "earlier", "later", "some", "many", "most", "more", "much", "few", "several", "all", "both", "each", "every",
        "any", "no", "not", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
        "second", "third", "other", "another", "such", "what", "which", "who", "whom", "whose", "why", "how", "where",
        "about", "above", "below", "under", "over", "against", "among", "amid", "between", "into", "through",
        "without", "within", "around", "across", "behind", "beyond", "near", "according", "asked", "speaking",
        "instead", "indeed", "moreover", "furthermore", "nevertheless", "nonetheless", "otherwise", "yes", "well",
        "perhaps", "maybe", "once", "again", "further", "finally", "overall", "initially", "currently", "recently",
        "previously", "officials", "police", "sources", "witnesses", "analysts", "experts", "residents", "troops",
        "soldiers", "forces", "protesters", "people", "leaders", "talks", "asked", "told", "said", "under", "unlike",
        "like", "following", "including", "given", "based", "due", "upon", "whether", "either", "neither", "let",
        "please", "thank", "thanks", "oh", "ok", "okay", "mr", "new", "old", "top", "senior", "former", "late",
        "early", "multiple", "other", "several", "photo", "video", "file", "update", "updated", "breaking", "read",
        "see", "watch", "note", "editing", "reporting", "writing", "additional", "compiled", "source", "sources",
        "total", "men", "women", "results", "result", "score", "scores", "standings", "table", "played", "won",
        "lost", "drawn", "points", "division", "round", "group", "attendance", "half", "time", "minutes", "goals",
        "week", "year", "month", "day", "years", "months", "days", "weeks", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "shares", "prices", "price", "stocks", "market", "markets",
        "trading", "dealers", "traders", "economists", "investors", "sales", "profit", "revenue", "net", "pre-tax",
        "operating", "turnover", "earnings", "dividend", "we're", "it's", "that's", "there's", "i'm", "don't",
        "can't", "won't", "isn't", "wasn't", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has",
        "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "shall",
    ]

    /// Common given names (a name run starting with one of these is a person).
    static let firstNames: [String] = [
        "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher",
        "Daniel", "Matthew", "Anthony", "Antony", "Mark", "Donald", "Steven", "Stephen", "Paul", "Andrew", "Joshua",
        "Kenneth", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob",
        "Gary", "Nicholas", "Eric", "Jonathan", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Frank",
        "Gregory", "Raymond", "Alexander", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Henry",
        "Adam", "Douglas", "Nathan", "Peter", "Zachary", "Kyle", "Walter", "Harold", "Jeremy", "Ethan", "Carl", "Keith",
        "Roger", "Gerald", "Christian", "Terry", "Sean", "Arthur", "Austin", "Noah", "Lawrence", "Jesse", "Joe", "Bryan",
        "Billy", "Jordan", "Albert", "Dylan", "Bruce", "Willie", "Gabriel", "Alan", "Juan", "Logan", "Wayne", "Ralph",
        "Roy", "Eugene", "Randy", "Vincent", "Russell", "Louis", "Philip", "Phil", "Bobby", "Johnny", "Bradley", "Tony",
        "Mike", "Bill", "Bob", "Tom", "Jim", "Dave", "Steve", "Chris", "Nick", "Ian", "Martin", "Simon", "Graham",
        "Neil", "Colin", "Stuart", "Gordon", "Alastair", "Nigel", "Malcolm", "Hugh", "Rupert", "Boris", "Rishi", "Keir",
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy",
        "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol",
        "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy",
        "Shirley", "Angela", "Helen", "Anna", "Anne", "Ann", "Brenda", "Pamela", "Nicole", "Emma", "Samantha",
        "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn", "Janet", "Ruth", "Maria", "Heather",
        "Diane", "Virginia", "Julie", "Joyce", "Victoria", "Olivia", "Kelly", "Christina", "Lauren", "Joan", "Evelyn",
        "Judith", "Megan", "Cheryl", "Andrea", "Hannah", "Martha", "Jacqueline", "Frances", "Gloria", "Ann", "Jane",
        "Kamala", "Hillary", "Theresa", "Angela", "Ursula", "Nancy", "Liz", "Kate", "Sophie", "Claire", "Marie",
        "Sergei", "Sergey", "Vladimir", "Dmitry", "Dmitri", "Mikhail", "Alexei", "Alexey", "Andrei", "Andriy", "Nikolai",
        "Ivan", "Igor", "Oleg", "Yuri", "Viktor", "Victor", "Boris", "Anatoly", "Gennady", "Valery", "Vitaly", "Pavel",
        "Volodymyr", "Oleksandr", "Oleksiy", "Dmytro", "Petro", "Yulia", "Olena", "Iryna", "Maria", "Natalia", "Olga",
        "Tatiana", "Svetlana", "Elena", "Yevgeny", "Evgeny", "Ramzan", "Alexander", "Aleksandr", "Maxim", "Kirill",
        "Emmanuel", "Jean", "Pierre", "Jacques", "Francois", "François", "Nicolas", "Philippe", "Michel", "Alain",
        "Olaf", "Angela", "Annalena", "Frank-Walter", "Gerhard", "Helmut", "Wolfgang", "Hans", "Klaus", "Jürgen",
        "Heinz", "Karl", "Friedrich", "Mario", "Giuseppe", "Giorgia", "Matteo", "Silvio", "Romano", "Pedro", "Carlos",
        "Luis", "Miguel", "Antonio", "Manuel", "Francisco", "Javier", "Jorge", "Fernando", "Ricardo", "Luiz", "Jair",
        "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Hu", "Kim", "Moon", "Shinzo", "Fumio", "Yoshihide", "Narendra",
        "Rahul", "Imran", "Nawaz", "Recep", "Mevlut", "Ahmet", "Mehmet", "Mustafa", "Hassan", "Hussein", "Ali",
        "Mohammed", "Mohammad", "Muhammad", "Ahmed", "Ahmad", "Abdullah", "Abdel", "Abdul", "Omar", "Khalid", "Ibrahim",
        "Yousef", "Youssef", "Bashar", "Hafez", "Benjamin", "Naftali", "Yair", "Ehud", "Ariel", "Shimon", "Yitzhak",
        "Mahmoud", "Yasser", "Ismail", "Recep", "Ebrahim", "Javad", "Hossein", "Ali", "Nelson", "Jacob", "Cyril",
        "Thabo", "Robert", "Emmerson", "Uhuru", "William", "Paul", "Abiy", "Justin", "Joe", "Antony", "Lloyd", "Jake",
        "Ned", "Jen", "Karine", "Barack", "Hillary", "Condoleezza", "Colin", "Madeleine", "Warren", "Jens", "Josep",
        "Charles", "Ursula", "Antonio", "Ban", "Kofi", "Boutros", "Mark", "Rex", "Mike", "Dmitry", "Vasily",
        "Aleksander", "Andrzej", "Mateusz", "Zbigniew", "Lech", "Viktor", "Alexis", "Kyriakos", "Recep", "Tayyip",
    ]
}
