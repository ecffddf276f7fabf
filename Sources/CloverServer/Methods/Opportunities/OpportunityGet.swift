import CRMCore
import JSONRPC

/// `opportunity.get`: one opportunity by id.
enum OpportunityGet: RecordGetMethod {
    typealias Record = Opportunity
    static let examples = [DemoExamples.example(OpportunityGet.self, "A demo opportunity", ["id": "opp_1"])]
}
