import CRMCore
import JSONRPC

/// `contact.get`: one contact by id.
enum ContactGet: RecordGetMethod {
    typealias Record = Contact
    static let examples = [DemoExamples.example(ContactGet.self, "A demo contact", ["id": "cont_1"])]
}
