import CRMCore
import JSONRPC

/// `opportunity.list`: visible opportunities, filtered and paged.
enum OpportunityList: RecordListMethod {
    typealias Record = Opportunity
    static let examples = [DemoExamples.example(OpportunityList.self, "The two newest", ["limit": 2])]
}
