import CRMCore
import JSONRPC

/// `contact.list`: visible contacts, filtered and paged.
enum ContactList: RecordListMethod {
    typealias Record = Contact
    static let examples = [DemoExamples.example(ContactList.self, "The two newest", ["limit": 2])]
}
