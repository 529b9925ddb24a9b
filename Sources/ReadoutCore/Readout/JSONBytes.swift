/// Why a value could not be written as JSON: a number JSON cannot hold (NaN or infinite).
public struct JSONWriteError: Error, Sendable, CustomStringConvertible {
    /// The field the value was in, e.g. `events[2].score`.
    public var field: String
    /// The value that could not be written.
    public var value: Double

    /// A message naming the field and the value.
    public var description: String { "cannot write \(value) at \(field) as JSON: JSON numbers must be finite" }
}

/// A growing buffer of compact JSON bytes, written the way Foundation's `JSONEncoder` writes them with
/// `.withoutEscapingSlashes`: strings escape only `"`, `\` and control characters (`\b \t \n \f \r`, the
/// rest as lowercase `\u00XX`), everything else stays UTF-8; doubles print as `description` without a
/// trailing `.0`. Separators are implied: a key or an array element is preceded by a comma unless it is
/// the first in its container.
struct JSONBytes {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    /// Starts an object.
    mutating func openObject() { bytes.append(UInt8(ascii: "{")) }

    /// Ends an object.
    mutating func closeObject() { bytes.append(UInt8(ascii: "}")) }

    /// Starts an array.
    mutating func openArray() { bytes.append(UInt8(ascii: "[")) }

    /// Ends an array.
    mutating func closeArray() { bytes.append(UInt8(ascii: "]")) }

    /// Writes a comma unless the value about to be written is the first in its object or array.
    mutating func separate() {
        if let last = bytes.last, last != UInt8(ascii: "{"), last != UInt8(ascii: "[") {
            bytes.append(UInt8(ascii: ","))
        }
    }

    /// Writes `"name":`, after a comma when needed; `name` must be plain ASCII needing no escapes.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// Writes a string value, escaped.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes an integer value.
    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of UInt64.max
        withUnsafeMutableBytes(of: &digits) { raw in
            var end = raw.count
            while magnitude > 0 {
                end -= 1
                raw[end] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[end...]))
        }
    }

    /// Writes a double value as `JSONEncoder` does (`10.0` as `10`, `1e-07`, `1e+21`, `-0`); throws for NaN and
    /// infinities, which JSON cannot hold.
    mutating func double(_ value: Double, field: @autoclosure () -> String) throws {
        guard value.isFinite else { throw JSONWriteError(field: field(), value: value) }
        if value == value.rounded(.towardZero), value.magnitude < 1e15, value != 0 || value.sign == .plus {
            int(Int(value))
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Writes `true` or `false`.
    mutating func bool(_ value: Bool) {
        if value {
            bytes.append(contentsOf: [UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "e")])
        } else {
            bytes.append(contentsOf: [UInt8(ascii: "f"), UInt8(ascii: "a"), UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "e")])
        }
    }

    /// Writes an array of strings.
    mutating func strings(_ values: [String]) {
        openArray()
        for value in values {
            separate()
            string(value)
        }
        closeArray()
    }

    /// Appends UTF-8 bytes with the escapes JSON needs, copying unescaped runs whole.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            default:
                // Control characters below 0x20: `\u00` and two lowercase hex digits.
                let high = byte >> 4, low = byte & 0xF
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), UInt8(ascii: "0") &+ high,
                                          low < 10 ? UInt8(ascii: "0") &+ low : UInt8(ascii: "a") &+ (low - 10)])
            }
            index += 1
            runStart = index
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count])) }
    }
}
