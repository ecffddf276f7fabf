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
    // @unchecked: `queued`, `encoded`, `encodedRecords`, `encoding` and `stopped` are read and
    // written only with `condition` held; the thread's own buffer never leaves it.
    /// Change sets the owner collects before handing them over (one lock and wake-up per batch).
    static let batchSize = 32

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
        var lines = JSONWriter(capacity: 1 << 16)
        var lineEncoder = JournalLineEncoder()
        condition.lock()
        while true {
            while queued.isEmpty, !stopped { condition.wait() }
            if stopped { break }
            swap(&batch, &queued)
            encoding = true
            condition.unlock()
            lines.removeAll(keepingCapacity: true)
            for changeSet in batch { lineEncoder.append(changeSet, to: &lines) }
            let count = batch.count
            batch.removeAll(keepingCapacity: true)
            condition.lock()
            // Usually the owner has taken the previous lines already: hand these over whole
            // instead of copying them.
            if encodedRecords == 0 {
                swap(&encoded, &lines)
            } else {
                lines.withBytes { encoded.raw($0) }
            }
            encodedRecords += count
            encoding = false
            condition.broadcast()
        }
        condition.unlock()
    }
}
