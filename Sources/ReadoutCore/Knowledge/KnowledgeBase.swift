import Foundation

/// The compiled knowledge base: every entry, with indexes by name and by office.
///
/// Immutable once built, so one instance is shared by every pipeline thread. The shipped entries come in
/// the order countries, organisations, seats of power and capitals, people, places (places most populous
/// first), so `entries(named:)` lists the likeliest reading of an ambiguous name first. Dated offices are
/// answered by `holders(of:country:on:)`, which accepts any title synonym in `RoleTitles` and the codes
/// of `organizationCodeAliases`; organisations' offices use the organisation's actor code as country
/// (`NATO`, `EUR`, `UNO`, `OSCE`, `IAEA`, `WHO`).
public struct KnowledgeBase: Sendable {
    /// All entries.
    public let entries: [KBEntry]
    /// Entry indices by exact surface form (names, aliases, demonyms, descriptions).
    public let byName: [String: [Int]]
    /// Entry index by id.
    public let byID: [String: Int]
    /// (entry index, role index) pairs by canonical office (`KBRole.office`).
    public let byOffice: [String: [RoleRef]]
    /// (entry index, role index) pairs by normalised title (`RoleTitles.normalized`), for titles that are
    /// not canonical offices ("Minister of Culture").
    public let byTitle: [String: [RoleRef]]

    /// Points at one role of one entry.
    public struct RoleRef: Sendable, Hashable {
        /// Index into `entries`.
        public var entry: Int32
        /// Index into that entry's `roles`.
        public var role: Int32
    }

    /// Builds the indexes over `entries`; a later entry with an id already seen replaces the earlier one.
    public init(entries input: [KBEntry]) {
        var ids: [String: Int] = [:]
        ids.reserveCapacity(input.count)
        var entries: [KBEntry] = []
        entries.reserveCapacity(input.count)
        for entry in input {
            if let at = ids[entry.id] {
                entries[at] = entry
            } else {
                ids[entry.id] = entries.count
                entries.append(entry)
            }
        }
        var index: [String: [Int]] = [:]
        index.reserveCapacity(entries.count * 2)
        var offices: [String: [RoleRef]] = [:]
        offices.reserveCapacity(256)
        var titles: [String: [RoleRef]] = [:]
        var forms: [String] = []
        for i in entries.indices {
            let entry = entries[i]
            forms.removeAll(keepingCapacity: true)
            forms.append(entry.name)
            for form in entry.aliases where !form.isEmpty && !forms.contains(form) { forms.append(form) }
            for form in entry.demonyms where !form.isEmpty && !forms.contains(form) { forms.append(form) }
            for form in entry.descriptions where !form.isEmpty && !forms.contains(form) { forms.append(form) }
            for form in forms { index[form, default: []].append(i) }
            for r in entry.roles.indices where !entry.roles[r].office.isEmpty {
                let ref = RoleRef(entry: Int32(i), role: Int32(r))
                offices[entry.roles[r].office, default: []].append(ref)
                if entry.roles[r].office != entry.roles[r].title {
                    titles[RoleTitles.normalized(entry.roles[r].title), default: []].append(ref)
                }
            }
        }
        self.entries = entries
        self.byName = index
        self.byID = ids
        self.byOffice = offices
        self.byTitle = titles
    }

    /// Entries whose name, alias, demonym or description is exactly `form`.
    public func entries(named form: String) -> [KBEntry] {
        (byName[form] ?? []).map { entries[$0] }
    }

    /// The entry with this id.
    public func entry(id: String) -> KBEntry? {
        byID[id].map { entries[$0] }
    }

    /// People holding an office with `title` for `country` (alpha-3 or organisation code) on `day`.
    ///
    /// `title` may be any synonym in `RoleTitles` ("Secretary of State" with country "USA", "premier",
    /// "head of diplomacy"); it is matched on the canonical office. Unknown titles match role titles exactly.
    public func holders(of title: String, country: String?, on day: String) -> [KBEntry] {
        holdings(of: title, country: country, on: day).map { entries[Int($0.entry)] }
    }

    /// Like `holders(of:country:on:)`, but returns which role matched, most recently started first.
    public func holdings(of title: String, country: String?, on day: String) -> [RoleRef] {
        let refs = unorderedHoldings(of: title, country: country, on: day)
        // Certain matches first (a year-precision term starting or ending in the day's year may not cover the
        // day), then the most recently started.
        func certain(_ r: KBRole) -> Bool {
            let year = day.prefix(4)
            if let f = r.from, f.count < day.count, f.prefix(4) == year { return false }
            if let t = r.to, t.count < day.count, t.prefix(4) == year { return false }
            return true
        }
        return refs.sorted { a, b in
            let (ra, rb) = (role(a), role(b))
            let (ca, cb) = (certain(ra), certain(rb))
            if ca != cb { return ca }
            return ra.from ?? "" > rb.from ?? ""
        }
    }

    /// The roles `holdings(of:country:on:)` returns, one per entry, in index order rather than by likelihood:
    /// for callers that only ask whether one particular person is among the holders.
    func unorderedHoldings(of title: String, country: String?, on day: String) -> [RoleRef] {
        let country = country.map { Self.organizationCodeAliases[$0] ?? $0 }
        let office = RoleTitles.office(for: title, country: country)
        // A canonical office, else a title that is its own office, else a title under another office
        // ("Minister of Culture" under "Minister"), ignoring case.
        let candidates = office.flatMap { byOffice[$0] } ?? byOffice[title] ?? byTitle[RoleTitles.normalized(title)] ?? []
        var refs: [RoleRef] = []
        var seen = Set<Int32>()
        for ref in candidates {
            let role = entries[Int(ref.entry)].roles[Int(ref.role)]
            guard country == nil || role.country == country, role.isHeld(on: day) else { continue }
            if seen.insert(ref.entry).inserted { refs.append(ref) }
        }
        return refs
    }

    /// Organisation codes accepted for the actor codes roles use ("EU" → "EUR", "UN" → "UNO").
    public static let organizationCodeAliases = ["EU": "EUR", "UN": "UNO", "NAT": "NATO"]

    /// The role a `RoleRef` points at.
    public func role(_ ref: RoleRef) -> KBRole {
        entries[Int(ref.entry)].roles[Int(ref.role)]
    }

    /// A knowledge base with `more` added (entries with an existing id replace it).
    public func adding(_ more: [KBEntry]) -> KnowledgeBase {
        more.isEmpty ? self : KnowledgeBase(entries: entries + more)
    }

    /// The knowledge base shipped with the program, loaded once on first use (empty if the files are missing).
    public static let shipped: KnowledgeBase = {
        (try? KBLoader.loadShipped()) ?? KnowledgeBase(entries: [])
    }()

    /// The shipped knowledge base plus the entries in each `extra` file (TSV in `KBLineFormat`, or a JSON
    /// array of `KBEntry`, by the `.json` extension). Entries with an id already known replace it.
    public static func loading(extra: [String]) throws -> KnowledgeBase {
        var more: [KBEntry] = []
        for path in extra { more += try KBLoader.loadExtra(path: path) }
        return shipped.adding(more)
    }
}
