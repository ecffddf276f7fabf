#if canImport(Glibc)
import Glibc
#endif
import CRMCore
import Foundation
import JSON

/// Reads a journal back: every intact record, and what to do about damage.
///
/// A crash mid-append can only damage the end of the file (records are appended), so damage that
/// runs to the end of the file is a torn tail: the intact prefix is kept and the tail is reported
/// for cutting off. Damage followed by intact records is corruption, which is never silently
/// skipped: the caller refuses to start, or repairs on request.
///
/// The scan keeps the file's bytes and the position of each record's object in them rather than a
/// copy per record: a 1M-record snapshot is 500 MB, and copying it line by line doubled start-up's
/// peak memory. Each verified line's `,"crc":…` trailer is overwritten in place with the object's
/// closing `}`, so `bytes[objectRanges[i]]` is the record's object exactly as `JournalLine.unframe`
/// returns it.
public struct JournalScan {
    /// The file's bytes, with each intact record's trailer cut to `}` in place.
    public private(set) var bytes: [UInt8] = []
    /// Where each intact record's JSON object (crc member removed) lies in `bytes`, oldest first.
    public private(set) var objectRanges: [Range<Int>] = []
    /// Byte length of the intact prefix; the file should be cut to this.
    public var intactLength: Int64 = 0
    /// True when a damaged tail follows the intact prefix.
    public var tornTail: Bool { intactLength < fileLength }
    public var fileLength: Int64 = 0
    /// Set when damage is followed by intact records: 1-based line and why.
    public var corruption: (line: Int, reason: String)? = nil
    /// The kind of each intact record's first record change, counted (sizes a replay's tables).
    public var firstRecordKinds: [RecordKind: Int] = [:]

    /// The records' JSON objects (crc member removed), oldest first, as copies.
    public var records: [[UInt8]] { objectRanges.map { Array(bytes[$0]) } }

    public static func scan(path: String) throws(StorageError) -> JournalScan {
        guard let bytes = try readFile(path) else { return JournalScan() }
        return scan(consume bytes)
    }

    /// The whole file in one buffer (one read per chunk, no Data bridge), or nil when it does not exist;
    /// with `prefix`, at most its first that many bytes.
    static func readFile(_ path: String, prefix: Int64? = nil) throws(StorageError) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw .system(operation: "read", path: path, errno: errno)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .system(operation: "read", path: path, errno: errno) }
        // Read straight into uninitialized storage: zero-filling 500 MB first cost a pass over it.
        // (Asking for huge pages cut the page faults but doubled system time: the kernel compacts
        // memory to find them.)
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: Int(min(Int64(status.st_size), prefix ?? Int64(status.st_size)))) { buffer, filled in
            guard let base = buffer.baseAddress else { return }
            while filled < buffer.count {
                let count = read(descriptor, base + filled, buffer.count - filled)
                if count < 0, errno == EINTR { continue }
                if count < 0 { failure = errno; return }
                if count == 0 { return }  // the file shrank while read
                filled += count
            }
        }
        guard failure == 0 else { throw .system(operation: "read", path: path, errno: failure) }
        return bytes
    }

    public static func scan(_ input: consuming [UInt8]) -> JournalScan {
        var result = JournalScan()
        result.bytes = consume input
        result.fileLength = Int64(result.bytes.count)
        let parts = result.bytes.withUnsafeMutableBufferPointer { LineRun.scanInParts($0) }
        // Number the lines through the parts, and stop where a sequential scan would have stopped.
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(parts.reduce(0) { $0 + $1.ranges.count })
        var linesBefore = 0
        var firstDamage: (line: Int, reason: String)? = nil
        for part in parts {
            if let damage = firstDamage {
                // Damage ran to the end of an earlier part: an intact record here makes it corruption.
                if !part.ranges.isEmpty || part.intactAfterDamage { result.corruption = damage }
                if result.corruption != nil { break }
                continue
            }
            ranges += part.ranges
            result.firstRecordKinds.merge(part.firstRecordKinds, uniquingKeysWith: +)
            if let end = part.intactEnd { result.intactLength = Int64(end) }
            if let damage = part.firstDamage {
                firstDamage = (linesBefore + damage.line, damage.reason)
                if part.intactAfterDamage {
                    result.corruption = firstDamage
                    break
                }
            }
            linesBefore += part.lines
        }
        result.objectRanges = ranges
        return result
    }

    /// Parses record `index`'s object straight from the file's bytes.
    public func parseRecord(_ index: Int) throws(JSONParseError) -> JSONValue {
        let range = objectRanges[index]
        do {
            return try bytes.withUnsafeBytes { raw in try JSONParser.parse(UnsafeRawBufferPointer(rebasing: raw[range])) }
        } catch let error as JSONParseError {
            throw error
        } catch {
            throw JSONParseError(.unexpectedEnd, at: 0)  // unreachable: parse throws only JSONParseError
        }
    }

    /// The intact records framed again as journal lines (what a repair keeps).
    public func framedRecords(prefix count: Int) -> [UInt8] {
        objectRanges.prefix(count).flatMap { JournalLine.frame(object: Array(bytes[$0])) }
    }
}
