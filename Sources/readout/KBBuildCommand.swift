import ArgumentParser
import Foundation
import ReadoutCore

/// `readout kb build`: regenerate the compiled files from the open sources.
struct KBBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile ../shared/kb-sources and the hand-kept tables into the shipped knowledge-base files.",
        discussion: """
        Prints the entry count of each file written. Run it from the package root, then rebuild so the \
        new files are bundled. Exit status: 0 when the files were written, 2 when a source is missing or \
        malformed or the output cannot be written.
        """
    )

    @Option(help: "The kb-sources directory (see its SOURCES.md).")
    var sources: String = "../shared/kb-sources"

    @Option(help: "Where to write the compiled files.")
    var out: String = "Sources/ReadoutCore/Resources/kb"

    @Option(help: "Keep people from the Phoenix dictionaries only if one of their roles lasted into this year or later.")
    var peopleSince: String = "2010"

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        guard peopleSince.count == 4, peopleSince.allSatisfy(\.isNumber) else {
            printError("kb build: --people-since takes a year like 1990, not '\(peopleSince)'")
            throw ExitCode(2)
        }
        var builder = KBBuilder(sources: URL(fileURLWithPath: sources, isDirectory: true),
                                output: URL(fileURLWithPath: out, isDirectory: true))
        builder.peopleSince = peopleSince
        let summary: KBBuilder.Summary
        do { summary = try builder.run() } catch {
            printError("kb build: \(error)")
            throw ExitCode(2)
        }
        for (file, count) in summary.counts { print("\(file)\t\(count) entries") }
        print("wrote \(out) in \(clock.now - start)")
    }
}
