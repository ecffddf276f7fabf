import CRMCore
@testable import CRMStore
import Testing

/// Large runs are decoded by background threads while the caller applies them; the caller must see
/// exactly what decoding one by one gives, in order, up to the first undecodable record.
@Suite("Change sets decoded while applied")
struct ChangeSetPipelineTests {
    static let owner = RecordID(kind: .user, sequence: 1)

    /// `count` lead.create lines; the line at `undecodable` is checksummed but not a change set.
    static func journal(_ count: Int, undecodable: Int? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        for index in 0..<count {
            if index == undecodable {
                JournalLine.append(object: Array(#"{"seq":"not a number"}"#.utf8), to: &bytes)
                continue
            }
            let lead = Lead(id: RecordID(kind: .lead, sequence: index + 1), name: "Lead \(index)", ownerId: owner, createdAt: StoreTests.now)
            let changeSet = ChangeSet(seq: index + 1, at: StoreTests.now, actorId: owner, operation: "lead.create", changes: [.upsert(.lead(lead))])
            JournalLine.append(object: RecordCodec.bytes(changeSet), to: &bytes)
        }
        return bytes
    }

    @Test("every change set arrives once, in order, and the first undecodable record stops the run", arguments: [nil, 0, 1, 4095, 4096, 9_999, 15_000])
    func orderAndFailure(undecodable: Int?) {
        let count = 20_000
        for releasing in [false, true] {
            let scan = JournalScan.scan(Self.journal(count, undecodable: undecodable))
            var seen: [Int] = []
            let failure = scan.forEachChangeSet(0..<count, releasingDecodedBytes: releasing) { seen.append($0.seq) }
            let expected = undecodable ?? count
            #expect(seen == Array(1...max(expected, 1)).prefix(expected).map { $0 }, "releasing \(releasing)")
            #expect(failure?.index == undecodable, "releasing \(releasing)")
        }
    }

    @Test("a scan's first-record kinds count what its lines create")
    func kindCounts() throws {
        let demo = try DemoData.state(now: StoreTests.now)
        let scan = JournalScan.scan(demo.changeLog.flatMap { JournalLine.frame(object: RecordCodec.bytes($0)) })
        var firstKinds: [RecordKind: Int] = [:]
        for changeSet in demo.changeLog {
            if case .upsert(let record)? = changeSet.changes.first { firstKinds[record.id.kind, default: 0] += 1 }
        }
        #expect(scan.firstRecordKinds == firstKinds)
    }
}
