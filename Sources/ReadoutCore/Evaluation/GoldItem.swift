import Foundation

/// One gold fact: a JSON object read leniently (a field of the wrong type reads as missing).
public struct GoldItem: Sendable {
    let fields: [String: JSONValue]

    init(fields: [String: JSONValue]) {
        self.fields = fields
    }

    /// Creates an item from string fields and string-list fields (for tests and tools).
    public init(strings: [String: String] = [:], lists: [String: [String]] = [:], numbers: [String: Double] = [:]) {
        var f: [String: JSONValue] = [:]
        for (k, v) in strings { f[k] = .string(v) }
        for (k, v) in lists { f[k] = .array(v.map { .string($0) }) }
        for (k, v) in numbers { f[k] = .number(String(v)) }
        fields = f
    }

    /// A text field (a number reads as its digits); nil when missing or empty.
    public func string(_ key: String) -> String? {
        guard let s = fields[key]?.scalarText?.trimmingCharacters(in: .whitespacesAndNewlines), !s.isEmpty else { return nil }
        return s
    }

    /// A list of texts; a single string reads as a one-element list.
    public func strings(_ key: String) -> [String] {
        switch fields[key] {
        case .array(let list)?: return list.compactMap { $0.scalarText }
        case .string(let s)?: return [s]
        default: return []
        }
    }

    /// A numeric field, also when written as a string ("100,000").
    public func number(_ key: String) -> Double? {
        guard let text = fields[key]?.scalarText else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: ""))
    }

    /// A boolean field.
    public func bool(_ key: String) -> Bool? {
        if case .bool(let b)? = fields[key] { return b }
        return nil
    }

    /// A short label for reports: the id, type, name, speaker or text fields that identify the item.
    public var summary: String {
        var parts: [String] = []
        for key in ["id", "type", "name", "speaker", "text", "value", "actor", "by", "what", "action"] {
            if let s = string(key) { parts.append(key == "text" || key == "what" || key == "action" ? "“\(s.prefix(70))”" : key == "value" ? "value \(s)" : s) }
        }
        let source = strings("source"), target = strings("target")
        if !source.isEmpty || !target.isEmpty {
            parts.append(source.joined(separator: ",") + "→" + target.joined(separator: ","))
        }
        return parts.isEmpty ? "(item)" : parts.joined(separator: " ")
    }
}
