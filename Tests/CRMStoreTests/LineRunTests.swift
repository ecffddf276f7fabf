import CRMCore
@testable import CRMStore
import Testing

/// A large file is checked in two stretches at once; the result must be what one pass from the
/// start finds, wherever the damage is.
@Suite("Journal scan in two stretches")
struct LineRunTests {
    /// ~12 MB of journal lines, over the split threshold.
    static let file: [UInt8] = {
        var bytes: [UInt8] = []
        let owner = RecordID(kind: .user, sequence: 1)
        for index in 1...24_000 {
            let lead = Lead(id: RecordID(kind: .lead, sequence: index), name: "Lead \(index)", company: String(repeating: "c", count: 380),
                            ownerId: owner, createdAt: StoreTests.now)
            let changeSet = ChangeSet(seq: index, at: StoreTests.now, actorId: owner, operation: "lead.create", changes: [.upsert(.lead(lead))])
            JournalLine.append(object: RecordCodec.bytes(changeSet), to: &bytes)
        }
        return bytes
    }()

    /// The scan as one stretch from the start (how it always worked).
    static func oneStretch(_ input: [UInt8]) -> (ranges: [Range<Int>], intact: Int64, corruption: (line: Int, reason: String)?) {
        var bytes = input
        let run = bytes.withUnsafeMutableBufferPointer { LineRun.scan($0, 0..<$0.count) }
        let corruption = run.intactAfterDamage ? run.firstDamage : nil
        return (run.ranges, Int64(run.intactEnd ?? 0), corruption)
    }

    static func check(_ bytes: [UInt8], _ label: String) {
        #expect(bytes.count >= LineRun.splitThreshold)
        let expected = oneStretch(bytes)
        let scan = JournalScan.scan(bytes)
        #expect(scan.objectRanges == expected.ranges, "\(label)")
        #expect(scan.intactLength == expected.intact, "\(label)")
        #expect(scan.corruption?.line == expected.corruption?.line, "\(label)")
        #expect(scan.corruption?.reason == expected.corruption?.reason, "\(label)")
    }

    @Test("intact, torn and corrupted files scan the same in two stretches as in one")
    func damageAnywhere() {
        let file = Self.file
        let middle = file.count / 2
        Self.check(file, "intact")
        Self.check(Array(file.dropLast(7)), "torn tail")
        Self.check(Array(file.prefix(middle)), "cut in the middle of a line")
        var damage: [(String, [Int])] = [("first stretch", [1000]), ("second stretch", [file.count - 5000]), ("last line", [file.count - 3]),
                                          ("around the split", [middle - 2, middle + 2]), ("both stretches", [4000, file.count - 9000]),
                                          ("first line", [5])]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<6 { damage.append(("random", [Int.random(in: 0..<file.count, using: &generator)])) }
        for (label, positions) in damage {
            var bytes = file
            for position in positions { bytes[position] ^= 0x01 }
            Self.check(bytes, "\(label) \(positions)")
            // The same damage running to the end of the file: a torn tail, wherever it starts.
            var torn = bytes
            for position in positions.min()!..<torn.count where torn[position] == UInt8(ascii: "}") { torn[position] = UInt8(ascii: "]") }
            Self.check(torn, "\(label) to the end")
        }
    }
}
