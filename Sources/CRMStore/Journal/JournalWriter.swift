#if canImport(Glibc)
import Glibc
#endif
import JSON

/// Appends journal lines and makes them durable in groups.
///
/// `append` only buffers; `sync` writes everything buffered with one write(2) and one fsync(2), so
/// all the writes read in one input chunk share one fsync (group commit). When writing or syncing
/// fails, the file is cut back to its last durable length and the buffered lines are dropped, so
/// what is on disk is exactly what was acknowledged before — never a half-written group.
public final class JournalWriter: @unchecked Sendable {
    // @unchecked: while a group taken with `takeGroup` is written on the thread that makes groups
    // durable (`GroupCommitter`), that thread alone touches the file and the lengths and the owner
    // only buffers (`pending`, `pendingRecords`, `spare`); the owner waits for the group before
    // anything else. Otherwise only the owner uses it.
    public let path: String
    private var descriptor: Int32
    /// Bytes written by completed groups (acknowledged); in strict mode also fsync'ed.
    public private(set) var durableLength: Int64
    /// Bytes known to be on stable storage.
    public private(set) var syncedLength: Int64
    /// Framed lines not yet written, encoded in place (no array per record).
    private var pending = JSONWriter(capacity: 1 << 16)
    /// Records appended since the last successful sync.
    public private(set) var pendingRecords = 0

    public init(path: String) throws(StorageError) {
        self.path = path
        // Read and write: `restart` reads back the records it keeps.
        descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .system(operation: "open", path: path, errno: errno) }
        let end = lseek(descriptor, 0, SEEK_END)
        guard end >= 0 else {
            let code = errno
            close(descriptor)
            throw .system(operation: "seek", path: path, errno: code)
        }
        durableLength = Int64(end)
        syncedLength = Int64(end)
    }

    deinit { close(descriptor) }

    public var hasPending: Bool { pending.count > 0 }

    /// Buffers one framed line (see `JournalLine.frame`).
    public func append(_ line: [UInt8]) {
        line.withUnsafeBufferPointer { pending.raw($0) }
        pendingRecords += 1
    }

    /// Frames a compact JSON object as a journal line straight into the buffer (no line copy).
    public func append(object: [UInt8]) {
        append { writer in object.withUnsafeBufferPointer { writer.raw($0) } }
    }

    /// Buffers lines framed elsewhere (see `JournalEncoder`): `records` whole lines.
    func append(framedLines: UnsafeBufferPointer<UInt8>, records: Int) {
        pending.raw(framedLines)
        pendingRecords += records
    }

    /// Buffers the compact JSON object `write` writes, framed as a journal line where it was written.
    public func append(writing write: (inout JSONWriter) -> Void) {
        let start = pending.count
        write(&pending)
        JournalLine.frameInPlace(objectFrom: start, in: &pending)
        pendingRecords += 1
    }

    /// Writes everything buffered with one write(2) and, when `durably`, one fsync(2). On failure
    /// the file is cut back to what earlier groups wrote and the group is dropped.
    public func sync(durably: Bool = true) throws(StorageError) {
        guard pending.count > 0 else {
            if durably && syncedLength < durableLength { try fsyncNow() }
            return
        }
        var group = takeGroup()
        defer { recycle(&group) }
        try write(group, durably: durably)
    }

    /// The buffered lines as a group to `write`, possibly on another thread; buffering goes on in
    /// a buffer of their own.
    func takeGroup() -> JournalGroup {
        var bytes = spare ?? JSONWriter(capacity: 1 << 16)
        spare = nil
        swap(&bytes, &pending)
        defer { pendingRecords = 0 }
        return JournalGroup(bytes: bytes, records: pendingRecords)
    }

    /// Gives a written group's buffer back for the next `takeGroup`.
    func recycle(_ group: inout JournalGroup) {
        group.bytes.removeAll(keepingCapacity: true)
        spare = group.bytes
        group.bytes = JSONWriter()
    }

    /// A buffer `takeGroup` swaps in, so groups do not allocate one each.
    private var spare: JSONWriter?

    /// Drops the buffered lines: their change sets are being taken back from memory.
    func discardPending() {
        pending.removeAll(keepingCapacity: true)
        pendingRecords = 0
    }

    /// Writes a group taken with `takeGroup`, as `sync` does. While it runs (on the thread that
    /// makes groups durable), the owner only buffers: this touches the file and the lengths.
    func write(_ group: JournalGroup, durably: Bool) throws(StorageError) {
        guard group.bytes.count > 0 else {
            if durably && syncedLength < durableLength { try fsyncNow() }
            return
        }
        var failure: StorageError? = nil
        group.bytes.withBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = .system(operation: "write", path: path, errno: errno)
                    return
                }
                offset += written
            }
        }
        if failure == nil, durably, fsync(descriptor) != 0 {
            failure = .system(operation: "fsync", path: path, errno: errno)
        }
        if let failure {
            // Take back whatever part of the group reached the file: memory must match disk.
            _ = ftruncate(descriptor, off_t(durableLength))
            throw failure
        }
        durableLength += Int64(group.bytes.count)
        if durably { syncedLength = durableLength }
    }

    /// fsyncs what earlier relaxed groups wrote.
    public func fsyncNow() throws(StorageError) {
        guard syncedLength < durableLength else { return }
        guard fsync(descriptor) == 0 else { throw .system(operation: "fsync", path: path, errno: errno) }
        syncedLength = durableLength
    }

    /// True when written records still wait for their fsync (relaxed durability).
    public var hasUnsyncedWrites: Bool { syncedLength < durableLength }

    /// Starts the journal over with only its bytes from `offset` on: the records after those a new
    /// snapshot holds. The kept bytes go to a temporary file renamed over the journal (see
    /// `AtomicFile`), so a crash leaves the old journal or the new one, and recovery skips what the
    /// snapshot already holds either way. Call with nothing buffered and everything fsync'ed.
    public func restart(keepingFrom offset: Int64) throws(StorageError) {
        precondition(pending.count == 0 && syncedLength == durableLength && offset <= durableLength, "restart with unsynced records")
        var kept = [UInt8](repeating: 0, count: Int(durableLength - offset))
        var done = 0
        while done < kept.count {
            let count = kept.withUnsafeMutableBytes { raw in
                raw.baseAddress.map { pread(descriptor, $0 + done, raw.count - done, off_t(offset) + off_t(done)) } ?? -1
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw .system(operation: "read", path: path, errno: count == 0 ? EIO : errno) }
            done += count
        }
        try AtomicFile.write(kept, to: path)
        let reopened = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard reopened >= 0 else { throw .system(operation: "open", path: path, errno: errno) }
        close(descriptor)
        descriptor = reopened
        durableLength = Int64(kept.count)
        syncedLength = durableLength
    }

    /// Empties the journal after a snapshot has made its records durable elsewhere.
    public func reset() throws(StorageError) {
        guard ftruncate(descriptor, 0) == 0 else { throw .system(operation: "truncate", path: path, errno: errno) }
        guard fsync(descriptor) == 0 else { throw .system(operation: "fsync", path: path, errno: errno) }
        durableLength = 0
        syncedLength = 0
    }
}

/// Framed journal lines taken out of the buffer to be written as one group.
struct JournalGroup: @unchecked Sendable {
    // @unchecked: handed from the owner to the committing thread and back, never shared.
    var bytes: JSONWriter
    let records: Int
}
