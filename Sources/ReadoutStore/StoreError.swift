/// A problem with the store, in words a user can act on.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What went wrong and what to do about it.
    public var message: String

    /// Creates a store error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
