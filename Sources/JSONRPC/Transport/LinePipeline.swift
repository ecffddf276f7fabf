import Foundation

/// A second thread that prepares the lines of a read (see `PreparedLine`) while the owner answers
/// the ones before them.
///
/// The owner hands over every line of a read at once and takes the prepared lines back in order,
/// waiting only when it has caught up with the preparing thread. The lines point into the owner's
/// read buffer, so the owner calls `finish()` before it reads into that buffer again.
final class LinePipeline<Prepared: Sendable>: @unchecked Sendable {
    // @unchecked: `lines`, `prepared`, `preparedCount`, `busy` and `stopped` are shared only with
    // `condition` held, except the slots of `prepared` below `preparedCount`, which the preparing
    // thread has finished writing (published under the lock) and only the owner reads.
    /// Lines prepared between two publications: one lock per this many lines.
    static var publishEvery: Int { 16 }

    private let prepare: @Sendable (UnsafeRawBufferPointer) -> Prepared
    private let condition = NSCondition()
    private var lines: [UnsafeRawBufferPointer] = []
    private var prepared: UnsafeMutablePointer<Prepared>?
    private var preparedCount = 0
    /// True from `start` until the preparing thread has done every line of the batch.
    private var busy = false
    private var stopped = false
    /// How many the owner knows to be ready without taking the lock.
    private var knownReady = 0
    private var taken = 0

    init(prepare: @escaping @Sendable (UnsafeRawBufferPointer) -> Prepared) {
        self.prepare = prepare
        let thread = Thread { [self] in run() }
        thread.name = "line-preparer"
        thread.start()
    }

    deinit {
        prepared?.deallocate()
    }

    /// Starts preparing `batch` (not empty), whose bytes must stay valid until `finish()`.
    func start(_ batch: [UnsafeRawBufferPointer]) {
        precondition(!batch.isEmpty, "LinePipeline.start with no lines")
        condition.lock()
        precondition(!busy, "LinePipeline.start while a batch is in flight")
        lines = batch
        prepared = UnsafeMutablePointer<Prepared>.allocate(capacity: batch.count)
        preparedCount = 0
        knownReady = 0
        taken = 0
        busy = true
        condition.broadcast()
        condition.unlock()
    }

    /// The prepared form of the next line, in order; waits if the preparing thread is behind.
    func next() -> Prepared {
        if taken == knownReady {
            condition.lock()
            while preparedCount == taken { condition.wait() }
            knownReady = preparedCount
            condition.unlock()
        }
        defer { taken += 1 }
        return (prepared! + taken).move()
    }

    /// Waits for the preparing thread to let go of the batch; lines not taken are discarded.
    func finish() {
        condition.lock()
        while busy { condition.wait() }
        let count = preparedCount
        condition.unlock()
        if let prepared {
            (prepared + taken).deinitialize(count: count - taken)
            prepared.deallocate()
        }
        prepared = nil
        lines = []
    }

    /// Ends the thread.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func run() {
        condition.lock()
        while true {
            while !busy, !stopped { condition.wait() }
            if stopped { break }
            let batch = lines, slots = prepared!
            condition.unlock()
            var done = 0
            while done < batch.count {
                let end = min(done + Self.publishEvery, batch.count)
                for index in done..<end { (slots + index).initialize(to: prepare(batch[index])) }
                done = end
                condition.lock()
                preparedCount = done
                if done == batch.count { busy = false }
                condition.broadcast()
                condition.unlock()
            }
            condition.lock()
        }
        condition.unlock()
    }
}
