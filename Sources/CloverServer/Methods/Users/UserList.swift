import CRMCore
import JSONRPC

/// `user.list`: visible users, filtered and paged.
enum UserList: RecordListMethod {
    typealias Record = User
    static let examples = [DemoExamples.example(UserList.self, "The two newest", ["limit": 2])]
}
