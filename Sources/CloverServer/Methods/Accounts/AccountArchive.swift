import CRMCore
import JSONRPC

/// `account.archive`: soft delete.
enum AccountArchive: RecordArchiveMethod {
    typealias Record = Account
    static let archives = true
    static let examples = [DemoExamples.example(AccountArchive.self, "Archive a account", ["id": "acct_1"])]
}

/// `account.restore`: undo an archive.
enum AccountRestore: RecordArchiveMethod {
    typealias Record = Account
    static let archives = false
    static let examples = [DemoExamples.example(AccountRestore.self, "Restore a account (a no-op when it is not archived)", ["id": "acct_1"])]
}
