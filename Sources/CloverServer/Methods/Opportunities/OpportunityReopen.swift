import CRMCore
import JSONRPC

/// `opportunity.reopen` (alias `deal.reopen`): managers and admins only.
enum OpportunityReopen: RPCMethod {
    static let name = "opportunity.reopen"
    static let summary = "Reopens a won or lost deal into an open stage (managers and admins only)."
    static let description: String? = "Use when a closed deal comes back to life. Default stage: the last open stage a lost deal had. Winning again later does not create a second licence request."
    static let params = [
        ParamDeclaration("id", WireSchema.id(.opportunity), required: true),
        ParamDeclaration("stage", .enumeration(OpportunityStage.allCases.filter { !$0.isClosed }.map(\.rawValue), "The open stage to reopen into.")),
        ParamDeclaration("ifVersion", WireSchema.ifVersion),
    ]
    static let result = RecordSchema.opportunity
    static let errors: [ErrorCode] = [.notFound, .forbidden, .conflict, .invalidTransition]
    static let examples = [DemoExamples.example(OpportunityReopen.self, "A lost deal comes back", ["id": "opp_5", "stage": "proposal"])]

    struct Params: RPCParams {
        let id: RecordID
        let stage: OpportunityStage?
        let ifVersion: Int?

        init(from params: ParamReader) throws {
            id = try params.requiredID("id", .opportunity)
            stage = params.enumeration("stage", OpportunityStage.self)
            ifVersion = params.int("ifVersion")
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("opportunity") { () throws(CRMError) in
            try context.state.reopenOpportunity(params.id, to: params.stage, ifVersion: params.ifVersion, context.operation)
        }
        return try RecordOutput(planned, committedIn: &context)
    }
}
