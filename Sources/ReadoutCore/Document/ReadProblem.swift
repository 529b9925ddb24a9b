/// A record that could not be read: where it is and what is wrong, in words a user can act on.
public struct ReadProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, with `:line` or `#record` when the problem is inside it.
    public var location: String
    /// What went wrong.
    public var message: String

    /// Creates a problem report.
    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    /// `location: message`, the one-line form the CLI prints.
    public var description: String { "\(location): \(message)" }
}
