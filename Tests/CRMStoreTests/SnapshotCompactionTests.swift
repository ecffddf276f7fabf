import CRMCore
import CRMStore
import Foundation
import JSON
import Testing

/// Snapshots assembled from the files on disk must be the very bytes a full encode writes.
@Suite("Snapshot compaction")
struct SnapshotCompactionTests {
    static func snapshotBytes(_ directory: DataDirectory) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: directory.snapshotPath)))
    }

    @Test("every snapshot equals a full encode, across snapshots, reopening and relaxed mode", arguments: [StoreOptions.Durability.strict, .relaxed])
    func sameBytes(durability: StoreOptions.Durability) throws {
        let directory = try StoreTests.freshDirectory()
        let demo = try DemoData.state(now: StoreTests.now)
        let thirds = [0, demo.changeLog.count / 3, 2 * demo.changeLog.count / 3, demo.changeLog.count]
        var state = CRMState()
        for part in 0..<3 {
            let (store, _) = try Store.open(directory, options: StoreOptions(durability: durability), now: StoreTests.now)
            for changeSet in demo.changeLog[thirds[part]..<thirds[part + 1]] {
                state.apply(changeSet)
                store.append(changeSet)
                if changeSet.seq % 97 == 0 { try store.sync() }
            }
            try store.snapshot(state, now: StoreTests.now)
            #expect(try Self.snapshotBytes(directory) == SnapshotFile.encode(state.changeLog, createdAt: StoreTests.now), "part \(part)")
            try store.snapshot(state, now: StoreTests.now)  // nothing new: the same file again
            #expect(try Self.snapshotBytes(directory) == SnapshotFile.encode(state.changeLog, createdAt: StoreTests.now), "part \(part), again")
        }
        let (_, recovery) = try Store.open(directory, options: StoreOptions(), now: StoreTests.now)
        StoreTests.expectSameTables(recovery.state, demo)
    }

    @Test("journal records a snapshot already holds make the next snapshot a full encode, still correct")
    func duplicatesFallBack() throws {
        let directory = try StoreTests.freshDirectory()
        let demo = try DemoData.state(now: StoreTests.now)
        let split = demo.changeLog.count / 2
        var state = CRMState()
        for changeSet in demo.changeLog[..<split] { state.apply(changeSet) }
        try DataDirectory(path: directory.path).prepare()
        // A crash between writing the snapshot and restarting the journal: both hold the first half.
        try AtomicFile.write(SnapshotFile.encode(state.changeLog, createdAt: StoreTests.now), to: directory.snapshotPath)
        try AtomicFile.write(demo.changeLog[..<split].flatMap { JournalLine.frame(object: RecordCodec.encode($0).bytes) }, to: directory.journalPath)
        let (store, recovery) = try Store.open(directory, options: StoreOptions(), now: StoreTests.now)
        var recovered = recovery.state
        for changeSet in demo.changeLog[split...] { recovered.apply(changeSet); store.append(changeSet) }
        try store.snapshot(recovered, now: StoreTests.now)
        #expect(try Self.snapshotBytes(directory) == SnapshotFile.encode(demo.changeLog, createdAt: StoreTests.now))
    }

    @Test("periodic snapshots written in the background leave files that recover every acknowledged write at every step", arguments: [StoreOptions.Durability.strict, .relaxed])
    func background(durability: StoreOptions.Durability) throws {
        let directory = try StoreTests.freshDirectory()
        let demo = try DemoData.state(now: StoreTests.now)
        let (store, _) = try Store.open(directory, options: StoreOptions(durability: durability, snapshotEvery: 20), now: StoreTests.now)
        var state = CRMState()
        for (index, changeSet) in demo.changeLog.enumerated() {
            state.apply(changeSet)
            store.append(changeSet)
            guard index % 7 == 6 else { continue }
            try store.sync()
            try store.syncWrittenRecords()
            try store.snapshotIfDue(state, now: StoreTests.now)
            // What a crash now would recover, whether or not a background snapshot is half done.
            let (_, recovery) = try Store.open(directory, options: StoreOptions(readOnly: true), now: StoreTests.now)
            #expect(recovery.state.changeLog == state.changeLog, "after change set \(index + 1)")
        }
        try store.snapshot(state, now: StoreTests.now)
        #expect(!store.snapshotInProgress)
        #expect(try Self.snapshotBytes(directory) == SnapshotFile.encode(state.changeLog, createdAt: StoreTests.now))
        let (_, recovery) = try Store.open(directory, options: StoreOptions(readOnly: true), now: StoreTests.now)
        StoreTests.expectSameTables(recovery.state, demo)
    }
}
