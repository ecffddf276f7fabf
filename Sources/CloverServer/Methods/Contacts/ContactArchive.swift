import CRMCore
import JSONRPC

/// `contact.archive`: soft delete.
enum ContactArchive: RecordArchiveMethod {
    typealias Record = Contact
    static let archives = true
    static let examples = [DemoExamples.example(ContactArchive.self, "Archive a contact", ["id": "cont_1"])]
}

/// `contact.restore`: undo an archive.
enum ContactRestore: RecordArchiveMethod {
    typealias Record = Contact
    static let archives = false
    static let examples = [DemoExamples.example(ContactRestore.self, "Restore a contact (a no-op when it is not archived)", ["id": "cont_1"])]
}
