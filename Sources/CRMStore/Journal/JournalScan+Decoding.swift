import CRMCore
import Dispatch
import JSON

/// Turning a scan's records into change sets, the bulk of start-up.
extension JournalScan {
    /// Change sets decoded from a run of records: the intact prefix, and the first record that did not
    /// decode (with the error the general decoder gave for it).
    public struct DecodedRecords {
        public var changeSets: [ChangeSet]
        public var failure: (index: Int, error: any Error)?
    }

    /// Record `index` as a change set. A record in the layout `RecordCodec` writes is read straight
    /// from its bytes; any other goes through `JSONParser` and `RecordCodec.decodeChangeSet`, which
    /// accept the same change set or throw what they always threw.
    public func decodeChangeSet(_ index: Int) throws -> ChangeSet {
        let range = objectRanges[index]
        let direct = bytes.withUnsafeBufferPointer { buffer -> ChangeSet? in
            var reader = StoredLayoutReader(UnsafeBufferPointer(rebasing: buffer[range]))
            return try? reader.changeSet()
        }
        if let direct { return direct }
        return try RecordCodec.decodeChangeSet(try parseRecord(index))
    }

    /// Decodes records `range` in order, stopping at the first that does not decode. Large runs are
    /// decoded in two halves at once (start-up otherwise uses one core); the result is the same as
    /// decoding one by one.
    public func decodeChangeSets(_ range: Range<Int>) -> DecodedRecords {
        guard range.count >= 4096 else { return decodeSerially(range) }
        let middle = range.lowerBound + range.count / 2
        let halves = [range.lowerBound..<middle, middle..<range.upperBound]
        let results = ResultSlots(count: halves.count)
        let scan = UncheckedScan(scan: self)
        DispatchQueue.concurrentPerform(iterations: halves.count) { part in
            results.store(scan.scan.decodeSerially(halves[part], reserving: part == 0 ? range.count : 0), at: part)
        }
        var first = results.take(0)
        guard first.failure == nil else { return first }
        let second = results.take(1)
        first.changeSets.append(contentsOf: second.changeSets)
        first.failure = second.failure
        return first
    }

    private func decodeSerially(_ range: Range<Int>, reserving capacity: Int = 0) -> DecodedRecords {
        var decoded = DecodedRecords(changeSets: [], failure: nil)
        decoded.changeSets.reserveCapacity(max(capacity, range.count))
        for index in range {
            do {
                decoded.changeSets.append(try decodeChangeSet(index))
            } catch {
                decoded.failure = (index, error)
                break
            }
        }
        return decoded
    }
}

/// The scan shared read-only by the decoding threads (it is never mutated while they run).
private struct UncheckedScan: @unchecked Sendable {
    let scan: JournalScan
}

/// One result slot per decoding thread; each slot is written by exactly one thread, and read after
/// `concurrentPerform` has returned.
private final class ResultSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<JournalScan.DecodedRecords?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func store(_ result: JournalScan.DecodedRecords, at index: Int) {
        slots[index] = result
    }

    func take(_ index: Int) -> JournalScan.DecodedRecords {
        defer { slots[index] = nil }
        return slots[index] ?? JournalScan.DecodedRecords(changeSets: [], failure: nil)
    }
}
