import CRMCore
import JSONRPC

/// `quota.archive`: soft delete.
enum QuotaArchive: RecordArchiveMethod {
    typealias Record = Quota
    static let archives = true
    static let examples = [DemoExamples.example(QuotaArchive.self, "Archive a quota", ["id": "quota_1"])]
}

/// `quota.restore`: undo an archive.
enum QuotaRestore: RecordArchiveMethod {
    typealias Record = Quota
    static let archives = false
    static let examples = [DemoExamples.example(QuotaRestore.self, "Restore a quota (a no-op when it is not archived)", ["id": "quota_1"])]
}
