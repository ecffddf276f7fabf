import CRMCore
import JSONRPC

/// `lead.list`: visible leads, filtered and paged.
enum LeadList: RecordListMethod {
    typealias Record = Lead
    static let examples = [
        DemoExamples.example(LeadList.self, "Qualified leads, newest first", [
            "filters": [["field": "status", "op": "eq", "value": "qualified"]], "limit": 2,
        ]),
    ]
}
