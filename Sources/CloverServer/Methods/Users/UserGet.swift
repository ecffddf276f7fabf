import CRMCore
import JSONRPC

/// `user.get`: one user by id.
enum UserGet: RecordGetMethod {
    typealias Record = User
    static let examples = [DemoExamples.example(UserGet.self, "A demo user", ["id": "user_3"])]
}
