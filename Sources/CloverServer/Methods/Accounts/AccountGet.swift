import CRMCore
import JSONRPC

/// `account.get`: one account by id.
enum AccountGet: RecordGetMethod {
    typealias Record = Account
    static let examples = [DemoExamples.example(AccountGet.self, "A demo account", ["id": "acct_1"])]
}
