import CRMCore
import JSONRPC

/// `lead.archive`: soft delete.
enum LeadArchive: RecordArchiveMethod {
    typealias Record = Lead
    static let archives = true
    static let examples = [DemoExamples.example(LeadArchive.self, "Archive a lead", ["id": "lead_1"])]
}

/// `lead.restore`: undo an archive.
enum LeadRestore: RecordArchiveMethod {
    typealias Record = Lead
    static let archives = false
    static let examples = [DemoExamples.example(LeadRestore.self, "Restore a lead (a no-op when it is not archived)", ["id": "lead_1"])]
}
