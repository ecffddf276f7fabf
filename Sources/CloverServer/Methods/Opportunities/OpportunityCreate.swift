import CRMCore
import JSONRPC

/// `opportunity.create` (alias `deal.create`).
enum OpportunityCreate: RPCMethod {
    static let name = "opportunity.create"
    static let summary = "Opens a deal on a visible account; stage defaults to prospect, probability to the stage default, type to new or expansion."
    static let description: String? = "Use for a new sales opportunity on an existing account (converting a lead can open one too). Amounts are exact: at most 2 decimals, in the deal's currency (default the base currency). Winning it creates the licence request once and notifies the host (license.requested)."
    static let params = FieldParam.create(OpportunityFields.all)
    static let result = RecordSchema.opportunity
    static let errors: [ErrorCode] = [.forbidden, .notFound]
    static let examples = [
        DemoExamples.example(OpportunityCreate.self, "An expansion deal", [
            "name": "Seats for the Tokyo studio", "accountId": "acct_1", "acv": JSONValue.number(JSONNumber(units: 3600050, decimals: 2)),
            "currency": "USD", "termYears": 2, "closeDate": "2027-02-15",
        ]),
    ]

    struct Params: RPCParams {
        let draft: OpportunityDraft

        init(from params: ParamReader) throws {
            draft = OpportunityDraft(
                name: params.string("name") ?? "", accountId: try params.requiredID("accountId", .account),
                primaryContactId: try params.id("primaryContactId", .contact), stage: params.enumeration("stage", OpportunityStage.self),
                acv: try params.money("acv"), currency: params.string("currency"), termYears: params.int("termYears"),
                oneTimeFees: try params.money("oneTimeFees"), closeDate: params.day("closeDate"),
                type: params.enumeration("type", OpportunityType.self), ownerId: try params.id("ownerId", .user),
                lostReason: params.string("lostReason"), probability: params.int("probability"))
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("opportunity") { () throws(CRMError) in try context.state.createOpportunity(params.draft, context.operation) }
        return try RecordOutput(planned, committedIn: &context)
    }
}
