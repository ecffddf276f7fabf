import CRMCore
import JSONRPC

/// `user.archive`: soft delete.
enum UserArchive: RecordArchiveMethod {
    typealias Record = User
    static let archives = true
    static let examples = [DemoExamples.example(UserArchive.self, "Archive a user", ["id": "user_3"])]
}

/// `user.restore`: undo an archive.
enum UserRestore: RecordArchiveMethod {
    typealias Record = User
    static let archives = false
    static let examples = [DemoExamples.example(UserRestore.self, "Restore a user (a no-op when it is not archived)", ["id": "user_3"])]
}
