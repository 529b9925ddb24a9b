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

    /// The standard pipeline, its entity stage reading the extra files too when there are any.
    func pipeline() throws -> ReadoutPipeline {
        if extra.isEmpty { return ReadoutPipeline() }
        let kb = try knowledgeBase()
        return ReadoutPipeline(stages: ReadoutPipeline.standardStages().map { $0 is EntityStage ? EntityStage(knowledgeBase: kb) : $0 })
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
        let cpuStart = KBStatsCommand.cpuSeconds()
        var kb: KnowledgeBase
        do { kb = try KBLoader.loadShipped().adding(extra.extra.flatMap { try KBLoader.loadExtra(path: $0) }) } catch {
            printError("kb stats: \(error)")
            throw ExitCode(2)
        }
        let ontology = EventOntology.shipped
        let elapsed = clock.now - start
        let cpu = KBStatsCommand.cpuSeconds() - cpuStart
        if ProcessInfo.processInfo.environment["KB_TIMING"] != nil, let dir = KBLoader.shippedDirectory {
            var all: [KBEntry] = []
            for name in KBLoader.entryFiles {
                let t0 = Self.cpuSeconds()
                let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) ?? Data()
                let t1 = Self.cpuSeconds()
                var problems: [KBLineFormat.LineProblem] = []
                let entries = KBLineFormat.decode(data, problems: &problems)
                let t2 = Self.cpuSeconds()
                all += entries
                print(String(format: "%@: read %.1f ms decode %.1f ms (CPU)", name, (t1 - t0) * 1000, (t2 - t1) * 1000))
            }
            let t3 = Self.cpuSeconds()
            _ = KnowledgeBase(entries: all)
            print(String(format: "index %.1f ms (CPU)", (Self.cpuSeconds() - t3) * 1000))
            let t4 = Self.cpuSeconds()
            _ = EventOntologyFormat.load(directory: dir)
            print(String(format: "ontology %.1f ms (CPU)", (Self.cpuSeconds() - t4) * 1000))
        }
        var kinds: [EntityKind: Int] = [:]
        var roles = 0
        for e in kb.entries { kinds[e.kind, default: 0] += 1; roles += e.roles.count }
        for kind in EntityKind.allCases { print("\(kind.rawValue)\t\(kinds[kind] ?? 0)") }
        print("roles\t\(roles)")
        print("names\t\(kb.byName.count)")
        print("plover_types\t\(ontology.types.count)")
        print("cameo_codes\t\(ontology.cameo.count)")
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        print(String(format: "load_ms=%.1f load_cpu_ms=%.1f peak_rss_mb=%.1f entries=%d", ms, cpu * 1000,
                     PeakMemory.megabytes() ?? -1, kb.entries.count))
    }

    /// CPU time used by this thread so far, in seconds (wall time is unreliable on a busy machine).
    static func cpuSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
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
