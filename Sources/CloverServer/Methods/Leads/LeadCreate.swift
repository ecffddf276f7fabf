import CRMCore
import JSONRPC

/// `lead.create`.
enum LeadCreate: RPCMethod {
    static let name = "lead.create"
    static let summary = "Creates a lead (a prospect not yet qualified), owned by the acting user unless ownerId says otherwise."
    static let description: String? = "Use when a new person or company shows interest (event, referral, inbound, outreach). A BD can only create leads they own; managers may assign within their team."
    static let params = FieldParam.create(LeadFields.all)
    static let result = RecordSchema.lead
    static let errors: [ErrorCode] = [.forbidden]
    static let examples = [
        DemoExamples.example(LeadCreate.self, "A lead from an event", [
            "name": "Mina Cho", "company": "Musinsa", "email": "mina.cho@musinsa.example", "source": "event", "country": "KR",
        ]),
    ]

    struct Params: RPCParams {
        let draft: LeadDraft

        init(from params: ParamReader) throws {
            draft = LeadDraft(
                name: params.string("name") ?? "", company: params.string("company"), title: params.string("title"),
                email: params.string("email"), phone: params.string("phone"), country: params.string("country"),
                industry: params.string("industry"), source: params.enumeration("source", LeadSource.self),
                status: params.enumeration("status", LeadStatus.self), disqualifiedReason: params.string("disqualifiedReason"),
                notes: params.string("notes"), ownerId: try params.id("ownerId", .user))
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("lead") { () throws(CRMError) in try context.state.createLead(params.draft, context.operation) }
        return try RecordOutput(planned, committedIn: &context)
    }
}
