import CZlib

/// zlib compression of stored readouts: the readout JSON of a short report is about eight times its text, and
/// compressed it is a small fraction of that, so the store stays small and its page cache holds indexes, not JSON.
enum Deflate {
    /// The bytes compressed in the zlib format (RFC 1950) at the fastest level.
    static func compress(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        let bound = Int(compressBound(uLong(bytes.count)))
        var output = [UInt8](repeating: 0, count: bound)
        var length = uLongf(bound)
        let status = output.withUnsafeMutableBufferPointer { out in
            compress2(out.baseAddress, &length, bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(bytes.count), 1)
        }
        // compressBound is always enough, so compress2 cannot run out of room.
        precondition(status == Z_OK, "zlib compress2 failed (\(status))")
        output.removeSubrange(Int(length)...)
        return output
    }

    /// The bytes of a zlib stream, decompressed; nil when they are not one.
    static func decompress(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        guard bytes.count > 0 else { return nil }
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: max(4096, bytes.count * 8))
        var produced = 0
        stream.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress!.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(bytes.count)
        while true {
            if produced == output.count { output.append(contentsOf: repeatElement(0, count: output.count)) }
            let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
                stream.next_out = out.baseAddress! + produced
                stream.avail_out = uInt(out.count - produced)
                let status = inflate(&stream, Z_NO_FLUSH)
                produced = out.count - Int(stream.avail_out)
                return status
            }
            if status == Z_STREAM_END { break }
            guard status == Z_OK || (status == Z_BUF_ERROR && produced == output.count) else { return nil }
        }
        output.removeSubrange(produced...)
        return output
    }
}
