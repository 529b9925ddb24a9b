/// The version printed by `readout --version`.
enum ReadoutVersion {
    /// The current release.
    static let current = "0.1.0"
}
