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
struct JSONBytes: ~Copyable {
    /// The start of the buffer; owned by this value.
    private var base: UnsafeMutablePointer<UInt8>
    /// Bytes written so far.
    private(set) var count = 0
    /// Bytes the buffer holds before it must grow.
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes; it grows as needed.
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Appends the bytes written to `bytes`.
    func copy(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends one byte.
    @inline(__always)
    private mutating func byte(_ value: UInt8) {
        reserve(1)
        base[count] = value
        count += 1
    }

    /// Appends bytes.
    @inline(__always)
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Starts an object.
    mutating func openObject() { byte(UInt8(ascii: "{")) }

    /// Ends an object.
    mutating func closeObject() { byte(UInt8(ascii: "}")) }

    /// Starts an array.
    mutating func openArray() { byte(UInt8(ascii: "[")) }

    /// Ends an array.
    mutating func closeArray() { byte(UInt8(ascii: "]")) }

    /// Writes a comma unless the value about to be written is the first in its object or array.
    mutating func separate() {
        guard count > 0 else { return }
        let last = base[count - 1]
        if last != UInt8(ascii: "{") && last != UInt8(ascii: "[") { byte(UInt8(ascii: ",")) }
    }

    /// Writes `"name":`, after a comma when needed; `name` must be plain ASCII needing no escapes.
    mutating func key(_ name: StaticString) {
        separate()
        let length = name.utf8CodeUnitCount
        reserve(length + 3)
        base[count] = UInt8(ascii: "\"")
        (base + count + 1).initialize(from: name.utf8Start, count: length)
        base[count + 1 + length] = UInt8(ascii: "\"")
        base[count + 2 + length] = UInt8(ascii: ":")
        count += length + 3
    }

    /// Writes a string value, escaped.
    mutating func string(_ value: String) {
        byte(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { appendEscaped($0) }
        byte(UInt8(ascii: "\""))
    }

    /// Writes an integer value.
    mutating func int(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            byte(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude))
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
            append(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[end...]))
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
        text.withUTF8 { append($0) }
    }

    /// Writes `true` or `false`.
    mutating func bool(_ value: Bool) {
        let text: StaticString = value ? "true" : "false"
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
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

    /// Skips from `start` whole 8-byte words that hold no control character, `"` or `\`; returns where the first
    /// word that may hold one starts (or the tail shorter than a word does).
    @inline(__always)
    private static func plainRunEnd(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = utf8.baseAddress else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= utf8.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* 0x22), backslashes = word ^ (ones &* 0x5C)
            let below20 = (word &- ones &* 0x20) & ~word
            let zeroQuote = (quotes &- ones) & ~quotes, zeroBackslash = (backslashes &- ones) & ~backslashes
            if (below20 | zeroQuote | zeroBackslash) & highBits != 0 { break }
            index += 8
        }
        return index
    }

    /// Appends UTF-8 bytes with the escapes JSON needs, copying unescaped runs whole.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        let length = utf8.count
        while index < length {
            index = Self.plainRunEnd(utf8, from: index)
            guard index < length else { break }
            let current = utf8[index]
            if current >= 0x20 && current != UInt8(ascii: "\"") && current != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if runStart < index { append(UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            byte(UInt8(ascii: "\\"))
            switch current {
            case UInt8(ascii: "\""): byte(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): byte(UInt8(ascii: "\\"))
            case 0x08: byte(UInt8(ascii: "b"))
            case 0x09: byte(UInt8(ascii: "t"))
            case 0x0A: byte(UInt8(ascii: "n"))
            case 0x0C: byte(UInt8(ascii: "f"))
            case 0x0D: byte(UInt8(ascii: "r"))
            default:
                // Other control characters: `\u00` and two lowercase hex digits.
                let low = current & 0xF
                byte(UInt8(ascii: "u"))
                byte(UInt8(ascii: "0"))
                byte(UInt8(ascii: "0"))
                byte(UInt8(ascii: "0") &+ (current >> 4))
                byte(low < 10 ? UInt8(ascii: "0") &+ low : UInt8(ascii: "a") &+ (low - 10))
            }
            index += 1
            runStart = index
        }
        if runStart < length { append(UnsafeBufferPointer(rebasing: utf8[runStart..<length])) }
    }
}
