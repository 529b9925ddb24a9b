import Foundation

/// Per-section totals over one or more gold reports, as text and as one JSON object.
public struct GoldJSONSummary: Sendable {
    /// Totals for one section name.
    public struct Totals: Sendable, Hashable {
        /// Required items fully found.
        public var found = 0
        /// Required items found with a difference.
        public var partial = 0
        /// Required items.
        public var total = 0
        /// Forbidden sentences violated.
        public var forbiddenViolations = 0
        /// Forbidden sentences that were checked (violated or clear).
        public var forbiddenChecked = 0
        /// Forbidden sentences that could not be checked.
        public var forbiddenNotChecked = 0

        /// found / total, or 0 when there is nothing to find.
        public var recall: Double { total == 0 ? 0 : Double(found) / Double(total) }
    }

    /// The reports summed.
    public let reports: [GoldReport]
    /// Totals per section, in first-seen order.
    public let sections: [(name: String, totals: Totals)]

    /// Sums the reports.
    public init(reports: [GoldReport]) {
        self.reports = reports
        var order: [String] = []
        var byName: [String: Totals] = [:]
        for report in reports {
            for s in report.sections {
                if byName[s.name] == nil { order.append(s.name) }
                var totals = byName[s.name] ?? Totals()
                totals.found += s.found
                totals.partial += s.partial
                totals.total += s.total
                totals.forbiddenViolations += s.forbiddenViolations
                totals.forbiddenNotChecked += s.forbiddenNotChecked
                totals.forbiddenChecked += s.forbidden.count - s.forbiddenNotChecked
                byName[s.name] = totals
            }
        }
        sections = order.map { ($0, byName[$0] ?? Totals()) }
    }

    /// The totals table: one line per section, then all sections together.
    public var totalsText: String {
        var lines = ["== totals over \(reports.count) gold file(s): required found (partial) / total, recall; forbidden violated / checked (not checked)"]
        var all = Totals()
        for (name, t) in sections {
            lines.append(Self.line(name, t))
            all.found += t.found; all.partial += t.partial; all.total += t.total
            all.forbiddenViolations += t.forbiddenViolations; all.forbiddenChecked += t.forbiddenChecked
            all.forbiddenNotChecked += t.forbiddenNotChecked
        }
        lines.append(Self.line("all", all))
        return lines.joined(separator: "\n")
    }

    /// One JSON object: `files`, then per section `found`, `partial`, `total`, `recall`, `forbiddenViolations`,
    /// `forbiddenNotChecked`, and the same over all sections under `all`.
    public var jsonText: String {
        var object: [String: Any] = ["files": reports.map(\.name)]
        var all = Totals()
        var perSection: [String: Any] = [:]
        for (name, t) in sections {
            perSection[name] = Self.object(t)
            all.found += t.found; all.partial += t.partial; all.total += t.total
            all.forbiddenViolations += t.forbiddenViolations; all.forbiddenChecked += t.forbiddenChecked
            all.forbiddenNotChecked += t.forbiddenNotChecked
        }
        object["sections"] = perSection
        object["all"] = Self.object(all)
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func line(_ name: String, _ t: Totals) -> String {
        name.padding(toLength: 13, withPad: " ", startingAt: 0)
            + String(format: " %3d (%d) / %3d  recall %.3f   forbidden %d / %d (%d)",
                     t.found, t.partial, t.total, t.recall, t.forbiddenViolations, t.forbiddenChecked, t.forbiddenNotChecked)
    }

    private static func object(_ t: Totals) -> [String: Any] {
        ["found": t.found, "partial": t.partial, "total": t.total, "recall": (t.recall * 1000).rounded() / 1000,
         "forbiddenViolations": t.forbiddenViolations, "forbiddenNotChecked": t.forbiddenNotChecked]
    }
}
