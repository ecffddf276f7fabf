import CRMCore
@testable import CRMStore
import Foundation
import Testing

/// The owner hands change sets to the encoder thread in batches; the journal must not show it.
@Suite("Journal encoder thread")
struct JournalEncoderTests {
    @Test("a group of several encoder batches and a tail is journaled on the encoder's thread, in order, as framing each in place would")
    func largeGroupEncodedAhead() throws {
        let owner = RecordID(kind: .user, sequence: 1)
        // Enough for whole batches and a partial one, so both the thread's lines and the tail count.
        let count = JournalEncoder.batchSize * 3 + 17
        let changeSets = (0..<count).map { index in
            let lead = Lead(id: RecordID(kind: .lead, sequence: index + 1), name: "리드 \(index)", company: "Company \(index % 7)",
                            ownerId: owner, createdAt: StoreTests.now)
            return ChangeSet(seq: index + 1, at: StoreTests.now, actorId: owner, operation: "lead.create", changes: [.upsert(.lead(lead))])
        }
        let directory = try StoreTests.freshDirectory()
        let (store, _) = try Store.open(directory, options: StoreOptions(snapshotEvery: 1_000_000), now: StoreTests.now)
        for changeSet in changeSets { store.append(changeSet) }
        try store.sync()
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory.journalPath)))
        #expect(written == changeSets.flatMap { JournalLine.frame(object: RecordCodec.bytes($0)) })
    }
}
