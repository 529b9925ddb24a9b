/// Turns raw bytes into document text: BOM skipped, CRLF and CR made LF, invalid UTF-8 replaced and counted.
enum TextDecoding {
    /// The UTF-8 byte order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// `bytes` without a leading UTF-8 byte order mark.
    static func droppingBOM(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        if bytes.count >= 3, bytes[bytes.startIndex] == 0xEF, bytes[bytes.startIndex + 1] == 0xBB, bytes[bytes.startIndex + 2] == 0xBF {
            return bytes.dropFirst(3)
        }
        return bytes
    }

    /// Decodes `bytes` as UTF-8 text with LF line ends; `replaced` counts invalid bytes turned into U+FFFD.
    static func decode(_ bytes: ArraySlice<UInt8>) -> (text: String, replaced: Int) {
        let body = droppingBOM(bytes)
        if !containsByte(13, body), let text = String(validating: body, as: UTF8.self) {
            return (text, 0)
        }
        let lf = normalizingNewlines(body)
        if let text = String(validating: lf, as: UTF8.self) { return (text, 0) }
        let (repaired, count) = repairing(lf[...])
        return (String(decoding: repaired, as: UTF8.self), count)
    }

    /// Decodes a string that came from an already valid source (JSON, markup), making its line ends LF.
    static func normalizingNewlines(in text: String) -> String {
        guard text.containsUTF8Byte(13) else { return text }
        return String(decoding: normalizingNewlines(text.utf8[...]), as: UTF8.self)
    }

    /// Copies `bytes` with CRLF and lone CR turned into LF.
    static func normalizingNewlines<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var previousCR = false
        for b in bytes {
            if b == 13 {
                out.append(10)
                previousCR = true
            } else {
                if !(b == 10 && previousCR) { out.append(b) }
                previousCR = false
            }
        }
        return out
    }

    /// Copies `bytes` with every byte that is not part of a well-formed UTF-8 sequence replaced by U+FFFD.
    static func repairing(_ bytes: ArraySlice<UInt8>) -> (bytes: [UInt8], replaced: Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var replaced = 0
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                out.append(b)
                i += 1
                continue
            }
            let length = sequenceLength(bytes, at: i)
            if length > 0 {
                out.append(contentsOf: bytes[i..<(i + length)])
                i += length
            } else {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replaced += 1
                i += 1
            }
        }
        return (out, replaced)
    }

    /// Counts the bytes in `bytes` that are not part of a well-formed UTF-8 sequence.
    static func invalidByteCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] < 0x80 { i += 1; continue }
            let length = sequenceLength(bytes, at: i)
            // A sequence cut off by the end of a sample is not counted as invalid.
            if length == 0 && !(bytes.endIndex - i < 4 && bytes[i] >= 0xC2) { count += 1 }
            i += max(length, 1)
        }
        return count
    }

    /// The length of the well-formed UTF-8 sequence starting at `i` (a non-ASCII byte), or 0 when there is none.
    @inline(__always)
    static func sequenceLength(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int {
        let b0 = bytes[i]
        let remaining = bytes.endIndex - i
        @inline(__always) func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            k < remaining && bytes[i + k] >= low && bytes[i + k] <= high
        }
        switch b0 {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    /// Per byte: 1 = NUL, 2 = a control character other than tab, LF, FF and CR, 4 = not ASCII.
    private static let byteClass: [UInt8] = (0..<256).map { b in
        if b == 0 { return 3 }
        if (b < 0x20 && b != 9 && b != 10 && b != 12 && b != 13) || b == 0x7F { return 2 }
        return b >= 0x80 ? 4 : 0
    }

    /// True when `bytes` is well-formed UTF-8 (ASCII checked without allocating).
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        let ascii = bytes.withUnsafeBufferPointer { p in
            var any: UInt8 = 0
            for b in p { any |= b }
            return any < 0x80
        }
        return ascii || String(validating: bytes, as: UTF8.self) != nil
    }

    /// True when `bytes` contains `byte` (a tight loop the compiler vectorises).
    static func containsByte(_ byte: UInt8, _ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            var found: UInt8 = 0
            for b in p { found |= b == byte ? 1 : 0 }
            return found != 0
        }
    }

    /// A message when a sample of the start of a file looks like binary data rather than text, else nil.
    static func looksBinary(_ sample: ArraySlice<UInt8>) -> String? {
        let body = droppingBOM(sample)
        guard !body.isEmpty else { return nil }
        var nul = 0, control = 0, high = 0
        body.withUnsafeBufferPointer { p in
            // One OR over the sample first: plain text has no NUL or control bytes, so counting is rarely needed.
            var any: UInt8 = 0
            for b in p { any |= byteClass[Int(b)] }
            guard any & 3 != 0 else {
                high = Int(any >> 2)  // 1 when there is any non-ASCII byte; only zero versus non-zero matters
                return
            }
            for b in p {
                let c = byteClass[Int(b)]
                nul &+= Int(c & 1)
                control &+= Int((c >> 1) & 1)
                high &+= Int((c >> 2) & 1)
            }
        }
        if nul > 0 {
            return "binary file (it contains NUL bytes; if it is UTF-16 text, convert it to UTF-8)"
        }
        let invalid = high == 0 || String(validating: body, as: UTF8.self) != nil ? 0 : invalidByteCount(body)
        if (control + invalid) * 10 > body.count {
            return "binary file (mostly bytes that are not UTF-8 text)"
        }
        return nil
    }
}
