import CRMCore
import JSON

/// The snapshot: every change set so far, written atomically as checksummed lines.
///
///     {"format":"clover-crm-snapshot","version":1,"lastSeq":N,"changeSets":M,"createdAt":"…","crc":…}
///     {"seq":1,…,"crc":…}                     one line per change set, oldest first
///     {"end":true,"changeSets":M,"crc":…}
///
/// The whole change log is kept (not only the latest records) because history and past-dated
/// dashboards read it. Each line carries its own CRC-32, so damage is found at a line and a repair can
/// keep the intact prefix; a missing end line means the file was cut short.
public enum SnapshotFile {
    public static let format = "clover-crm-snapshot"
    /// Bump when the layout changes, and keep `load` reading every older version (see Tests/CRMStoreTests/Fixtures).
    public static let currentVersion = 1

    public static func encode(_ changeLog: [ChangeSet], createdAt: Timestamp) -> [UInt8] {
        var bytes: [UInt8] = []
        let lastSeq = changeLog.last?.seq ?? 0
        let header: JSONValue = [
            "format": .string(format), "version": JSONValue(currentVersion), "lastSeq": JSONValue(lastSeq),
            "changeSets": JSONValue(changeLog.count), "createdAt": .string(createdAt.rfc3339),
        ]
        bytes += JournalLine.frame(object: header.bytes)
        for changeSet in changeLog { bytes += JournalLine.frame(object: RecordCodec.encode(changeSet).bytes) }
        let footer: JSONValue = ["end": true, "changeSets": JSONValue(changeLog.count)]
        bytes += JournalLine.frame(object: footer.bytes)
        return bytes
    }

    public struct Contents {
        public var changeSets: [ChangeSet]
        public var lastSeq: Int
        /// Set when the file is damaged: where, and why. `changeSets` then holds the intact prefix.
        public var damage: (line: Int, reason: String)?
    }

    /// Reads a snapshot; damage is reported (with the intact prefix), unknown versions throw.
    public static func decode(_ bytes: [UInt8], path: String) throws(StorageError) -> Contents {
        let scan = JournalScan.scan(bytes)
        var lines = scan.records
        var damage: (line: Int, reason: String)? = scan.corruption
        if damage == nil, scan.tornTail { damage = (lines.count + 1, "cut short") }
        guard let headerBytes = lines.first, let header = try? JSONParser.parse(headerBytes), header["format"] == .string(format) else {
            return Contents(changeSets: [], lastSeq: 0, damage: damage ?? (1, "not a clover-crm snapshot"))
        }
        let version = Int(header["version"]?.numberValue?.int64 ?? 0)
        guard version >= 1, version <= currentVersion else { throw .unsupportedFormat(path: path, version: version) }
        lines.removeFirst()
        var footerSeen = false
        if let last = lines.last, let footer = try? JSONParser.parse(last), footer["end"] == true {
            footerSeen = true
            lines.removeLast()
        }
        var changeSets: [ChangeSet] = []
        changeSets.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            do {
                changeSets.append(try RecordCodec.decodeChangeSet(try JSONParser.parse(line)))
            } catch {
                damage = damage ?? (index + 2, "undecodable change set: \(error)")
                break
            }
        }
        if damage == nil, !footerSeen { damage = (lines.count + 2, "no end line: the file was cut short") }
        let declared = Int(header["lastSeq"]?.numberValue?.int64 ?? 0)
        return Contents(changeSets: changeSets, lastSeq: damage == nil ? declared : (changeSets.last?.seq ?? 0), damage: damage)
    }
}
