#if canImport(Glibc)
import Glibc
#endif
import CRMCore
import Dispatch
import Foundation
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

    /// Decodes records `range` and hands each change set to `body` in order, on the calling thread,
    /// stopping at the first record that does not decode (returned, with the general decoder's
    /// error). Large runs are decoded in chunks by two background threads while `body` runs, so
    /// building the state overlaps decoding; the outcome is that of decoding one by one.
    ///
    /// With `releasingDecodedBytes`, the pages of records already handed over are given back to the
    /// system as it goes (they read as zeros afterwards): a 1M-record snapshot is 500 MB, and keeping
    /// it whole while the state is built pushed start-up's peak memory past its budget. Only for a
    /// scan nothing reads once this returns.
    public func forEachChangeSet(_ range: Range<Int>, releasingDecodedBytes: Bool = false,
                                 _ body: (ChangeSet) -> Void) -> (index: Int, error: any Error)? {
        guard range.count >= 4 * DecodePipeline.chunkSize else {
            let decoded = decodeSerially(range)
            decoded.changeSets.forEach(body)
            return decoded.failure
        }
        let pipeline = DecodePipeline(scan: self, range: range)
        let workers = DispatchGroup()
        for _ in 0..<DecodePipeline.workers {
            DispatchQueue.global().async(group: workers) { pipeline.work() }
        }
        defer {
            pipeline.stop()
            workers.wait()  // nothing keeps decoding once the caller has what it needs
        }
        var released = 0
        for chunk in 0..<pipeline.chunkCount {
            let decoded = pipeline.take(chunk)
            decoded.changeSets.forEach(body)
            if let failure = decoded.failure { return failure }
            let next = range.lowerBound + (chunk + 1) * DecodePipeline.chunkSize
            if releasingDecodedBytes, next < range.upperBound { released = releasePages(before: objectRanges[next].lowerBound, from: released) }
        }
        return nil
    }

    /// Gives back the whole pages of `bytes` between `start` and `end` (no later chunk lies there: chunks
    /// are decoded in order and every earlier one has been taken); returns where the next release starts.
    private func releasePages(before end: Int, from start: Int) -> Int {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        return bytes.withUnsafeBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return start }
            let first = (Int(bitPattern: base) + start + page - 1) / page * page
            let last = (Int(bitPattern: base) + end) / page * page
            guard last - first >= 16 * page, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return start }
            _ = madvise(pointer, last - first, MADV_DONTNEED)  // only memory use is at stake if refused
            return last - Int(bitPattern: base)
        }
    }

    fileprivate func decodeSerially(_ range: Range<Int>) -> DecodedRecords {
        var decoded = DecodedRecords(changeSets: [], failure: nil)
        decoded.changeSets.reserveCapacity(range.count)
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

/// Chunks of a scan decoded by background threads and taken in order by the caller. Each chunk's
/// slot is written once by a worker and taken once by the caller, both under `condition`. Workers
/// stay at most `window` chunks ahead of the caller, so decoded records do not pile up in memory
/// while the state is built.
private final class DecodePipeline: @unchecked Sendable {
    static let chunkSize = 1024
    static let workers = 2
    static let window = 16

    private let scan: JournalScan
    private let range: Range<Int>
    let chunkCount: Int
    private let condition = NSCondition()
    private var slots: [JournalScan.DecodedRecords?]
    private var nextChunk = 0
    private var taken = 0
    private var stopped = false

    init(scan: JournalScan, range: Range<Int>) {
        self.scan = scan
        self.range = range
        chunkCount = (range.count + Self.chunkSize - 1) / Self.chunkSize
        slots = Array(repeating: nil, count: chunkCount)
    }

    /// A worker's loop: claim the next chunk, decode it, publish it.
    func work() {
        while true {
            condition.lock()
            while !stopped, nextChunk < chunkCount, nextChunk >= taken + Self.window { condition.wait() }
            guard !stopped, nextChunk < chunkCount else {
                condition.unlock()
                return
            }
            let chunk = nextChunk
            nextChunk += 1
            condition.unlock()
            let start = range.lowerBound + chunk * Self.chunkSize
            let decoded = scan.decodeSerially(start..<min(start + Self.chunkSize, range.upperBound))
            condition.lock()
            slots[chunk] = decoded
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Waits for chunk `index` and takes it out of the pipeline.
    func take(_ index: Int) -> JournalScan.DecodedRecords {
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil { condition.wait() }
        let decoded = slots[index] ?? JournalScan.DecodedRecords(changeSets: [], failure: nil)
        slots[index] = nil
        taken = index + 1
        condition.broadcast()
        return decoded
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
