import CRMCore
import JSONRPC

/// `opportunity.archive`: soft delete.
enum OpportunityArchive: RecordArchiveMethod {
    typealias Record = Opportunity
    static let archives = true
    static let examples = [DemoExamples.example(OpportunityArchive.self, "Archive a opportunity", ["id": "opp_1"])]
}

/// `opportunity.restore`: undo an archive.
enum OpportunityRestore: RecordArchiveMethod {
    typealias Record = Opportunity
    static let archives = false
    static let examples = [DemoExamples.example(OpportunityRestore.self, "Restore a opportunity (a no-op when it is not archived)", ["id": "opp_1"])]
}
