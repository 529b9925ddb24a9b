import ArgumentParser
import Foundation
import ReadoutCore

/// `readout kb`: build, inspect and extend the knowledge base.
struct KBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Build, inspect and extend the knowledge base (countries, organisations, people with dated roles, places).",
        subcommands: [KBBuildCommand.self, KBLookupCommand.self, KBStatsCommand.self, KBImportPetrarchCommand.self]
    )
}

/// Options shared by commands that read the knowledge base.
struct KBExtraOptions: ParsableArguments {
    @Option(name: .customLong("kb-extra"),
            help: "Extra knowledge-base file (TSV in the compiled format, or a JSON array of entries when it ends in .json); repeatable.")
    var extra: [String] = []

    /// The shipped knowledge base plus the extra files.
    func knowledgeBase() throws -> KnowledgeBase {
        do { return try KnowledgeBase.loading(extra: extra) } catch {
            throw ValidationError("\(error)")
        }
    }
}

/// `readout kb build`: regenerate the compiled files from the open sources.
struct KBBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile ../shared/kb-sources and the hand-kept tables into the shipped knowledge-base files."
    )

    @Option(help: "The kb-sources directory (see its SOURCES.md).")
    var sources: String = "../shared/kb-sources"

    @Option(help: "Where to write the compiled files.")
    var out: String = "Sources/ReadoutCore/Resources/kb"

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let builder = KBBuilder(sources: URL(fileURLWithPath: sources, isDirectory: true),
                                output: URL(fileURLWithPath: out, isDirectory: true))
        let summary: KBBuilder.Summary
        do { summary = try builder.run() } catch {
            printError("kb build: \(error)")
            throw ExitCode(2)
        }
        for (file, count) in summary.counts { print("\(file)\t\(count) entries") }
        print("wrote \(out) in \(clock.now - start)")
    }
}

/// `readout kb stats`: how big the shipped knowledge base is and what loading it costs.
struct KBStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Load the knowledge base and print entry counts, load time and peak memory."
    )

    @OptionGroup var extra: KBExtraOptions

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        var kb: KnowledgeBase
        do { kb = try KBLoader.loadShipped().adding(extra.extra.flatMap { try KBLoader.loadExtra(path: $0) }) } catch {
            printError("kb stats: \(error)")
            throw ExitCode(2)
        }
        let ontology = EventOntology.shipped
        let elapsed = clock.now - start
        var kinds: [EntityKind: Int] = [:]
        var roles = 0
        for e in kb.entries { kinds[e.kind, default: 0] += 1; roles += e.roles.count }
        for kind in EntityKind.allCases { print("\(kind.rawValue)\t\(kinds[kind] ?? 0)") }
        print("roles\t\(roles)")
        print("names\t\(kb.byName.count)")
        print("plover_types\t\(ontology.types.count)")
        print("cameo_codes\t\(ontology.cameo.count)")
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        print(String(format: "load_ms=%.1f peak_rss_mb=%.1f entries=%d", ms, PeakMemory.megabytes() ?? -1, kb.entries.count))
    }
}

/// `readout kb lookup NAME`: everything the knowledge base knows under a name.
struct KBLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show the entries known under a name (exact, then case-insensitive), or the holders of an office.",
        discussion: """
        Examples: `readout kb lookup Lavrov`, `readout kb lookup Kiev`, \
        `readout kb lookup "Secretary of State" --country USA --date 2020-06-01`.
        """
    )

    @Argument(help: "A name, alias, demonym or description; or an office title with --country.")
    var name: String

    @Option(help: "The date (YYYY-MM-DD) roles are resolved at; default: show all roles.")
    var date: String?

    @Option(help: "Treat NAME as an office and list its holders for this country or organisation code.")
    var country: String?

    @OptionGroup var extra: KBExtraOptions

    func validate() throws {
        if let date, !ISODay.isValid(date) { throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'") }
        if country != nil && date == nil { throw ValidationError("--country needs --date") }
    }

    func run() throws {
        let kb = try extra.knowledgeBase()
        if let country, let date {
            let refs = kb.holdings(of: name, country: country, on: date)
            if refs.isEmpty { print("no holder of '\(name)' for \(country) on \(date)") }
            for ref in refs { print(KBDescribe.entry(kb.entries[Int(ref.entry)], date: date)) }
            return
        }
        var found = kb.entries(named: name)
        if found.isEmpty {
            let folded = name.lowercased()
            found = kb.entries.filter { e in
                ([e.name] + e.aliases + e.demonyms + e.descriptions).contains { $0.lowercased() == folded }
            }
        }
        if found.isEmpty {
            print("nothing known as '\(name)'")
            throw ExitCode(1)
        }
        for e in found { print(KBDescribe.entry(e, date: date)) }
    }
}
