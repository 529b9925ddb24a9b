import ArgumentParser
import Foundation
import ReadoutCore

/// `readout bench`: the whole pipeline in memory over a corpus, with throughput per stage.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure pipeline throughput (MB/s, documents/s, sentences/s, peak memory) on a corpus.",
        discussion: """
        Stage figures are thread CPU time, so they stay comparable on a loaded machine; \
        mb_per_cpu_s is the whole pipeline's MB per CPU second (the per-core speed). \
        Files are loaded into memory once; then reading (parsing the records), segmenting and every \
        stage run over the corpus --repeat times on --jobs cores. The last line is key=value pairs \
        for scripts: mb_per_s, docs_per_s, sentences_per_s, peak_rss_mb, and per-stage seconds.

        Example: `readout bench news/ --repeat 20` (measure a release build: `swift build -c release`).

        Exit status: 0 when the run finished (files that cannot be read are skipped with a message), \
        2 when no file could be read or the arguments are wrong.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Run over the corpus this many times.")
    var `repeat`: Int = 1

    @Option(help: "Worker threads; the default is the number of active cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Stop after reading and segmenting (no entities, time, quotes, figures or events).")
    var segmentOnly = false

    func validate() throws {
        guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let reader = input.reader
        var inputs: [(name: String, bytes: [UInt8])] = []
        for path in input.paths {
            for file in reader.files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    printError("skipped \(file): cannot read the file")
                    continue
                }
                inputs.append((file, [UInt8](data)))
            }
        }
        guard !inputs.isEmpty else {
            printError("bench: no readable files under \(input.paths.joined(separator: " "))")
            throw ExitCode(2)
        }
        let corpus = inputs
        let pipeline = segmentOnly ? ReadoutPipeline(stages: []) : ReadoutPipeline()
        let stageNames = ["read", "segment"] + pipeline.stages.map(\.name)
        let totals = BenchTotals(stageCount: stageNames.count)
        let jobs = self.jobs
        let total = inputs.count * `repeat`
        // Warm up: load the knowledge base and lexicons once, outside the timed run.
        reader.read(bytes: corpus[0].bytes, name: corpus[0].name) { outcome in
            if case .document(let document, _) = outcome { _ = pipeline.read(document) }
        }
        let clock = ContinuousClock()
        let started = clock.now
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            var local = BenchTally(stageCount: stageNames.count)
            var index = job
            while index < total {
                let item = corpus[index % corpus.count]
                var documents: [Document] = []
                let t0 = ThreadCPUTime.now()
                reader.read(bytes: item.bytes, name: item.name) { outcome in
                    if case .document(let document, _) = outcome { documents.append(document) }
                }
                local.add(stage: 0, ThreadCPUTime.now() - t0)
                local.bytes += item.bytes.count
                for document in documents {
                    let t1 = ThreadCPUTime.now()
                    let analyzed = pipeline.splitter.analyze(document.text)
                    local.add(stage: 1, ThreadCPUTime.now() - t1)
                    var readout = DocumentReadout(document: document)
                    for (offset, stage) in pipeline.stages.enumerated() {
                        let t = ThreadCPUTime.now()
                        stage.run(on: analyzed, readout: &readout)
                        local.add(stage: 2 + offset, ThreadCPUTime.now() - t)
                    }
                    local.documents += 1
                    local.sentences += analyzed.sentences.count
                }
                index += jobs
            }
            totals.merge(local)
        }
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let result = totals.snapshot()
        let megabytes = Double(result.bytes) / 1_000_000
        let peak = PeakMemory.megabytes() ?? 0
        print("corpus: \(inputs.count) files, \(String(format: "%.1f", megabytes)) MB processed (x\(`repeat`)), \(jobs) jobs")
        print(String(format: "wall: %.3f s   %.2f MB/s   %.0f documents/s   %.0f sentences/s   peak memory %.0f MB",
                     seconds, megabytes / seconds, Double(result.documents) / seconds, Double(result.sentences) / seconds, peak))
        print("per stage (thread CPU seconds summed over jobs, MB/s per core of CPU):")
        let cpuTotal = result.stageSeconds.reduce(0, +)
        for (offset, name) in stageNames.enumerated() {
            let cpu = result.stageSeconds[offset]
            print("  " + name.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: " %8.3f s   %10.1f MB/s", cpu, cpu > 0 ? megabytes / cpu : 0))
        }
        var pairs = [
            String(format: "mb_per_s=%.2f", megabytes / seconds),
            String(format: "docs_per_s=%.1f", Double(result.documents) / seconds),
            String(format: "sentences_per_s=%.1f", Double(result.sentences) / seconds),
            String(format: "peak_rss_mb=%.1f", peak),
            "jobs=\(jobs)",
            String(format: "mb_per_s_per_core=%.2f", megabytes / seconds / Double(jobs)),
            String(format: "mb_per_cpu_s=%.2f", cpuTotal > 0 ? megabytes / cpuTotal : 0),
        ]
        for (offset, name) in stageNames.enumerated() {
            pairs.append(String(format: "\(name)_s=%.4f", result.stageSeconds[offset]))
        }
        print(pairs.joined(separator: " "))
    }
}
