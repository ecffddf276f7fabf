import CRMCore
import Foundation
import JSON

/// Encodes appended change sets as framed journal lines on a second thread, while the owner goes
/// on with the next requests of the group.
///
/// Encoding a record and its checksum was a fifth of the owner's time per durable write. The owner
/// hands change sets over in batches and, when the group settles, waits for the last of them and
/// takes the lines in the order they were appended: the same bytes as encoding them in place, and
/// the group is still written and fsync'ed by the owner before any answer leaves.
final class JournalEncoder: @unchecked Sendable {
    // @unchecked: `queued`, `encodedRecords`, `encoding` and `stopped` are read and written only
    // with `condition` held. `encoded` belongs to the thread while `encoding` is true (it appends
    // the batch's lines to it without the lock) and to the owner otherwise: `drain` reads it only
    // with the lock held and `encoding` false, so the thread cannot start another batch meanwhile.
    /// Change sets the owner collects before handing them over (one lock and wake-up per batch).
    /// Each wake-up can cost the owner its core, as the encoder preempts it when the other core is
    /// busy: at 32, 200k pipelined writes made 9–13k context switches, at 256 about 2.7k.
    static let batchSize = 256

    private let condition = NSCondition()
    private var queued: [ChangeSet] = []
    private var encoded = JSONWriter(capacity: 1 << 16)
    private var encodedRecords = 0
    /// True while the thread encodes a batch it has taken off `queued`.
    private var encoding = false
    private var stopped = false

    init() {
        let thread = Thread { [self] in run() }
        thread.name = "journal-encoder"
        thread.start()
    }

    func enqueue(_ batch: [ChangeSet]) {
        condition.lock()
        queued += batch
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until everything enqueued is encoded, then moves the framed lines into `journal`.
    func drain(into journal: JournalWriter) {
        condition.lock()
        defer { condition.unlock() }
        while !queued.isEmpty || encoding { condition.wait() }
        guard encodedRecords > 0 else { return }
        encoded.withBytes { journal.append(framedLines: $0, records: encodedRecords) }
        encoded.removeAll(keepingCapacity: true)
        encodedRecords = 0
    }

    /// Ends the thread (the store is going away; nothing is enqueued after this).
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func run() {
        var batch: [ChangeSet] = []
        var lineEncoder = JournalLineEncoder()
        condition.lock()
        while true {
            while queued.isEmpty, !stopped { condition.wait() }
            if stopped { break }
            swap(&batch, &queued)
            encoding = true
            condition.unlock()
            // Straight after the lines not yet drained: a buffer of the thread's own copied into
            // `encoded` under the lock cost a copy of every line.
            Self.append(batch, with: &lineEncoder, to: &encoded)
            let count = batch.count
            batch.removeAll(keepingCapacity: true)
            condition.lock()
            encodedRecords += count
            encoding = false
            condition.broadcast()
        }
        condition.unlock()
    }

    /// One access to `encoded` for the whole batch rather than one per change set.
    private static func append(_ batch: [ChangeSet], with lineEncoder: inout JournalLineEncoder, to lines: inout JSONWriter) {
        for changeSet in batch { lineEncoder.append(changeSet, to: &lines) }
    }
}
