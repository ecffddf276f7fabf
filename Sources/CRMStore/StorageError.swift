#if canImport(Glibc)
import Glibc
#endif

/// Why something could not be read from or made durable on disk. Each case names the file, because
/// the person reading it has to go and look at that file.
public enum StorageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A system call failed (ENOSPC, EIO, EFBIG, EACCES…).
    case system(operation: String, path: String, errno: Int32)
    /// Another process holds the data directory.
    case locked(path: String, holderPID: Int32?)
    /// A file is damaged somewhere other than a torn final record; `line` is 1-based.
    case corrupted(path: String, line: Int, reason: String)
    /// A file was written by an unknown (newer) format version.
    case unsupportedFormat(path: String, version: Int)

    public var description: String {
        switch self {
        case .system(let operation, let path, let code):
            "\(operation) \(path) failed: \(String(cString: strerror(code)))"
        case .locked(let path, let pid):
            "the data directory \(path) is in use by another clover-crm process" + (pid.map { " (pid \($0))" } ?? "")
        case .corrupted(let path, let line, let reason):
            "\(path) is damaged at line \(line): \(reason)"
        case .unsupportedFormat(let path, let version):
            "\(path) has format version \(version), newer than this program understands"
        }
    }

    /// A short machine reason for `error.data.reason` on 507 answers: `no_space`, `io_error`, …
    public var reason: String {
        guard case .system(_, _, let code) = self else { return "storage_error" }
        switch code {
        case ENOSPC: return "no_space"
        case EDQUOT: return "quota_exceeded"
        case EFBIG: return "file_too_large"
        case EIO: return "io_error"
        case EROFS: return "read_only_file_system"
        default: return "errno_\(code)"
        }
    }
}
