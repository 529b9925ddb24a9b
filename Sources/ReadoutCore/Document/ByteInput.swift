#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or stdin read in chunks through POSIX calls, so a large input never has to fit in memory.
final class ByteInput {
    /// The chunk size for each read.
    static let chunkSize = 1 << 20
    private let fd: Int32
    private let ownsDescriptor: Bool
    /// The size of a regular file, or nil (stdin, pipes) when it is not known in advance.
    let knownSize: Int?
    /// Bytes read so far.
    private(set) var bytesRead = 0

    private init(fd: Int32, ownsDescriptor: Bool) {
        self.fd = fd
        self.ownsDescriptor = ownsDescriptor
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            knownSize = Int(info.st_size)
        } else {
            knownSize = nil
        }
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// Standard input.
    static func standardInput() -> ByteInput { ByteInput(fd: 0, ownsDescriptor: false) }

    /// Opens `path` for reading, or returns a message saying why it cannot be.
    static func open(path: String) -> Result<ByteInput, InputError> {
        let fd = path.withCString { Glibc_open($0) }
        guard fd >= 0 else { return .failure(InputError(code: errno)) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            return .failure(InputError(message: "is a directory"))
        }
        return .success(ByteInput(fd: fd, ownsDescriptor: true))
    }

    /// Reads up to `count` bytes; an empty array means the end of the input.
    func read(upTo count: Int = ByteInput.chunkSize) -> Result<[UInt8], InputError> {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = buffer.withUnsafeMutableBytes { raw in
                systemRead(fd, raw.baseAddress! + filled, count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(InputError(code: errno))
            }
            if n == 0 { break }
            filled += n
        }
        buffer.removeSubrange(filled...)
        bytesRead += filled
        return .success(buffer)
    }
}

/// Why a file could not be opened or read.
struct InputError: Error, Sendable {
    /// The message, from the system error when there is one.
    var message: String

    /// An error with a message.
    init(message: String) { self.message = message }

    /// An error from an `errno` value.
    init(code: Int32) {
        switch code {
        case ENOENT: message = "no such file (it may have been moved or deleted)"
        case EACCES: message = "permission denied"
        default: message = String(cString: strerror(code))
        }
    }
}

@inline(__always) private func Glibc_open(_ path: UnsafePointer<CChar>) -> Int32 { open(path, O_RDONLY) }
@inline(__always) private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
