import CRMCore
import CRMStore
import Foundation
import Testing

/// Snapshot formats are forever: a file written by version 1 must load in every later version.
/// `Fixtures/snapshot-v1.json` was written by format version 1 (40 change sets of the demo data)
/// and is never regenerated; when the format changes, add a fixture for the new version beside it.
@Suite("Snapshot format fixtures")
struct FormatFixtureTests {
    static func fixture(_ name: String) throws -> DataDirectory {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        let directory = try StoreTests.freshDirectory()
        try directory.prepare()
        try FileManager.default.copyItem(atPath: source.path, toPath: directory.snapshotPath)
        return directory
    }

    @Test("the first format (version 1) still loads, whole")
    func version1() throws {
        let (_, recovery) = try Store.open(try Self.fixture("snapshot-v1.json"), options: StoreOptions(), now: StoreTests.now)
        #expect(recovery.warnings.isEmpty)
        #expect(recovery.snapshotChangeSets == 40)
        let state = recovery.state
        #expect(state.users.count == 6 && state.accounts.count == 10 && state.opportunities.count == 4)
        #expect(state.accounts[RecordID("acct_1")!]?.name == "Nike, Inc.")
        #expect(state.accounts[RecordID("acct_2")!]?.name == "Hugo Boss AG")
        #expect(state.lastChangeSeq == 40)
    }
}
