import CRMCore
import JSONRPC

/// `lead.update`: partial; null clears an optional field.
enum LeadUpdate: RPCMethod {
    static let name = "lead.update"
    static let summary = "Changes some fields of a lead; absent fields are kept, null clears an optional one."
    static let description: String? = "Use to correct or enrich a lead. Status moves follow the lead rules (lead.setStatus is the clearer way); converted leads are read-only. Pass ifVersion to avoid overwriting someone else's change."
    static let params = FieldParam.update(WireSchema.id(.lead), LeadFields.all)
    static let result = RecordSchema.lead
    static let errors: [ErrorCode] = [.notFound, .forbidden, .conflict, .invalidTransition]
    static let examples = [DemoExamples.example(LeadUpdate.self, "Add a title", ["id": "lead_1", "title": "Head of Design"])]

    struct Params: RPCParams {
        let id: RecordID
        let patch: LeadPatch

        init(from params: ParamReader) throws {
            id = try params.requiredID("id", .lead)
            patch = LeadPatch(
                name: params.string("name"), company: params.textPatch("company"), title: params.textPatch("title"),
                email: params.textPatch("email"), phone: params.textPatch("phone"), country: params.textPatch("country"),
                industry: params.textPatch("industry"), source: params.enumPatch("source", LeadSource.self),
                status: params.enumeration("status", LeadStatus.self), disqualifiedReason: params.textPatch("disqualifiedReason"),
                notes: params.textPatch("notes"), ownerId: try params.id("ownerId", .user), ifVersion: params.int("ifVersion"))
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("lead") { () throws(CRMError) in try context.state.updateLead(params.id, params.patch, context.operation) }
        return try RecordOutput(planned, committedIn: &context)
    }
}
