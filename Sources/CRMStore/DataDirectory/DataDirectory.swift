#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Where the data lives (SPEC §6) and the files inside it.
public struct DataDirectory: Hashable, Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// `--data-dir`, else `$CLOVER_CRM_DATA_DIR`, else `$XDG_DATA_HOME/clover-crm`, else
    /// `~/.local/share/clover-crm`.
    public static func resolve(explicit: String?, environment: [String: String]) -> DataDirectory {
        if let explicit, !explicit.isEmpty { return DataDirectory(path: explicit) }
        if let path = environment["CLOVER_CRM_DATA_DIR"], !path.isEmpty { return DataDirectory(path: path) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return DataDirectory(path: xdg + "/clover-crm") }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return DataDirectory(path: home + "/.local/share/clover-crm")
    }

    public var journalPath: String { path + "/journal.ndjson" }
    public var snapshotPath: String { path + "/snapshot.json" }

    /// Creates the directory (and missing parents) if needed; the directory itself is mode 0700.
    public func prepare() throws(StorageError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .system(operation: "open", path: path, errno: ENOTDIR) }
            return
        }
        let parent = AtomicFile.parentDirectory(of: path)
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .system(operation: "create", path: parent, errno: EACCES)
        }
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else { throw .system(operation: "create", path: path, errno: errno) }
        // mkdir applies the umask; set the mode outright.
        _ = chmod(path, 0o700)
    }
}
