#if canImport(Glibc)
import Glibc
#endif
import CRMCore
import Foundation
import JSON

/// The durable side of the CRM, Redis-style: the state lives in memory, every change set is appended
/// to a journal, and snapshots compact the journal.
///
/// The owner (the single server loop) calls `append` for each applied change set and `sync` once per
/// input chunk before releasing answers (group commit). `open` recovers the state from the newest
/// snapshot plus the journal.
public final class Store {
    public let directory: DataDirectory
    public let options: StoreOptions
    private let lock: DataDirectoryLock?
    private let journal: JournalWriter?
    /// Journal records since the last snapshot (a snapshot is due at `options.snapshotEvery`).
    public private(set) var recordsSinceSnapshot: Int
    private var lastFsync = DispatchTime.now().uptimeNanoseconds
    /// Change sets in the snapshot file on disk, when it is known intact (nil: encode the next one in full).
    private var snapshotChangeSets: Int?
    /// Records in the journal file (appended ones included once written).
    private var journalRecords: Int

    init(directory: DataDirectory, options: StoreOptions, lock: DataDirectoryLock?, journal: JournalWriter?, recordsSinceSnapshot: Int,
         snapshotChangeSets: Int?, journalRecords: Int) {
        self.directory = directory
        self.options = options
        self.lock = lock
        self.journal = journal
        self.encoder = journal == nil ? nil : JournalEncoder()
        self.recordsSinceSnapshot = recordsSinceSnapshot
        self.snapshotChangeSets = snapshotChangeSets
        self.journalRecords = journalRecords
    }

    /// Set when a group of appended change sets could not be made durable and was dropped from the
    /// journal: the owner must drop them from memory too (`acknowledgeLostWrites` once it has).
    /// Until then nothing more is written: memory holds changes the disk does not, and a later
    /// group or snapshot would make them, or changes built on them, durable.
    public private(set) var lostWrites: StorageError?

    /// Set with `lostWrites` when the group lost is the one `syncInBackground` started, whose
    /// answers were therefore never released; otherwise only the group being settled was lost.
    public private(set) var lostBackgroundGroup = false

    public func acknowledgeLostWrites() {
        lostWrites = nil
        lostBackgroundGroup = false
    }

    /// Throws the unacknowledged loss, if any: see `lostWrites`.
    private func refuseWhileLost() throws(StorageError) {
        if let lostWrites { throw lostWrites }
    }

    /// Encodes appended change sets on a second thread (nil when read-only).
    private let encoder: JournalEncoder?
    /// Change sets appended but not yet handed to the encoder.
    private var unencoded: [ChangeSet] = []
    /// Change sets appended since the last sync.
    private var appendedSinceSync = 0

    /// Writes and fsyncs groups in the background (made on first use).
    private var committer: GroupCommitter?
    /// Records of the group `committer` is writing, while it is.
    private var committing: Int?

    deinit {
        encoder?.stop()
        committer?.stop()
    }

    /// Buffers a change set for the journal; it becomes durable at the next `sync`.
    public func append(_ changeSet: ChangeSet) {
        guard let encoder, !changeSet.isEmpty else { return }
        unencoded.append(changeSet)
        if unencoded.count >= JournalEncoder.batchSize {
            encoder.enqueue(unencoded)
            unencoded.removeAll(keepingCapacity: true)
        }
        appendedSinceSync += 1
        recordsSinceSnapshot += 1
        journalRecords += 1
    }

    /// True when change sets were appended since the last sync.
    public var hasPendingWrites: Bool { appendedSinceSync > 0 || journal?.hasPending == true }

    /// Moves every appended change set, encoded, into the journal's buffer.
    private func collectEncoded() {
        guard let encoder, let journal, appendedSinceSync > 0 else { return }
        if appendedSinceSync == unencoded.count {
            // A small group never handed over (an interactive write): encoding it here is quicker
            // than waking the encoder and waiting for it.
            for changeSet in unencoded { journal.append { RecordCodec.write(changeSet, to: &$0) } }
        } else {
            if !unencoded.isEmpty { encoder.enqueue(unencoded) }
            encoder.drain(into: journal)
        }
        unencoded.removeAll(keepingCapacity: true)
        appendedSinceSync = 0
    }

    /// Makes the buffered change sets durable (strict), or writes them and fsyncs at most every
    /// 100 ms (relaxed). On failure nothing of the group is on disk and the caller must drop it
    /// from memory too.
    public func sync() throws(StorageError) {
        guard let journal else { return }
        try awaitBackgroundSync()
        try refuseWhileLost()
        collectEncoded()
        let pendingRecords = journal.pendingRecords
        do {
            switch options.durability {
            case .strict:
                try journal.sync(durably: true)
            case .relaxed:
                let now = DispatchTime.now().uptimeNanoseconds
                let due = now - lastFsync >= StoreOptions.relaxedSyncInterval
                try journal.sync(durably: due)
                if due { lastFsync = now }
            }
        } catch {
            journalRecords -= pendingRecords  // the group was cut back off the file
            lostWrites = error
            throw error
        }
        syncs += 1
    }

    /// Successful `sync` calls so far. A write made before the count moved is on disk even if the
    /// group it was answered in is lost later (`server.snapshot` syncs in the middle of a group).
    public private(set) var syncs = 0

    /// Starts making the buffered change sets durable on another thread and returns at once;
    /// `release` runs there once they are. Strict durability only: relaxed groups are not
    /// fsync'ed one by one, so `sync` is as quick. The caller must call `awaitBackgroundSync`
    /// before anything else but appending, and must not acknowledge the group itself: a group
    /// that fails never runs `release`.
    public func syncInBackground(then release: @escaping @Sendable () -> Void) throws(StorageError) {
        precondition(options.durability == .strict, "syncInBackground in relaxed mode")
        guard let journal else { return release() }
        try awaitBackgroundSync()
        try refuseWhileLost()
        collectEncoded()
        let group = journal.takeGroup()
        let committer = committer ?? GroupCommitter()
        self.committer = committer
        committing = group.records
        committer.start(GroupCommitter.Job(journal: journal, group: group, release: release))
    }

    /// Waits for the group `syncInBackground` started, if any. On failure the group is cut back
    /// off the file and `lostWrites` is set, as with `sync`; what was appended since is still
    /// buffered, and the caller drops it (`discardUnsynced`) with the group.
    public func awaitBackgroundSync() throws(StorageError) {
        guard let records = committing, let committer, let journal else { return }
        committing = nil
        var (group, failure) = committer.wait()
        journal.recycle(&group)
        if let failure {
            journalRecords -= records
            lostWrites = failure
            lostBackgroundGroup = true
            throw failure
        }
    }

    /// Drops the change sets appended since the last group was handed over: they followed a group
    /// that was lost, and go from memory with it.
    public func discardUnsynced() {
        guard let journal else { return }
        collectEncoded()
        journalRecords -= journal.pendingRecords
        journal.discardPending()
    }

    /// True when the next settle has snapshot work to do (one is due, or a background one has
    /// finished), which needs the journal settled: no group may be in flight then.
    public var hasSnapshotWork: Bool {
        if let background { return background.isFinished }
        return snapshotDue
    }

    /// Relaxed mode: nanoseconds until written records must be fsync'ed, or nil when none wait.
    public var nanosecondsUntilSyncDue: UInt64? {
        guard let journal, options.durability == .relaxed, journal.hasUnsyncedWrites else { return nil }
        let elapsed = DispatchTime.now().uptimeNanoseconds - lastFsync
        return elapsed >= StoreOptions.relaxedSyncInterval ? 0 : StoreOptions.relaxedSyncInterval - elapsed
    }

    /// fsyncs whatever relaxed mode has written (on a timer, and before stopping).
    public func syncWrittenRecords() throws(StorageError) {
        try awaitBackgroundSync()
        try refuseWhileLost()
        try journal?.fsyncNow()
        lastFsync = DispatchTime.now().uptimeNanoseconds
    }

    public var snapshotDue: Bool { recordsSinceSnapshot >= options.snapshotEvery }

    /// A periodic snapshot being written on another thread, if any.
    private var background: BackgroundSnapshot?

    /// True while a periodic snapshot is being written on another thread.
    public var snapshotInProgress: Bool { background != nil }

    /// The periodic snapshot, called after each group is durable: takes over a finished background
    /// snapshot, and when one is due starts the next. It is assembled from the files on another
    /// thread when they line up with memory; otherwise the change log is encoded here, as
    /// `snapshot` does. A failure leaves the journal holding everything; the next call tries again.
    public func snapshotIfDue(_ state: CRMState, now: Timestamp) throws(StorageError) {
        try awaitBackgroundSync()
        try refuseWhileLost()
        try finishBackgroundSnapshot(waiting: false, state, now: now)
        guard background == nil, snapshotDue, let journal else { return }
        guard let snapshotChangeSets else { return try snapshot(state, now: now) }
        try sync()
        try journal.fsyncNow()
        let compaction = SnapshotCompaction(directory: directory, snapshotChangeSets: snapshotChangeSets, journalRecords: journalRecords,
                                            journalLength: journal.durableLength)
        background = BackgroundSnapshot(compaction, changeSets: state.changeLog.count, lastSeq: state.changeLog.last?.seq ?? 0, now: now)
    }

    /// Takes over a background snapshot that has finished (with `waiting`, once it has): the journal
    /// restarts with the records written since it began.
    private func finishBackgroundSnapshot(waiting: Bool, _ state: CRMState, now: Timestamp) throws(StorageError) {
        guard let job = background, let outcome = job.outcome(waiting: waiting), let journal else { return }
        background = nil
        switch outcome {
        case .failure(let error):
            throw error
        case .success(false):
            try snapshot(state, now: now)  // the files did not line up with memory: encode it all
        case .success(true):
            // Unknown until the journal has restarted: a failure there leaves records the snapshot holds in it.
            snapshotChangeSets = nil
            try sync()
            try journal.fsyncNow()
            try journal.restart(keepingFrom: job.compaction.journalLength)
            snapshotChangeSets = job.changeSets
            journalRecords -= job.compaction.journalRecords
            recordsSinceSnapshot = journalRecords
        }
    }

    /// Writes the whole change log as a snapshot (atomically), then restarts the journal; first waits
    /// for a background snapshot still being written.
    ///
    /// When the snapshot and journal on disk hold exactly the change log, the new snapshot is
    /// assembled from them (see `SnapshotCompaction`); otherwise every change set is encoded.
    public func snapshot(_ state: CRMState, now: Timestamp) throws(StorageError) {
        guard let journal else { return }
        try awaitBackgroundSync()
        try refuseWhileLost()
        try finishBackgroundSnapshot(waiting: true, state, now: now)
        try sync()
        try journal.fsyncNow()
        let compaction = snapshotChangeSets.map {
            SnapshotCompaction(directory: directory, snapshotChangeSets: $0, journalRecords: journalRecords, journalLength: journal.durableLength)
        }
        if try compaction?.write(changeLog: state.changeLog, now: now) != true {
            try AtomicFile.write(SnapshotFile.encode(state.changeLog, createdAt: now), to: directory.snapshotPath)
        }
        snapshotChangeSets = state.changeLog.count
        // A crash here leaves journal records the snapshot already holds; recovery skips them by seq.
        try journal.reset()
        journalRecords = 0
        recordsSinceSnapshot = 0
    }
}
