import ArgumentParser
import ReadoutCore

/// Options shared by every command that reads documents.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, directories (searched recursively) or - for stdin.")
    var paths: [String]

    @Option(help: "Date (YYYY-MM-DD) that supplies or overrides every document's date.")
    var date: String?

    /// Validates the date format.
    func validate() throws {
        if let date, !ISODay.isValid(date) {
            throw ValidationError("--date must be a day as YYYY-MM-DD, got '\(date)'")
        }
    }

    /// The reader these options describe.
    var reader: DocumentReader { DocumentReader(options: ReaderOptions(date: date)) }
}
