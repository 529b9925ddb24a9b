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
