import CRMCore
import JSONRPC

/// `quota.get`: one quota by id.
enum QuotaGet: RecordGetMethod {
    typealias Record = Quota
    static let examples = [DemoExamples.example(QuotaGet.self, "A demo quota", ["id": "quota_1"])]
}
