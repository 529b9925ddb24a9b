import ArgumentParser
import Foundation
import ReadoutCore

/// `readout kb stats`: how big the shipped knowledge base is and what loading it costs.
struct KBStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Load the knowledge base and print entry counts, load time and peak memory.",
        discussion: """
        Set KB_TIMING=1 to also print the CPU time of reading, decoding and indexing each file. \
        Exit status: 0 on success, 2 when the knowledge base or an --kb-extra file cannot be read.
        """
    )

    @OptionGroup var extra: KBExtraOptions

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = ThreadCPUTime.now()
        var kb: KnowledgeBase
        do { kb = try KBLoader.loadShipped().adding(extra.extra.flatMap { try KBLoader.loadExtra(path: $0) }) } catch {
            printError("kb stats: \(error)")
            throw ExitCode(2)
        }
        let ontology = EventOntology.shipped
        let elapsed = clock.now - start
        let cpu = ThreadCPUTime.now() - cpuStart
        if ProcessInfo.processInfo.environment["KB_TIMING"] != nil, let dir = KBLoader.shippedDirectory {
            var all: [KBEntry] = []
            for name in KBLoader.entryFiles {
                let t0 = ThreadCPUTime.now()
                let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) ?? Data()
                let t1 = ThreadCPUTime.now()
                var problems: [KBLineFormat.LineProblem] = []
                let entries = KBLineFormat.decode(data, problems: &problems)
                let t2 = ThreadCPUTime.now()
                all += entries
                print(String(format: "%@: read %.1f ms decode %.1f ms (CPU)", name, (t1 - t0) * 1000, (t2 - t1) * 1000))
            }
            let t3 = ThreadCPUTime.now()
            _ = KnowledgeBase(entries: all)
            print(String(format: "index %.1f ms (CPU)", (ThreadCPUTime.now() - t3) * 1000))
            let t4 = ThreadCPUTime.now()
            _ = EventOntologyFormat.load(directory: dir)
            print(String(format: "ontology %.1f ms (CPU)", (ThreadCPUTime.now() - t4) * 1000))
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
}
