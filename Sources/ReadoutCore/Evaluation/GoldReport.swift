/// How one gold fact fared against a readout.
public enum GoldStatus: String, Sendable, Codable, Hashable {
    /// Everything the gold gives matched.
    case found
    /// The fact is there, but some field differs (or matches only at country level).
    case partial
    /// The fact is not in the readout.
    case missing
    /// The readout has no place for this kind of fact.
    case notProduced = "not produced"
    /// The gold item could not be turned into a check.
    case notChecked = "not checked"

    /// The report mark: ✔ found, ~ partial, ✘ missing or not produced, ? not checked.
    public var mark: String {
        switch self {
        case .found: return "✔"
        case .partial: return "~"
        case .missing, .notProduced: return "✘"
        case .notChecked: return "?"
        }
    }
}

/// The outcome of one required gold fact.
public struct GoldItemResult: Sendable, Hashable {
    /// Found, partial, missing, …
    public var status: GoldStatus
    /// What the gold item is, in a few words.
    public var label: String
    /// What matched and what differed, one note per line.
    public var notes: [String]

    /// Creates an item result.
    public init(status: GoldStatus, label: String, notes: [String] = []) {
        self.status = status
        self.label = label
        self.notes = notes
    }
}

/// Whether a forbidden sentence was violated.
public enum GoldForbiddenStatus: String, Sendable, Codable, Hashable {
    /// The readout contains what the sentence forbids.
    case violated
    /// The sentence was parsed into a check and the readout passes it.
    case clear
    /// The sentence could not be parsed into a check.
    case notChecked = "not checked"
}

/// The outcome of one forbidden sentence.
public struct GoldForbiddenResult: Sendable, Hashable {
    /// The gold sentence.
    public var sentence: String
    /// Violated, clear or not checked.
    public var status: GoldForbiddenStatus
    /// The check made and the offending items, or why it could not be checked.
    public var detail: String

    /// Creates a forbidden result.
    public init(sentence: String, status: GoldForbiddenStatus, detail: String) {
        self.sentence = sentence
        self.status = status
        self.detail = detail
    }
}

/// The outcome of one gold section.
public struct GoldSectionResult: Sendable, Hashable {
    /// The section name.
    public var name: String
    /// One result per required item.
    public var items: [GoldItemResult]
    /// One result per forbidden sentence.
    public var forbidden: [GoldForbiddenResult]
    /// A remark on the whole section (e.g. why it is not produced).
    public var remark: String?

    /// Creates a section result.
    public init(name: String, items: [GoldItemResult] = [], forbidden: [GoldForbiddenResult] = [], remark: String? = nil) {
        self.name = name
        self.items = items
        self.forbidden = forbidden
        self.remark = remark
    }

    /// Required items fully found.
    public var found: Int { items.filter { $0.status == .found }.count }
    /// Required items found with a difference.
    public var partial: Int { items.filter { $0.status == .partial }.count }
    /// Required items.
    public var total: Int { items.count }
    /// Forbidden sentences the readout violates.
    public var forbiddenViolations: Int { forbidden.filter { $0.status == .violated }.count }
    /// Forbidden sentences that could not be checked.
    public var forbiddenNotChecked: Int { forbidden.filter { $0.status == .notChecked }.count }
}

/// The outcome of checking one readout against one gold file.
public struct GoldReport: Sendable, Hashable {
    /// The gold file or document name.
    public var name: String
    /// One result per section, in report order.
    public var sections: [GoldSectionResult]

    /// Creates a report.
    public init(name: String, sections: [GoldSectionResult]) {
        self.name = name
        self.sections = sections
    }

    /// The result for a section name.
    public func section(_ name: String) -> GoldSectionResult? {
        sections.first { $0.name == name }
    }

    /// The readable report: per section a ✔/~/✘ line per item with notes, forbidden checks and a total.
    public var text: String {
        var lines: [String] = ["== \(name)"]
        for section in sections {
            lines.append("")
            let head = "[\(section.name)] required \(section.found)/\(section.total) found"
                + (section.partial > 0 ? ", \(section.partial) partial" : "")
                + (section.forbidden.isEmpty ? "" : "; forbidden violated \(section.forbiddenViolations)/\(section.forbidden.count)"
                    + (section.forbiddenNotChecked > 0 ? " (\(section.forbiddenNotChecked) not checked)" : ""))
            lines.append(head)
            if let remark = section.remark { lines.append("  note: \(remark)") }
            for item in section.items {
                lines.append("  \(item.status.mark) \(item.label)" + (item.status == .found ? "" : "  [\(item.status.rawValue)]"))
                for note in item.notes { lines.append("      \(note)") }
            }
            for f in section.forbidden {
                let mark = f.status == .violated ? "✘ VIOLATED" : f.status == .clear ? "✔ clear" : "? not checked"
                lines.append("  forbidden \(mark): \(f.sentence)")
                if !f.detail.isEmpty { lines.append("      \(f.detail)") }
            }
        }
        return lines.joined(separator: "\n")
    }
}
