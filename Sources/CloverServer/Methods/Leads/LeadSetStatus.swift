import CRMCore
import JSONRPC

/// `lead.setStatus`: one move on the lead board.
enum LeadSetStatus: RPCMethod {
    static let name = "lead.setStatus"
    static let summary = "Moves a lead to another status (new → contacted → qualified; any open → disqualified with a reason; disqualified → new/contacted)."
    static let description: String? = "Use for Kanban moves. A disqualified lead needs disqualifiedReason. Conversion is lead.convert, not a status. A move the rules forbid answers 422 with the allowed targets; the same status is a no-op."
    static let params = [
        ParamDeclaration("id", WireSchema.id(.lead), required: true),
        ParamDeclaration("status", WireSchema.enumeration(LeadStatus.self), required: true),
        ParamDeclaration("disqualifiedReason", .string("Required when status is disqualified.")),
        ParamDeclaration("ifVersion", WireSchema.ifVersion),
    ]
    static let result = RecordSchema.lead
    static let errors: [ErrorCode] = [.notFound, .forbidden, .conflict, .invalidTransition]
    static let examples = [DemoExamples.example(LeadSetStatus.self, "Contacted", ["id": "lead_1", "status": "contacted"])]

    struct Params: RPCParams {
        let id: RecordID
        let status: LeadStatus
        let reason: String?
        let ifVersion: Int?

        init(from params: ParamReader) throws {
            id = try params.requiredID("id", .lead)
            status = params.enumeration("status", LeadStatus.self) ?? .new
            reason = params.string("disqualifiedReason")
            ifVersion = params.int("ifVersion")
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("lead") { () throws(CRMError) in
            try context.state.setLeadStatus(params.id, params.status, disqualifiedReason: params.reason,
                                            ifVersion: params.ifVersion, context.operation)
        }
        return try RecordOutput(planned, committedIn: &context)
    }
}
