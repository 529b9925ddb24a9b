import ReadoutCore

/// ISO days as integers (days since 1970-01-01), the form the store indexes and compares.
enum DayNumber {
    /// The day number of an ISO day, or of the first day of a TIMEX3 value that starts with one.
    static func of(_ string: String?) -> Int? {
        guard let string, string.utf8.count >= 10, let day = ISODay(string.prefix(10)) else { return nil }
        return day.daysSinceEpoch
    }

    /// The ISO day of a day number.
    static func string(_ number: Int) -> String {
        ISODay(daysSinceEpoch: number).description
    }

    /// SQL conditions keeping `column` (a day number) within a range of ISO days, either end optional, and the
    /// arguments they bind: `column >= ?`, `column <= ?`.
    static func range(_ column: String, from: String?, to: String?) -> (conditions: [String], arguments: [Int]) {
        var conditions: [String] = []
        var arguments: [Int] = []
        if let from = of(from) {
            conditions.append("\(column) >= ?")
            arguments.append(from)
        }
        if let to = of(to) {
            conditions.append("\(column) <= ?")
            arguments.append(to)
        }
        return (conditions, arguments)
    }

    /// Today in UTC.
    static func today() -> Int {
        Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
    }
}

import Foundation
