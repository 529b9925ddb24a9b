/// A parsed JSON value, as small as the record readers need.
indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A number kept as written, so ids like `1234567890123` stay exact.
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// The text of a string or number, for fields such as `id`.
    var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n
        default: return nil
        }
    }

    /// A short name for the kind of value, for messages.
    var kindName: String {
        switch self {
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// What is wrong with a JSON text and where (a byte offset from the start of the line or file).
struct JSONSyntaxError: Error, Sendable {
    /// What the parser expected.
    var message: String
    /// Byte offset of the problem.
    var offset: Int
}

/// A strict JSON parser over UTF-8 bytes (RFC 8259), with a nesting limit.
struct JSONParser {
    private let b: ArraySlice<UInt8>
    private var i: Int
    private var depth = 0
    private static let maxDepth = 512

    private init(_ bytes: ArraySlice<UInt8>) {
        b = bytes
        i = bytes.startIndex
    }

    /// Parses exactly one JSON value (surrounded by optional whitespace).
    static func parse(_ bytes: ArraySlice<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes)
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        guard parser.i == bytes.endIndex else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, offset: i - b.startIndex)
    }

    private mutating func skipSpace() {
        while i < b.endIndex, b[i] == 32 || b[i] == 10 || b[i] == 13 || b[i] == 9 { i += 1 }
    }

    private mutating func value() throws(JSONSyntaxError) -> JSONValue {
        guard i < b.endIndex else { throw error("unexpected end of input") }
        switch b[i] {
        case 123: return try object()
        case 91: return try array()
        case 34: return .string(try string())
        case 116: try literal("true"); return .bool(true)
        case 102: try literal("false"); return .bool(false)
        case 110: try literal("null"); return .null
        case 45, 48...57: return try number()
        default: throw error("unexpected character '\(Character(Unicode.Scalar(b[i])))'")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        guard b.endIndex - i >= count else { throw error("unexpected end of input") }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for k in 0..<count where b[i + k] != expected[k] { throw error("unknown word") }
        i += count
    }

    private mutating func number() throws(JSONSyntaxError) -> JSONValue {
        let start = i
        if b[i] == 45 { i += 1 }
        func digits(_ i: inout Int) -> Int {
            let s = i
            while i < b.endIndex, b[i] >= 48, b[i] <= 57 { i += 1 }
            return i - s
        }
        guard digits(&i) > 0 else { throw error("a number needs digits") }
        if i < b.endIndex, b[i] == 46 {
            i += 1
            guard digits(&i) > 0 else { throw error("a number needs digits after the decimal point") }
        }
        if i < b.endIndex, b[i] == 101 || b[i] == 69 {
            i += 1
            if i < b.endIndex, b[i] == 43 || b[i] == 45 { i += 1 }
            guard digits(&i) > 0 else { throw error("a number needs digits in its exponent") }
        }
        return .number(String(decoding: b[start..<i], as: UTF8.self))
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        guard depth <= Self.maxDepth else { throw error("nested too deeply") }
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        i += 1
        var fields: [String: JSONValue] = [:]
        skipSpace()
        if i < b.endIndex, b[i] == 125 { i += 1; depth -= 1; return .object(fields) }
        while true {
            skipSpace()
            guard i < b.endIndex, b[i] == 34 else { throw error("expected a quoted field name") }
            let key = try string()
            skipSpace()
            guard i < b.endIndex, b[i] == 58 else { throw error("expected ':' after a field name") }
            i += 1
            skipSpace()
            fields[key] = try value()
            skipSpace()
            guard i < b.endIndex else { throw error("unexpected end of input inside an object") }
            if b[i] == 44 { i += 1; continue }
            if b[i] == 125 { i += 1; break }
            throw error("expected ',' or '}' in an object")
        }
        depth -= 1
        return .object(fields)
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < b.endIndex, b[i] == 93 { i += 1; depth -= 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard i < b.endIndex else { throw error("unexpected end of input inside an array") }
            if b[i] == 44 { i += 1; continue }
            if b[i] == 93 { i += 1; break }
            throw error("expected ',' or ']' in an array")
        }
        depth -= 1
        return .array(items)
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        i += 1
        let start = i
        while i < b.endIndex, b[i] != 34, b[i] != 92 {
            guard b[i] >= 0x20 else { throw error("control character inside a string") }
            i += 1
        }
        guard i < b.endIndex else { throw error("unterminated string") }
        if b[i] == 34 {
            defer { i += 1 }
            return String(decoding: b[start..<i], as: UTF8.self)
        }
        var out = Array(b[start..<i])
        while true {
            guard i < b.endIndex else { throw error("unterminated string") }
            let c = b[i]
            if c == 34 { i += 1; break }
            if c < 0x20 { throw error("control character inside a string") }
            if c != 92 {
                // Copy the run up to the next quote or backslash in one go.
                let runStart = i
                while i < b.endIndex, b[i] != 34, b[i] != 92, b[i] >= 0x20 { i += 1 }
                out.append(contentsOf: b[runStart..<i])
                continue
            }
            i += 1
            guard i < b.endIndex else { throw error("unterminated string") }
            let e = b[i]
            i += 1
            switch e {
            case 34, 92, 47: out.append(e)
            case 98: out.append(8)
            case 102: out.append(12)
            case 110: out.append(10)
            case 114: out.append(13)
            case 116: out.append(9)
            case 117:
                var scalar = try hex4()
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    if b.endIndex - i >= 6, b[i] == 92, b[i + 1] == 117 {
                        let save = i
                        i += 2
                        let low = try hex4()
                        if low >= 0xDC00 && low < 0xE000 {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            i = save
                            scalar = 0xFFFD
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    scalar = 0xFFFD
                }
                out.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
            default:
                throw error("unknown escape '\\\(Character(Unicode.Scalar(e)))' in a string")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard b.endIndex - i >= 4 else { throw error("\\u needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let digit: UInt32
            switch c {
            case 48...57: digit = UInt32(c - 48)
            case 65...70: digit = UInt32(c - 55)
            case 97...102: digit = UInt32(c - 87)
            default: throw error("\\u needs four hex digits")
            }
            value = value << 4 | digit
            i += 1
        }
        return value
    }
}
