/// A knowledge-base file could not be loaded; the message says which file and why.
public struct KBLoadError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the file.
    public var message: String
    /// The message.
    public var description: String { message }
}
