#if canImport(Glibc)
import Glibc
#endif
import CRMCore
import Foundation
import JSON

extension Store {
    /// What opening found: the recovered state and what was done about damage.
    public struct Recovery {
        public var state: CRMState
        /// Human-readable notes for stderr (a torn tail cut off, a file moved aside).
        public var warnings: [String]
        public var snapshotChangeSets: Int
        public var journalChangeSets: Int
    }

    /// Opens the data directory: takes the lock (unless read-only), loads the newest snapshot,
    /// replays the journal after it, cuts off a torn final record, and refuses damage elsewhere
    /// unless `repair` is set.
    public static func open(_ directory: DataDirectory, options: StoreOptions, now: Timestamp) throws(StorageError) -> (Store, Recovery) {
        var lock: DataDirectoryLock? = nil
        if !options.readOnly {
            try directory.prepare()
            lock = try DataDirectoryLock(directory: directory.path)
        }
        var recovery = Recovery(state: CRMState(), warnings: [], snapshotChangeSets: 0, journalChangeSets: 0)
        var rewriteSnapshot = false
        var snapshotChangeSets: Int? = 0

        if let bytes = try JournalScan.readFile(directory.snapshotPath) {
            // Handed over, not shared: the scan writes into the buffer, and a shared 500 MB buffer
            // would be copied first.
            var state = CRMState()
            let contents = try SnapshotFile.decode(consume bytes, path: directory.snapshotPath, expecting: { changeSets, kinds in
                state.reserveCapacity(changeSets: changeSets, changes: changeSets, upserts: kinds)
            }, { state.apply($0) })
            if let damage = contents.damage {
                guard options.repair, !options.readOnly else {
                    throw .corrupted(path: directory.snapshotPath, line: damage.line, reason: damage.reason)
                }
                let aside = try moveAside(directory.snapshotPath, now: now)
                recovery.warnings.append("snapshot damaged at line \(damage.line) (\(damage.reason)); moved to \(aside), kept \(contents.changeSetCount) intact change sets")
                rewriteSnapshot = true
            }
            recovery.state = state
            recovery.snapshotChangeSets = contents.changeSetCount
            snapshotChangeSets = contents.damage == nil ? contents.changeSetCount : nil
        }

        let scan = try JournalScan.scan(path: directory.journalPath)
        var recordCount = scan.objectRanges.count
        if let corruption = scan.corruption {
            guard options.repair, !options.readOnly else {
                throw .corrupted(path: directory.journalPath, line: corruption.line, reason: corruption.reason)
            }
            let aside = try moveAside(directory.journalPath, now: now)
            try AtomicFile.write(scan.framedRecords(prefix: recordCount), to: directory.journalPath)
            recovery.warnings.append("journal damaged at line \(corruption.line) (\(corruption.reason)); moved to \(aside), kept the \(recordCount) records before it")
        } else if scan.tornTail {
            recovery.warnings.append("journal: cut off a torn final record (\(scan.fileLength - scan.intactLength) bytes after byte \(scan.intactLength)), written by a crash mid-append and never acknowledged")
            if !options.readOnly {
                guard truncate(directory.journalPath, off_t(scan.intactLength)) == 0 else {
                    throw .system(operation: "truncate", path: directory.journalPath, errno: errno)
                }
            }
        }
        let failure = scan.forEachChangeSet(0..<recordCount) { changeSet in
            // Records a snapshot already holds (a crash between snapshot and journal restart) are skipped.
            guard changeSet.seq > recovery.state.lastChangeSeq else { return }
            recovery.state.apply(changeSet)
            recovery.journalChangeSets += 1
        }
        if let failure {
            // Checksummed but undecodable: written by something else; never skipped silently.
            guard options.repair, !options.readOnly else {
                throw .corrupted(path: directory.journalPath, line: failure.index + 1, reason: "undecodable change set: \(failure.error)")
            }
            recordCount = failure.index
            recovery.warnings.append("journal line \(failure.index + 1) undecodable; kept the records before it")
            rewriteSnapshot = true
        }

        let journal = options.readOnly ? nil : try JournalWriter(path: directory.journalPath)
        let store = Store(directory: directory, options: options, lock: lock, journal: journal, recordsSinceSnapshot: recovery.journalChangeSets,
                          snapshotChangeSets: snapshotChangeSets, journalRecords: recordCount)
        if rewriteSnapshot { try store.snapshot(recovery.state, now: now) }
        return (store, recovery)
    }

    /// Renames a damaged file to `<name>.damaged-<time>` and returns the new path.
    private static func moveAside(_ path: String, now: Timestamp) throws(StorageError) -> String {
        let aside = "\(path).damaged-\(now.milliseconds)"
        guard rename(path, aside) == 0 else { throw .system(operation: "rename", path: path, errno: errno) }
        return aside
    }
}
