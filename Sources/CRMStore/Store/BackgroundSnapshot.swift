#if canImport(Glibc)
import Glibc
#endif
import CRMCore
import Foundation

/// A periodic snapshot assembled from the files on a second thread while the owner goes on
/// answering writes.
///
/// Compaction copies the old snapshot and the journal, which grows with the store: at 200k leads,
/// writing a snapshot every 10,000 writes on the owner thread was a third of the time spent on
/// durable writes. The job reads only the journal bytes that were durable when it started (the
/// owner appends after them) and renames its file over the snapshot like any snapshot. Until the
/// owner then restarts the journal, the journal still holds the records the new snapshot holds,
/// which recovery skips by sequence number, so a crash at any point loses nothing.
final class BackgroundSnapshot: @unchecked Sendable {
    // @unchecked: `outcome` is written once by the job and read by the owner, both with
    // `condition` held.
    let compaction: SnapshotCompaction
    /// The change sets the new snapshot holds.
    let changeSets: Int
    private let condition = NSCondition()
    /// Set when the job has finished.
    private var outcome: Swift.Result<Bool, StorageError>?
    private var taken = false

    /// True once the job has finished (its outcome can be taken without waiting).
    var isFinished: Bool { condition.withLock { outcome != nil } }

    init(_ compaction: SnapshotCompaction, changeSets: Int, lastSeq: Int, now: Timestamp) {
        self.compaction = compaction
        self.changeSets = changeSets
        let thread = Thread { [self] in
            Self.yieldToTheOwner()
            let result: Swift.Result<Bool, StorageError>
            do throws(StorageError) {
                result = .success(try compaction.write(changeSets: changeSets, lastSeq: lastSeq, now: now))
            } catch {
                result = .failure(error)
            }
            condition.withLock {
                outcome = result
                condition.broadcast()
            }
        }
        thread.name = "snapshot"
        thread.start()
    }

    /// Lowers this thread's scheduling priority (Linux applies `setpriority` with `who` 0 to the
    /// calling thread alone). The copy is not urgent, but the owner is: at equal priority, the
    /// copy took the core from the owner, and from the threads that prepare and encode its writes,
    /// whenever all of them were ready to run. A later snapshot is only a longer journal to replay.
    private static func yieldToTheOwner() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }

    /// The job's outcome (true: written; false: the files did not line up, nothing written), once
    /// it has finished: at once when `waiting` is false (nil while it still runs), else when it does.
    /// Given once.
    func outcome(waiting: Bool) -> Swift.Result<Bool, StorageError>? {
        condition.lock()
        defer { condition.unlock() }
        while waiting, !taken, outcome == nil { condition.wait() }
        guard !taken, let outcome else { return nil }
        taken = true
        return outcome
    }
}
