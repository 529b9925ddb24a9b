import ArgumentParser
import Foundation
import ReadoutStore

/// Where the store is: `--db PATH`, else `$READOUT_DB`, else `readout.db` in the working directory.
struct StoreOptions: ParsableArguments {
    @Option(help: "The store file (default: $READOUT_DB, else readout.db in the working directory).")
    var db: String?

    /// The store file's path.
    var path: String { db ?? ProcessInfo.processInfo.environment["READOUT_DB"] ?? "readout.db" }

    /// Opens the store; for questions (not `creating`), it must already exist and is opened read-only.
    func open(creating: Bool = false) throws -> SQLiteReadoutStore {
        if !creating && !FileManager.default.fileExists(atPath: path) {
            printError("no store at \(path): run `readout ingest PATH…` first, or give --db PATH")
            throw ExitCode(2)
        }
        do {
            return try SQLiteReadoutStore(path: path, readOnly: !creating)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
    }
}

/// Runs a store question, turning store errors into a one-line message and exit status 2.
func answering<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        printError(error.message)
        throw ExitCode(2)
    } catch let error as ExitCode {
        throw error
    } catch {
        printError("the store could not answer: \(error)")
        throw ExitCode(2)
    }
}
