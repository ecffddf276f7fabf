#if canImport(Glibc)
import Glibc
#endif
import CRMCore
import Dispatch

/// One stretch of a journal or snapshot file checked line by line: the intact records up to the
/// first damaged line, and whether an intact record follows that damage.
///
/// A large file is checked in two stretches at once (split after a newline, so no line is cut):
/// finding lines and verifying their checksums is a sixth of loading a snapshot, and the stretches
/// are independent. `JournalScan.scan` joins them exactly as a scan from the start would go.
struct LineRun {
    /// The intact records' objects (trailer cut to `}` in place) before the first damaged line.
    var ranges: [Range<Int>] = []
    /// Where the last intact record before any damage ends (after its newline); nil when none.
    var intactEnd: Int?
    /// The first damaged line, numbered from 1 within the stretch, and why.
    var firstDamage: (line: Int, reason: String)?
    /// True when an intact record follows the first damage (the scan stopped there).
    var intactAfterDamage = false
    /// Lines in the stretch (meaningful when it has no damage).
    var lines = 0
    /// The kind of each intact record's first record change, counted: roughly what a replay will
    /// insert, so the state's tables can be sized before the records are decoded.
    var firstRecordKinds: [RecordKind: Int] = [:]

    /// Files smaller than this are checked in one stretch.
    static let splitThreshold = 8 << 20

    static func scanInParts(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> [LineRun] {
        guard bytes.count >= splitThreshold, let base = bytes.baseAddress,
              let newline = memchr(base + bytes.count / 2, Int32(UInt8(ascii: "\n")), bytes.count - bytes.count / 2)
        else { return [scan(bytes, 0..<bytes.count)] }
        let split = UnsafeMutableRawPointer(newline) - UnsafeMutableRawPointer(base) + 1
        let shared = SharedBuffer(bytes: bytes)
        let parts = [0..<split, split..<bytes.count]
        let results = RunSlots()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            results.set(part, scan(shared.bytes, parts[part]))
        }
        return [results.first, results.second]
    }

    /// Checks the lines of `bytes[region]` (which starts at a line start).
    static func scan(_ bytes: UnsafeMutableBufferPointer<UInt8>, _ region: Range<Int>) -> LineRun {
        var run = LineRun()
        guard let base = bytes.baseAddress else { return run }
        var lineStart = region.lowerBound
        while lineStart < region.upperBound {
            run.lines += 1
            let newline = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), region.upperBound - lineStart)
                .map { UnsafeMutableRawPointer($0) - UnsafeMutableRawPointer(base) }
            let lineEnd = newline ?? region.upperBound
            let trailer = newline == nil ? nil : JournalLine.verifiedTrailer(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
            if let trailer {
                if run.firstDamage != nil {
                    run.intactAfterDamage = true  // an intact record after damage: not a torn tail
                    break
                }
                let objectEnd = lineStart + trailer
                bytes[objectEnd] = UInt8(ascii: "}")
                run.ranges.append(lineStart..<(objectEnd + 1))
                run.intactEnd = lineEnd + 1
                if let kind = firstRecordKind(base + lineStart, objectEnd - lineStart) { run.firstRecordKinds[kind, default: 0] += 1 }
            } else if run.firstDamage == nil {
                run.firstDamage = (run.lines, newline == nil ? "record cut short (no newline)" : "checksum mismatch")
            }
            lineStart = lineEnd + 1
        }
        return run
    }
}

/// What follows the `[` of `"changes":[` when the first change is a record: up to its id's text.
private let firstRecordMarker = Array(#"{"record":{"id":""#.utf8)

/// The kind of the first record a change-set line upserts, read from its id's prefix; nil when the
/// line has no record change in the written layout (the first `[` of a line opens its changes).
private func firstRecordKind(_ line: UnsafeMutablePointer<UInt8>, _ count: Int) -> RecordKind? {
    guard let bracket = memchr(line, Int32(UInt8(ascii: "[")), count) else { return nil }
    let start = bracket.assumingMemoryBound(to: UInt8.self) + 1
    guard line + count - start > firstRecordMarker.count + 6,
          firstRecordMarker.withUnsafeBytes({ marker in marker.baseAddress.map { memcmp(start, $0, marker.count) == 0 } ?? false })
    else { return nil }
    let idStart = start + firstRecordMarker.count
    var length = 0
    while length < 6, idStart[length] != UInt8(ascii: "_") { length += 1 }
    return RecordKind(prefix: UnsafeBufferPointer(start: idStart, count: length))
}

/// The file's buffer, written by the two stretches' threads in disjoint places only.
private struct SharedBuffer: @unchecked Sendable {
    let bytes: UnsafeMutableBufferPointer<UInt8>
}

/// The two stretches' results, each written by one thread and read after both have finished.
private final class RunSlots: @unchecked Sendable {
    var first = LineRun()
    var second = LineRun()

    func set(_ part: Int, _ run: LineRun) {
        if part == 0 { first = run } else { second = run }
    }
}
