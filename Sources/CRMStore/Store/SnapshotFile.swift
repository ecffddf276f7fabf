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
        let header = headerLine(lastSeq: changeLog.last?.seq ?? 0, changeSets: changeLog.count, createdAt: createdAt)
        var writer = JSONWriter(capacity: header.count + changeLog.count * 512)
        header.withUnsafeBufferPointer { writer.raw($0) }
        var lineEncoder = JournalLineEncoder()
        for changeSet in changeLog { lineEncoder.append(changeSet, to: &writer) }
        footerLine(changeSets: changeLog.count).withUnsafeBufferPointer { writer.raw($0) }
        return writer.bytes
    }

    static func headerLine(lastSeq: Int, changeSets: Int, createdAt: Timestamp) -> [UInt8] {
        let header: JSONValue = [
            "format": .string(format), "version": JSONValue(currentVersion), "lastSeq": JSONValue(lastSeq),
            "changeSets": JSONValue(changeSets), "createdAt": .string(createdAt.rfc3339),
        ]
        return JournalLine.frame(object: header.bytes)
    }

    static func footerLine(changeSets: Int) -> [UInt8] {
        let footer: JSONValue = ["end": true, "changeSets": JSONValue(changeSets)]
        return JournalLine.frame(object: footer.bytes)
    }

    public struct Contents {
        /// Change sets handed over (the intact prefix when the file is damaged).
        public var changeSetCount: Int
        public var lastSeq: Int
        /// Set when the file is damaged: where, and why.
        public var damage: (line: Int, reason: String)?
    }

    /// Reads a snapshot, handing each change set to `body` in order as it is decoded (so the state
    /// is built while later lines are still being decoded). Damage is reported after the intact
    /// prefix has been handed over; an unknown version throws before anything is. `expecting` is
    /// told first how many change sets follow and the kinds of their first records.
    public static func decode(_ bytes: consuming [UInt8], path: String, expecting: (_ changeSets: Int, _ kinds: [RecordKind: Int]) -> Void,
                              _ body: (ChangeSet) -> Void) throws(StorageError) -> Contents {
        let scan = JournalScan.scan(consume bytes)
        var lines = 0..<scan.objectRanges.count
        var damage: (line: Int, reason: String)? = scan.corruption
        if damage == nil, scan.tornTail { damage = (lines.count + 1, "cut short") }
        guard !lines.isEmpty, let header = try? scan.parseRecord(0), header["format"] == .string(format) else {
            return Contents(changeSetCount: 0, lastSeq: 0, damage: damage ?? (1, "not a clover-crm snapshot"))
        }
        let version = Int(header["version"]?.numberValue?.int64 ?? 0)
        guard version >= 1, version <= currentVersion else { throw .unsupportedFormat(path: path, version: version) }
        lines = lines.dropFirst()
        var footerSeen = false
        if let last = lines.last, let footer = try? scan.parseRecord(last), footer["end"] == true {
            footerSeen = true
            lines = lines.dropLast()
        }
        let declared = Int(header["lastSeq"]?.numberValue?.int64 ?? 0)
        expecting(lines.count, scan.firstRecordKinds)
        var count = 0
        var lastSeq = 0
        // Nothing reads the scan after this, so its pages can go back as they are decoded.
        let failure = scan.forEachChangeSet(lines, releasingDecodedBytes: true) { changeSet in
            count += 1
            lastSeq = changeSet.seq
            body(changeSet)
        }
        if let failure { damage = damage ?? (failure.index + 1, "undecodable change set: \(failure.error)") }
        if damage == nil, !footerSeen { damage = (lines.count + 2, "no end line: the file was cut short") }
        return Contents(changeSetCount: count, lastSeq: damage == nil ? declared : lastSeq, damage: damage)
    }
}
