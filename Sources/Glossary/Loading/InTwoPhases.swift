import Dispatch
import Foundation

/// Runs the tasks of `first`, then `between` once, then (when it returns true) the tasks of
/// `second`, spread over two threads woken once.
///
/// Loading is two parallel parts with a short serial step between them (reading the files, then
/// building the indexes from all their entries). As two fork-joins, the second part started with a
/// second wake-up of the other thread, which on this machine's shared cores often takes 50 µs or
/// more before it runs, while its half of the indexes waited. Here both threads stay in one
/// `concurrentPerform`: each claims tasks from a counter, the one finishing the last task of the
/// first part runs `between`, and the other waits for it (by yielding the core, not sleeping, so
/// that it resumes without being woken).
///
/// Cannot deadlock: a thread waits only once every first-part task is claimed, and each task still
/// running is held by the other thread, which is running it; if only one thread takes part (the
/// other never woke in time), it claims every task itself and never waits.
func inTwoPhases(
    first firstCount: Int, _ first: @Sendable (Int) -> Void,
    then between: @Sendable () -> Bool,
    second secondCount: Int, _ second: @Sendable (Int) -> Void
) {
    let progress = TwoPhaseProgress(firstCount: firstCount, secondCount: secondCount)
    DispatchQueue.concurrentPerform(iterations: 2) { _ in
        while let task = progress.claimFirst() {
            first(task)
            if progress.finishFirst() { progress.open(secondPart: between()) }
        }
        guard progress.waitForSecondPart() else { return }
        while let task = progress.claimSecond() { second(task) }
    }
}

/// What `inTwoPhases` has handed out and finished, behind a lock: it changes a dozen times a load,
/// so a lock costs nothing measurable and keeps the ordering plain (everything written before an
/// unlock is seen after the next lock).
private final class TwoPhaseProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let firstCount: Int, secondCount: Int
    private var firstClaimed = 0, firstFinished = 0, secondClaimed = 0
    /// nil until `between` has run, then whether the second part runs.
    private var secondPartRuns: Bool?

    init(firstCount: Int, secondCount: Int) {
        self.firstCount = firstCount
        self.secondCount = secondCount
        // With nothing to finish there is no last task to run `between`: the first thread to
        // wait would wait for ever. (Loading always has the categories file to read.)
        precondition(firstCount > 0, "inTwoPhases needs a first-part task")
    }

    func claimFirst() -> Int? {
        lock.withLock {
            guard firstClaimed < firstCount else { return nil }
            firstClaimed += 1
            return firstClaimed - 1
        }
    }

    /// Records a finished first-part task; true for the last one.
    func finishFirst() -> Bool {
        lock.withLock {
            firstFinished += 1
            return firstFinished == firstCount
        }
    }

    func open(secondPart runs: Bool) {
        lock.withLock { secondPartRuns = runs }
    }

    /// Waits until `between` has run; returns whether the second part runs.
    func waitForSecondPart() -> Bool {
        while true {
            if let runs = lock.withLock({ secondPartRuns }) { return runs }
            // The other thread is finishing the last first-part task: give it the core if it
            // shares this one, and look again.
            sched_yield()
        }
    }

    func claimSecond() -> Int? {
        lock.withLock {
            guard secondClaimed < secondCount else { return nil }
            secondClaimed += 1
            return secondClaimed - 1
        }
    }
}
