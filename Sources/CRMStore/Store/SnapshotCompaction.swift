#if canImport(Glibc)
import Glibc
#endif
import CRMCore
import JSON

/// A new snapshot built from the files already on disk instead of re-encoding the whole change log.
///
/// A snapshot holds every change set as a journal line, and the journal holds the lines of the
/// change sets since, byte for byte as `SnapshotFile.encode` would write them. So the next snapshot
/// is a new header, the old snapshot's body, the journal, and a new footer: a file copy instead of
/// encoding every change set again (at 100k change sets that is ~30 ms instead of ~1 s, and the
/// periodic snapshot every 10,000 writes no longer grows with the store). The result is the same
/// bytes a full encode would produce. It is used only when the files provably line up with memory
/// (counts and last sequence numbers agree); otherwise the caller encodes the change log.
///
/// It reads only the journal's first `journalLength` bytes, so it can run on another thread while
/// the owner appends after them (`BackgroundSnapshot`).
struct SnapshotCompaction: Sendable {
    let directory: DataDirectory
    /// Change sets in the snapshot file on disk (0 when there is none).
    let snapshotChangeSets: Int
    /// Records in the journal's first `journalLength` bytes.
    let journalRecords: Int
    /// Where those records end: the journal as it was when all of them were durable.
    let journalLength: Int64

    /// Writes the snapshot for `changeLog` from the files; false (nothing written) when they do not
    /// line up with it.
    func write(changeLog: [ChangeSet], now: Timestamp) throws(StorageError) -> Bool {
        try write(changeSets: changeLog.count, lastSeq: changeLog.last?.seq ?? 0, now: now)
    }

    /// Writes the snapshot of a change log of `changeSets` change sets ending at `lastSeq` from the
    /// files; false (nothing written) when they do not line up with it.
    func write(changeSets: Int, lastSeq expectedLastSeq: Int, now: Timestamp) throws(StorageError) -> Bool {
        guard snapshotChangeSets + journalRecords == changeSets else { return false }
        let journal = JournalScan.scan(try JournalScan.readFile(directory.journalPath, prefix: journalLength) ?? [])
        guard journal.corruption == nil, !journal.tornTail, journal.objectRanges.count == journalRecords else { return false }
        var body: (offset: Int64, length: Int64)? = nil
        var lastSeq = 0
        if snapshotChangeSets > 0 {
            guard let old = try oldSnapshotBody() else { return false }
            body = (old.offset, old.length)
            lastSeq = old.lastSeq
        }
        if journalRecords > 0 {
            guard let last = try? journal.parseRecord(journalRecords - 1), let seq = last["seq"]?.numberValue?.int64 else { return false }
            lastSeq = Int(seq)
        }
        guard lastSeq == expectedLastSeq, journal.fileLength == journalLength else { return false }
        let header = SnapshotFile.headerLine(lastSeq: lastSeq, changeSets: changeSets, createdAt: now)
        let footer = SnapshotFile.footerLine(changeSets: changeSets)
        let journalBytes = journal.intactLength
        try AtomicFile.write(to: directory.snapshotPath) { (descriptor: Int32) throws(StorageError) in
            try AtomicFile.writeAll(header[...], to: descriptor, path: directory.snapshotPath)
            if let body { try copy(from: directory.snapshotPath, offset: body.offset, length: body.length, to: descriptor) }
            if journalBytes > 0 { try copy(from: directory.journalPath, offset: 0, length: journalBytes, to: descriptor) }
            try AtomicFile.writeAll(footer[...], to: descriptor, path: directory.snapshotPath)
        }
        return true
    }

    /// Where the change-set lines of the current snapshot lie, after checking that its header and
    /// footer are intact and agree with `snapshotChangeSets`.
    private func oldSnapshotBody() throws(StorageError) -> (offset: Int64, length: Int64, lastSeq: Int)? {
        let path = directory.snapshotPath
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = Int64(status.st_size)
        let head = readRange(descriptor, offset: 0, length: Int(min(size, 4096)))
        let tailStart = max(0, size - 4096)
        let tail = readRange(descriptor, offset: tailStart, length: Int(size - tailStart))
        guard let headerEnd = head.firstIndex(of: UInt8(ascii: "\n")), tail.last == UInt8(ascii: "\n"),
              let footerStart = tail.dropLast().lastIndex(of: UInt8(ascii: "\n")).map({ $0 + 1 }) else { return nil }
        let headerScan = JournalScan.scan(Array(head[...headerEnd]))
        let footerScan = JournalScan.scan(Array(tail[footerStart...]))
        guard headerScan.objectRanges.count == 1, footerScan.objectRanges.count == 1,
              let header = try? headerScan.parseRecord(0), let footer = try? footerScan.parseRecord(0),
              header["format"] == .string(SnapshotFile.format), header["version"] == JSONValue(SnapshotFile.currentVersion),
              header["changeSets"] == JSONValue(snapshotChangeSets), footer["end"] == true,
              footer["changeSets"] == JSONValue(snapshotChangeSets),
              let lastSeq = header["lastSeq"]?.numberValue?.int64 else { return nil }
        let bodyStart = Int64(headerEnd + 1)
        let bodyEnd = tailStart + Int64(footerStart)
        guard bodyEnd >= bodyStart else { return nil }
        return (bodyStart, bodyEnd - bodyStart, Int(lastSeq))
    }

    private func readRange(_ descriptor: Int32, offset: Int64, length: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: length)
        let count = bytes.withUnsafeMutableBytes { raw in raw.baseAddress.map { pread(descriptor, $0, length, off_t(offset)) } ?? 0 }
        return Array(bytes.prefix(max(0, count)))
    }

    /// Copies `length` bytes of `path` from `offset` to the end of `target`, in 4 MB chunks.
    private func copy(from path: String, offset: Int64, length: Int64, to target: Int32) throws(StorageError) {
        let source = open(path, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { throw .system(operation: "open", path: path, errno: errno) }
        defer { close(source) }
        var chunk = [UInt8](repeating: 0, count: 4 << 20)
        var done: Int64 = 0
        while done < length {
            let wanted = Int(min(Int64(chunk.count), length - done))
            let count = chunk.withUnsafeMutableBytes { raw in raw.baseAddress.map { pread(source, $0, wanted, off_t(offset + done)) } ?? -1 }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw .system(operation: "read", path: path, errno: count == 0 ? EIO : errno) }
            try AtomicFile.writeAll(chunk[0..<count], to: target, path: path)
            done += Int64(count)
        }
    }
}
