#if canImport(Glibc)
import Glibc
#endif

/// Scheduling of ingest's threads: the one writer thread sets the pace, so the pipeline threads run at a lower
/// priority and take only the CPU the writer leaves (on two cores, two pipeline threads and the writer would
/// otherwise each get two thirds of a core, and the writer would fall behind).
enum ThreadPriority {
    /// The nice value pipeline threads run at.
    static let pipelineNice: Int32 = 10

    /// Lowers the calling thread's priority (Linux, where `PRIO_PROCESS` with id 0 names the calling thread; a no-op
    /// elsewhere). Unprivileged processes cannot raise it back, which is fine: ingest's pipeline threads do nothing else.
    static func yieldToWriter() {
        #if os(Linux)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        if getpriority(which, 0) < pipelineNice { _ = setpriority(which, 0, pipelineNice) }
        #endif
    }
}
