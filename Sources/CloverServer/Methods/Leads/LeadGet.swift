import CRMCore
import JSONRPC

/// `lead.get`: one lead by id (the hot read path; written straight into the response).
enum LeadGet: RecordGetMethod {
    typealias Record = Lead
    static let examples = [DemoExamples.example(LeadGet.self, "A demo lead", ["id": "lead_1"])]
}
