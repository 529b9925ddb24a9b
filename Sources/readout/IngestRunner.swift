import Foundation
import ReadoutCore
import ReadoutStore

/// Runs ingest: documents gathered in bounded batches, read by the pipeline on all cores, and written by one
/// writer thread in one transaction per batch while the next batch is being read.
final class IngestRunner {
    /// One unit of input: a document to read, or a stored-readout JSON line (`--readouts`).
    enum Item {
        case document(Document)
        case readoutLine(Data, location: String)

        var bytes: Int {
            switch self {
            case .document(let document): return document.text.utf8.count
            case .readoutLine(let data, _): return data.count
            }
        }
    }

    let store: any ReadoutStore
    let pipeline: ReadoutPipeline
    let jobs: Int
    let batchDocuments: Int
    let batchBytes: Int
    let progress: IngestProgress
    /// What the run did so far (read on the calling thread only).
    var summary = IngestSummary()

    private var pending: [Item] = []
    private var pendingBytes = 0
    private let writeQueue = DispatchQueue(label: "readout.ingest.writer")
    /// Batches read ahead of the writer: two, so that a batch the writer takes longer on (a checkpoint) does not
    /// leave the pipeline waiting, nor a batch the pipeline takes longer on leave the writer idle.
    private let inFlight = DispatchSemaphore(value: 2)
    private let written = WriterTally()
    /// CPU seconds the pipeline threads spent reading and preparing readouts.
    private let readCPU = CPUTally()
    /// Recent CPU seconds per batch of reading and of writing (`threadsForNextBatch`).
    private var recentReadCPU = RecentAverage()
    private var recentWriteCPU = RecentAverage()

    init(store: any ReadoutStore, pipeline: ReadoutPipeline, jobs: Int, batchDocuments: Int = 256, batchBytes: Int = 8 << 20,
         progress: IngestProgress) {
        self.store = store
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.batchDocuments = batchDocuments
        self.batchBytes = batchBytes
        self.progress = progress
    }

    /// Queues one item, processing a batch when the window is full.
    func add(_ item: Item) throws {
        pending.append(item)
        pendingBytes += item.bytes
        if pending.count >= batchDocuments || pendingBytes >= batchBytes { try flush() }
    }

    /// Records a skipped record.
    func skip(_ problem: String) {
        summary.problems.append(problem)
    }

    /// Processes what is queued and waits for every write to commit.
    func finish() throws {
        try flush()
        writeQueue.sync {}
        summary.written = try written.result()
        summary.writeCPUSeconds = written.cpuSeconds
        summary.writeSeconds = written.wallSeconds
        summary.readCPUSeconds = readCPU.seconds
    }

    /// Reads the queued batch on all cores and hands the readouts to the writer.
    private func flush() throws {
        _ = try written.result()
        guard !pending.isEmpty else { return }
        var batch = pending
        let bytes = pendingBytes
        pending = []
        pendingBytes = 0
        // Documents already stored with the same content are skipped before the pipeline runs.
        let ids = batch.compactMap { item -> String? in if case .document(let d) = item { return d.id } else { return nil } }
        let stored = try store.storedHashes(forIDs: ids)
        if !stored.isEmpty {
            let before = batch.count
            batch.removeAll { item in
                if case .document(let d) = item { return stored[d.id] == d.sha256 }
                return false
            }
            summary.alreadyStored += before - batch.count
        }
        let readBefore = readCPU.seconds
        let results = process(batch, threads: threadsForNextBatch())
        recentReadCPU.add(readCPU.seconds - readBefore)
        if let writeCPU = written.takeLastBatchCPUSeconds() { recentWriteCPU.add(writeCPU) }
        var readouts: [PreparedReadout] = []
        readouts.reserveCapacity(results.count)
        for result in results {
            switch result {
            case .success(let readout): readouts.append(readout)
            case .failure(let problem): summary.problems.append(problem.description)
            }
        }
        let alreadyStored = ids.count - batch.filter { if case .document = $0 { return true } else { return false } }.count
        summary.read += readouts.count + alreadyStored
        summary.bytes += bytes
        progress.advance(documents: results.count + alreadyStored, bytes: bytes)
        submit(readouts)
    }

    /// Runs the pipeline (or decodes readout lines) over a batch on `jobs` threads, and prepares the readouts for
    /// the writer there too (encoded, keyed).
    private func process(_ batch: [Item], threads: Int) -> [Result<PreparedReadout, ReadProblem>] {
        let count = batch.count
        guard count > 0 else { return [] }
        let output = SendableBuffer<Result<PreparedReadout, ReadProblem>>(count: count,
                                                                          filler: .failure(ReadProblem(location: "", message: "")))
        let next = SendableCounter()
        let pipeline = self.pipeline
        let cpu = self.readCPU
        DispatchQueue.concurrentPerform(iterations: min(threads, count)) { _ in
            let decoder = JSONDecoder()
            let started = ThreadCPUTime.now()
            defer { cpu.add(ThreadCPUTime.now() - started) }
            while true {
                let index = next.take()
                guard index < count else { return }
                switch batch[index] {
                case .document(let document):
                    do {
                        output[index] = .success(try PreparedReadout(pipeline.read(document)))
                    } catch {
                        output[index] = .failure(ReadProblem(location: document.id, message: "cannot encode the readout: \(error)"))
                    }
                case .readoutLine(let data, let location):
                    do {
                        output[index] = .success(try PreparedReadout(decoder.decode(DocumentReadout.self, from: data)))
                    } catch {
                        output[index] = .failure(ReadProblem(location: location, message: "not a readout: \(error)"))
                    }
                }
            }
        }
        return output.values()
    }

    /// How many pipeline threads read the next batch.
    ///
    /// The writer thread runs beside them. Unless reading clearly takes longer than writing (a quarter more CPU
    /// than the writer's, per pipeline thread, over recent batches), one core is left to the writer: a pipeline
    /// thread on every core would only take CPU from the writer (three threads on two cores give each two thirds
    /// of one), and with reading and writing about even, one thread each is the fastest either can go. On 100,000
    /// documents on 2 cores, deciding batch by batch without the margin ran 92–106 s, one core each 85 s.
    private func threadsForNextBatch() -> Int {
        guard jobs > 1, let read = recentReadCPU.value, let write = recentWriteCPU.value else { return jobs }
        return read > 1.25 * write * Double(jobs - 1) ? jobs : jobs - 1
    }

    /// Hands readouts to the writer thread, waiting while the previous batch is still being written.
    private func submit(_ readouts: [PreparedReadout]) {
        inFlight.wait()
        let store = self.store
        let written = self.written
        let inFlight = self.inFlight
        writeQueue.async {
            defer { inFlight.signal() }
            let started = ThreadCPUTime.now()
            let startedWall = DispatchTime.now().uptimeNanoseconds
            do {
                let report = try store.write(readouts)
                written.add(report, cpuSeconds: ThreadCPUTime.now() - started,
                            wallSeconds: Double(DispatchTime.now().uptimeNanoseconds - startedWall) / 1e9)
            } catch {
                written.fail(error)
            }
        }
    }
}

/// The writer thread's reports, merged under a lock; the first error stops the run.
final class WriterTally: @unchecked Sendable {
    private let lock = NSLock()
    private var report = WriteReport()
    private var error: (any Error)?
    private var cpu = 0.0
    private var wall = 0.0
    private var lastCPU: Double?

    func add(_ other: WriteReport, cpuSeconds: Double, wallSeconds: Double) {
        lock.lock()
        report.add(other)
        cpu += cpuSeconds
        wall += wallSeconds
        lastCPU = cpuSeconds
        lock.unlock()
    }

    /// Wall-clock seconds the writer thread spent in writes so far.
    var wallSeconds: Double {
        lock.lock()
        defer { lock.unlock() }
        return wall
    }

    /// CPU seconds the writer thread spent on the last batch it wrote, once (nil when no batch was written since).
    func takeLastBatchCPUSeconds() -> Double? {
        lock.lock()
        defer { lock.unlock() }
        let last = lastCPU
        lastCPU = nil
        return last
    }

    /// CPU seconds the writer thread spent in writes so far.
    var cpuSeconds: Double {
        lock.lock()
        defer { lock.unlock() }
        return cpu
    }

    func fail(_ error: any Error) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }

    /// The merged report, or the writer's first error.
    func result() throws -> WriteReport {
        lock.lock()
        defer { lock.unlock() }
        if let error { throw error }
        return report
    }
}

/// A fixed-size buffer that worker threads fill at distinct indexes.
final class SendableBuffer<Element>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Element>

    init(count: Int, filler: Element) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: filler)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    subscript(index: Int) -> Element {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    func values() -> [Element] { Array(storage) }
}

/// A shared counter handing out the next index to process.
final class SendableCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}

/// CPU seconds summed over threads, under a lock.
final class CPUTally: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0.0

    func add(_ seconds: Double) {
        lock.lock()
        total += seconds
        lock.unlock()
    }

    /// The sum so far.
    var seconds: Double {
        lock.lock()
        defer { lock.unlock() }
        return total
    }
}
