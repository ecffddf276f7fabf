import Foundation

/// Reads a journal back: every intact record, and what to do about damage.
///
/// A crash mid-append can only damage the end of the file (records are appended), so damage that
/// runs to the end of the file is a torn tail: the intact prefix is kept and the tail is reported
/// for cutting off. Damage followed by intact records is corruption, which is never silently
/// skipped: the caller refuses to start, or repairs on request.
public struct JournalScan {
    /// The records' JSON objects (crc member removed), oldest first.
    public var records: [[UInt8]] = []
    /// Byte length of the intact prefix; the file should be cut to this.
    public var intactLength: Int64 = 0
    /// True when a damaged tail follows the intact prefix.
    public var tornTail: Bool { intactLength < fileLength }
    public var fileLength: Int64 = 0
    /// Set when damage is followed by intact records: 1-based line and why.
    public var corruption: (line: Int, reason: String)? = nil

    public static func scan(path: String) throws(StorageError) -> JournalScan {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            if !FileManager.default.fileExists(atPath: path) { return JournalScan() }
            throw .system(operation: "read", path: path, errno: EIO)
        }
        return scan(Array(data))
    }

    public static func scan(_ bytes: [UInt8]) -> JournalScan {
        var result = JournalScan()
        result.fileLength = Int64(bytes.count)
        var lineStart = 0
        var lineNumber = 0
        var firstDamage: (line: Int, offset: Int, reason: String)? = nil
        while lineStart < bytes.count {
            lineNumber += 1
            let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let lineEnd = newline ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            let payload = newline == nil ? nil : JournalLine.unframe(line)
            if let payload {
                if let damage = firstDamage {
                    // An intact record after damage: not a torn tail.
                    result.corruption = (damage.line, damage.reason)
                    return result
                }
                result.records.append(payload)
                result.intactLength = Int64(lineEnd + 1)
            } else if firstDamage == nil {
                firstDamage = (lineNumber, lineStart, newline == nil ? "record cut short (no newline)" : "checksum mismatch")
            }
            lineStart = lineEnd + 1
        }
        return result
    }
}
