#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file so that a crash at any moment leaves either the old file or the new one, whole.
///
/// Write a temporary file in the same directory, fsync it, rename it over the target, then fsync
/// the directory so the rename itself is durable (the sequence SQLite and swift-foundation use).
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(StorageError) {
        try write(to: path) { (descriptor: Int32) throws(StorageError) in try writeAll(bytes[...], to: descriptor, path: path) }
    }

    /// The same sequence, with the contents written by `fill` into the temporary file's descriptor
    /// (so large files can be assembled from pieces without one buffer holding them all).
    public static func write(to path: String, _ fill: (Int32) throws(StorageError) -> Void) throws(StorageError) {
        let directory = parentDirectory(of: path)
        let temporary = "\(path).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .system(operation: "create", path: temporary, errno: errno) }
        var failure: StorageError? = nil
        do {
            try fill(descriptor)
        } catch {
            failure = error
        }
        if failure == nil, fsync(descriptor) != 0 { failure = .system(operation: "fsync", path: temporary, errno: errno) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = .system(operation: "rename", path: path, errno: errno) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        try syncDirectory(directory)
    }

    /// write(2) until every byte is out (retrying short writes and EINTR).
    public static func writeAll(_ bytes: ArraySlice<UInt8>, to descriptor: Int32, path: String) throws(StorageError) {
        var failure: StorageError? = nil
        bytes.withUnsafeBytes { raw in
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
        if let failure { throw failure }
    }

    /// fsyncs a directory, making renames and new entries in it durable.
    public static func syncDirectory(_ path: String) throws(StorageError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(operation: "open", path: path, errno: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw .system(operation: "fsync", path: path, errno: errno) }
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }
}
