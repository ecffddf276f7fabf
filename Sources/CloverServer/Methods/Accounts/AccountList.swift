import CRMCore
import JSONRPC

/// `account.list`: visible accounts, filtered and paged.
enum AccountList: RecordListMethod {
    typealias Record = Account
    static let examples = [DemoExamples.example(AccountList.self, "The two newest", ["limit": 2])]
}
