import CRMCore
import JSONRPC

/// `quota.list`: visible quotas, filtered and paged.
enum QuotaList: RecordListMethod {
    typealias Record = Quota
    static let examples = [DemoExamples.example(QuotaList.self, "The two newest", ["limit": 2])]
}
