import Foundation

/// Writes and fsyncs journal groups on a thread of its own, one group at a time, and runs what was
/// waiting on a group (writing its answers out) once the group is durable.
///
/// With the group's write(2) and fsync(2) on the owner, the owner stopped at every read of a
/// pipelining client until the disk answered (a sixth of its time at 200k writes). Here the owner
/// hands the group over and answers the next read meanwhile; before it settles that one, it waits
/// for this group (`wait`). Nothing of a group is acknowledged before its fsync: its answers are
/// released only after it, on this thread, and not at all when it fails.
final class GroupCommitter: @unchecked Sendable {
    // @unchecked: `job`, `outcome` and `stopped` are shared only with `condition` held.
    struct Job {
        let journal: JournalWriter
        let group: JournalGroup
        /// Runs on this thread once the group is durable, never when it failed.
        let release: @Sendable () -> Void
    }

    private let condition = NSCondition()
    private var job: Job?
    /// The finished group, with the failure that lost it if any.
    private var outcome: (group: JournalGroup, failure: StorageError?)?
    private var stopped = false

    init() {
        let thread = Thread { [self] in run() }
        thread.name = "group-commit"
        thread.start()
    }

    /// Starts on `job`; the previous one must have been waited for.
    func start(_ job: Job) {
        condition.lock()
        precondition(self.job == nil && outcome == nil, "GroupCommitter.start with a group in flight")
        self.job = job
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the group started last is written and fsync'ed, or has failed (and is cut back
    /// off the file); gives its buffer back.
    func wait() -> (group: JournalGroup, failure: StorageError?) {
        condition.lock()
        defer { condition.unlock() }
        while outcome == nil { condition.wait() }
        defer { outcome = nil }
        return outcome!
    }

    /// Ends the thread once it is idle (nothing is started after this).
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func run() {
        condition.lock()
        while true {
            while job == nil, !stopped { condition.wait() }
            guard let job else { break }
            condition.unlock()
            var failure: StorageError? = nil
            do {
                try job.journal.write(job.group, durably: true)
            } catch {
                failure = error
            }
            if failure == nil { job.release() }
            condition.lock()
            self.job = nil
            outcome = (job.group, failure)
            condition.broadcast()
        }
        condition.unlock()
    }
}
