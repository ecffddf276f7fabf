import CRMCore
import CRMStore
import Foundation
import JSON
import Testing

@Suite("Store: journal, snapshots, recovery")
struct StoreTests {
    static let now = Timestamp(rfc3339: "2026-11-22T09:00:00Z")!

    static func freshDirectory() throws -> DataDirectory {
        DataDirectory(path: try JournalWriterTests.temporaryDirectory() + "/data")
    }

    /// Opens a store, writes the demo change log through it in groups of `group`, and closes it.
    static func writeDemo(to directory: DataDirectory, options: StoreOptions = StoreOptions(), group: Int = 7) throws -> CRMState {
        let demo = try DemoData.state(now: now)
        let (store, _) = try Store.open(directory, options: options, now: now)
        for (index, changeSet) in demo.changeLog.enumerated() {
            store.append(changeSet)
            if index % group == group - 1 { try store.sync() }
        }
        try store.sync()
        try store.syncWrittenRecords()
        return demo
    }

    static func expectSameTables(_ a: CRMState, _ b: CRMState) {
        #expect(a.users == b.users && a.leads == b.leads && a.accounts == b.accounts && a.contacts == b.contacts)
        #expect(a.opportunities == b.opportunities && a.licenses == b.licenses && a.quotas == b.quotas && a.notes == b.notes)
        #expect(a.settings == b.settings && a.changeLog == b.changeLog)
    }

    @Test("what was synced comes back after reopening, from the journal alone")
    func journalRecovery() throws {
        let directory = try Self.freshDirectory()
        let demo = try Self.writeDemo(to: directory)
        let (_, recovery) = try Store.open(directory, options: StoreOptions(), now: Self.now)
        #expect(recovery.warnings.isEmpty)
        #expect(recovery.journalChangeSets == demo.changeLog.count)
        Self.expectSameTables(recovery.state, demo)
    }

    @Test("a snapshot restarts the journal; later writes replay on top of it")
    func snapshotThenJournal() throws {
        let directory = try Self.freshDirectory()
        let demo = try DemoData.state(now: Self.now)
        let split = demo.changeLog.count / 2
        do {
            let (store, _) = try Store.open(directory, options: StoreOptions(), now: Self.now)
            var partial = CRMState()
            for changeSet in demo.changeLog[..<split] { partial.apply(changeSet); store.append(changeSet) }
            try store.sync()
            try store.snapshot(partial, now: Self.now)
            #expect(store.recordsSinceSnapshot == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: directory.journalPath)).isEmpty)
            for changeSet in demo.changeLog[split...] { store.append(changeSet) }
            try store.sync()
        }
        let (_, recovery) = try Store.open(directory, options: StoreOptions(), now: Self.now)
        #expect(recovery.snapshotChangeSets == split)
        #expect(recovery.journalChangeSets == demo.changeLog.count - split)
        Self.expectSameTables(recovery.state, demo)
    }

    @Test("a torn final record is cut off with a warning; everything before it survives")
    func tornTail() throws {
        let directory = try Self.freshDirectory()
        let demo = try Self.writeDemo(to: directory)
        let handle = try #require(FileHandle(forWritingAtPath: directory.journalPath))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"seq":9999,"at":"2026-11-22T09:00:00Z","user":"us"#.utf8))
        try handle.close()
        let (_, recovery) = try Store.open(directory, options: StoreOptions(), now: Self.now)
        #expect(recovery.warnings.count == 1 && recovery.warnings[0].contains("torn final record"))
        Self.expectSameTables(recovery.state, demo)
        let (_, again) = try Store.open(directory, options: StoreOptions(), now: Self.now)
        #expect(again.warnings.isEmpty, "the tail was cut off for good")
    }

    @Test("a corrupted record in the middle refuses to open, naming the file and line; --repair keeps the prefix")
    func corruptedJournal() throws {
        let directory = try Self.freshDirectory()
        let demo = try Self.writeDemo(to: directory)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: directory.journalPath)))
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        bytes[lineStarts[9] + 20] ^= 0x04  // damage line 10
        try Data(bytes).write(to: URL(fileURLWithPath: directory.journalPath))
        #expect(throws: StorageError.corrupted(path: directory.journalPath, line: 10, reason: "checksum mismatch")) {
            try Store.open(directory, options: StoreOptions(), now: Self.now)
        }
        let (_, recovery) = try Store.open(directory, options: StoreOptions(repair: true), now: Self.now)
        #expect(recovery.journalChangeSets == 9)
        #expect(recovery.state.changeLog == Array(demo.changeLog.prefix(9)))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names.contains { $0.hasPrefix("journal.ndjson.damaged-") })
        let (_, reopened) = try Store.open(directory, options: StoreOptions(), now: Self.now)
        #expect(reopened.state.changeLog.count == 9, "the repair is durable: a plain open now succeeds")
    }

    @Test("a damaged snapshot refuses to open; --repair keeps its intact prefix and rewrites it")
    func corruptedSnapshot() throws {
        let directory = try Self.freshDirectory()
        let demo = try DemoData.state(now: Self.now)
        do {
            let (store, _) = try Store.open(directory, options: StoreOptions(), now: Self.now)
            try store.snapshot(demo, now: Self.now)
        }
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: directory.snapshotPath)))
        bytes.removeLast(40)  // cut short: no end line
        try Data(bytes).write(to: URL(fileURLWithPath: directory.snapshotPath))
        #expect(throws: StorageError.self) { try Store.open(directory, options: StoreOptions(), now: Self.now) }
        let (_, recovery) = try Store.open(directory, options: StoreOptions(repair: true), now: Self.now)
        #expect(recovery.state.changeLog == demo.changeLog)
        #expect(recovery.warnings.count == 1)
        let (_, reopened) = try Store.open(directory, options: StoreOptions(), now: Self.now)
        #expect(reopened.warnings.isEmpty)
    }

    @Test("a second store on the same directory is refused; read-only opens without the lock and writes nothing")
    func lockAndReadOnly() throws {
        let directory = try Self.freshDirectory()
        let demo = try Self.writeDemo(to: directory)
        let (holder, _) = try Store.open(directory, options: StoreOptions(), now: Self.now)
        #expect(throws: StorageError.locked(path: directory.path, holderPID: getpid())) {
            try Store.open(directory, options: StoreOptions(), now: Self.now)
        }
        let (reader, recovery) = try Store.open(directory, options: StoreOptions(readOnly: true), now: Self.now)
        Self.expectSameTables(recovery.state, demo)
        reader.append(demo.changeLog[0])
        #expect(!reader.hasPendingWrites)
        _ = holder
    }

    @Test("an unknown newer snapshot format is refused with its version")
    func newerFormat() throws {
        let directory = try Self.freshDirectory()
        try directory.prepare()
        let header: JSONValue = ["format": "clover-crm-snapshot", "version": 99, "lastSeq": 0, "changeSets": 0]
        try Data(JournalLine.frame(object: header.bytes)).write(to: URL(fileURLWithPath: directory.snapshotPath))
        #expect(throws: StorageError.unsupportedFormat(path: directory.snapshotPath, version: 99)) {
            try Store.open(directory, options: StoreOptions(), now: Self.now)
        }
    }

    @Test("relaxed durability writes at once and owes an fsync within 100 ms")
    func relaxed() throws {
        let directory = try Self.freshDirectory()
        let demo = try DemoData.state(now: Self.now)
        let (store, _) = try Store.open(directory, options: StoreOptions(durability: .relaxed), now: Self.now)
        for changeSet in demo.changeLog.prefix(5) { store.append(changeSet) }
        try store.sync()
        try store.sync()
        #expect(!store.hasPendingWrites)
        if let due = store.nanosecondsUntilSyncDue { #expect(due <= StoreOptions.relaxedSyncInterval) }
        try store.syncWrittenRecords()
        #expect(store.nanosecondsUntilSyncDue == nil)
        #expect(JournalScan.scan(Array(try Data(contentsOf: URL(fileURLWithPath: directory.journalPath)))).records.count == 5)
    }
}
