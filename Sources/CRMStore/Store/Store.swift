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
        self.recordsSinceSnapshot = recordsSinceSnapshot
        self.snapshotChangeSets = snapshotChangeSets
        self.journalRecords = journalRecords
    }

    /// Set when a group of appended change sets could not be made durable and was dropped from the
    /// journal: the owner must drop them from memory too (`acknowledgeLostWrites` once it has).
    public private(set) var lostWrites: StorageError?

    public func acknowledgeLostWrites() { lostWrites = nil }

    /// Buffers a change set for the journal; it becomes durable at the next `sync`.
    public func append(_ changeSet: ChangeSet) {
        guard let journal, !changeSet.isEmpty else { return }
        journal.append { RecordCodec.write(changeSet, to: &$0) }
        recordsSinceSnapshot += 1
        journalRecords += 1
    }

    /// True when change sets were appended since the last sync.
    public var hasPendingWrites: Bool { journal?.hasPending ?? false }

    /// Makes the buffered change sets durable (strict), or writes them and fsyncs at most every
    /// 100 ms (relaxed). On failure nothing of the group is on disk and the caller must drop it
    /// from memory too.
    public func sync() throws(StorageError) {
        guard let journal else { return }
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
    }

    /// Relaxed mode: nanoseconds until written records must be fsync'ed, or nil when none wait.
    public var nanosecondsUntilSyncDue: UInt64? {
        guard let journal, options.durability == .relaxed, journal.hasUnsyncedWrites else { return nil }
        let elapsed = DispatchTime.now().uptimeNanoseconds - lastFsync
        return elapsed >= StoreOptions.relaxedSyncInterval ? 0 : StoreOptions.relaxedSyncInterval - elapsed
    }

    /// fsyncs whatever relaxed mode has written (on a timer, and before stopping).
    public func syncWrittenRecords() throws(StorageError) {
        try journal?.fsyncNow()
        lastFsync = DispatchTime.now().uptimeNanoseconds
    }

    public var snapshotDue: Bool { recordsSinceSnapshot >= options.snapshotEvery }

    /// Writes the whole change log as a snapshot (atomically), then restarts the journal.
    ///
    /// When the snapshot and journal on disk hold exactly the change log, the new snapshot is
    /// assembled from them (see `SnapshotCompaction`); otherwise every change set is encoded.
    public func snapshot(_ state: CRMState, now: Timestamp) throws(StorageError) {
        guard let journal else { return }
        try sync()
        try journal.fsyncNow()
        let compaction = snapshotChangeSets.map { SnapshotCompaction(directory: directory, snapshotChangeSets: $0, journalRecords: journalRecords) }
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
