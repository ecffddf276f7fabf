import CRMCore
import JSONRPC

/// `opportunity.changeStage` (alias `deal.changeStage`).
enum OpportunityChangeStage: RPCMethod {
    static let name = "opportunity.changeStage"
    static let summary = "Moves a deal to another stage; lost needs lostReason; the first win creates the licence request."
    static let description: String? = "Use for pipeline moves: any open stage to any open stage, won or lost. Won and lost deals are final here (managers reopen them with opportunity.reopen); a refused move answers 422 with the allowed stages. Winning for the first time sends the host a license.requested notification after the answer."
    static let params = [
        ParamDeclaration("id", WireSchema.id(.opportunity), required: true),
        ParamDeclaration("stage", WireSchema.enumeration(OpportunityStage.self), required: true),
        ParamDeclaration("lostReason", .string("Required when stage is lost.")),
        ParamDeclaration("ifVersion", WireSchema.ifVersion),
    ]
    static let result = RecordSchema.opportunity
    static let errors: [ErrorCode] = [.notFound, .forbidden, .conflict, .invalidTransition]
    static let examples = [
        DemoExamples.example(OpportunityChangeStage.self, "Into negotiation", ["id": "opp_4", "stage": "negotiation"]),
        DemoExamples.example(OpportunityChangeStage.self, "Won: the licence request is created and the host notified", ["id": "opp_2", "stage": "won"]),
        DemoExamples.example(OpportunityChangeStage.self, "Lost, with the reason", ["id": "opp_9", "stage": "lost", "lostReason": "Chose a 2D-only tool"]),
    ]

    struct Params: RPCParams {
        let id: RecordID
        let stage: OpportunityStage
        let lostReason: String?
        let ifVersion: Int?

        init(from params: ParamReader) throws {
            id = try params.requiredID("id", .opportunity)
            stage = params.enumeration("stage", OpportunityStage.self) ?? .prospect
            lostReason = params.string("lostReason")
            ifVersion = params.int("ifVersion")
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("opportunity") { () throws(CRMError) in
            try context.state.changeStage(params.id, to: params.stage, lostReason: params.lostReason,
                                          ifVersion: params.ifVersion, context.operation)
        }
        return try RecordOutput(planned, committedIn: &context)
    }
}
