import CRMCore
import JSONRPC

/// `opportunity.update` (alias `deal.update`).
enum OpportunityUpdate: RPCMethod {
    static let name = "opportunity.update"
    static let summary = "Changes some fields of a deal; absent fields are kept, null clears an optional one."
    static let description: String? = "Use to edit deal terms (acv, term, fees, close date, probability, owner). Stage moves are clearer with opportunity.changeStage; a closed deal is reopened only by opportunity.reopen. Pass ifVersion to avoid overwriting someone else's change."
    static let params = FieldParam.update(WireSchema.id(.opportunity), OpportunityFields.all)
    static let result = RecordSchema.opportunity
    static let errors: [ErrorCode] = [.notFound, .forbidden, .conflict, .invalidTransition]
    static let examples = [
        DemoExamples.example(OpportunityUpdate.self, "New close date", ["id": "opp_1", "closeDate": "2027-03-31"]),
    ]

    struct Params: RPCParams {
        let id: RecordID
        let patch: OpportunityPatch

        init(from params: ParamReader) throws {
            id = try params.requiredID("id", .opportunity)
            patch = OpportunityPatch(
                name: params.string("name"), accountId: try params.id("accountId", .account),
                primaryContactId: try params.idPatch("primaryContactId", .contact), stage: params.enumeration("stage", OpportunityStage.self),
                acv: try params.money("acv"), currency: params.string("currency"), termYears: params.int("termYears"),
                oneTimeFees: try params.money("oneTimeFees"), closeDate: params.dayPatch("closeDate"),
                type: params.enumeration("type", OpportunityType.self), ownerId: try params.id("ownerId", .user),
                lostReason: params.textPatch("lostReason"), probability: params.intPatch("probability"), ifVersion: params.int("ifVersion"))
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("opportunity") { () throws(CRMError) in
            try context.state.updateOpportunity(params.id, params.patch, context.operation)
        }
        return try RecordOutput(planned, committedIn: &context)
    }
}
