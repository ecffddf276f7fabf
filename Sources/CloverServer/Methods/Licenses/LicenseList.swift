import CRMCore
import JSONRPC

/// `license.list`: visible licence requests, filtered and paged.
enum LicenseList: RecordListMethod {
    typealias Record = LicenseRequest
    static let examples = [DemoExamples.example(LicenseList.self, "The two newest", ["limit": 2])]
}
