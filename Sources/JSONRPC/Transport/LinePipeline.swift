import Foundation

/// A second thread that prepares the lines of a read (see `PreparedLine`) while the owner answers
/// the ones before them.
///
/// The owner hands over every line of a read at once and reads the prepared lines in order,
/// waiting only when it has caught up with the preparing thread. The lines point into the owner's
/// read buffer, so the owner calls `finish()` before it reads into that buffer again.
///
/// The prepared lines of a batch are destroyed by the preparing thread too, after it has prepared
/// the next batch: freeing a prepared `tools/call` (its decoded params and closures) was 5 % of
/// the owner's time, and the preparing thread has time to spare while the owner answers.
final class LinePipeline<Prepared: Sendable>: @unchecked Sendable {
    // @unchecked: `lines`, `prepared`, `preparedCount`, `busy`, `retired` and `stopped` are shared
    // only with `condition` held, except the slots of `prepared` below `preparedCount`, which the
    // preparing thread has finished writing (published under the lock) and only the owner reads
    // until `finish()` retires them to the preparing thread.
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
    /// A finished batch's slots, all initialized, for the preparing thread to destroy.
    private var retired: (slots: UnsafeMutablePointer<Prepared>, count: Int)?

    init(prepare: @escaping @Sendable (UnsafeRawBufferPointer) -> Prepared) {
        self.prepare = prepare
        let thread = Thread { [self] in run() }
        thread.name = "line-preparer"
        thread.start()
    }

    deinit {
        // The thread holds the pipeline while it runs, so it has ended: nothing else touches these
        // (a batch is left here only when the thread never got to run).
        if let retired { Self.destroy(retired) }
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

    /// The prepared form of the next line, in order, valid until `finish()`; waits if the
    /// preparing thread is behind.
    func next() -> UnsafePointer<Prepared> {
        if taken == knownReady {
            condition.lock()
            while preparedCount == taken { condition.wait() }
            knownReady = preparedCount
            condition.unlock()
        }
        defer { taken += 1 }
        return UnsafePointer(prepared! + taken)
    }

    /// Waits for the preparing thread to let go of the batch, and leaves its prepared lines (taken
    /// or not) for that thread to destroy.
    func finish() {
        condition.lock()
        while busy { condition.wait() }
        // The thread took the batch before this one when it started on this one, so none waits.
        if let prepared { retired = (prepared, preparedCount) }
        condition.unlock()
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
            let finished = retired
            retired = nil
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
            if let finished { Self.destroy(finished) }  // once this batch is ready
            condition.lock()
        }
        let last = retired
        retired = nil
        condition.unlock()
        if let last { Self.destroy(last) }
    }

    private static func destroy(_ slots: (slots: UnsafeMutablePointer<Prepared>, count: Int)) {
        slots.slots.deinitialize(count: slots.count)
        slots.slots.deallocate()
    }
}
