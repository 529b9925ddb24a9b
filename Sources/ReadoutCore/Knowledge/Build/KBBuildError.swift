/// A source file needed by the knowledge-base build is missing or malformed.
public struct KBBuildError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the file.
    public var message: String
    /// The message.
    public var description: String { message }
}
