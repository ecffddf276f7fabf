import CRMCore
import JSONRPC

/// `opportunity.recent` (alias `deal.recent`).
enum OpportunityRecent: RPCMethod {
    static let name = "opportunity.recent"
    static let summary = "The most recently changed visible deals, newest first."
    static let description: String? = "Use for a \"what moved lately\" view or to find a deal someone just worked on."
    static let params = [ParamDeclaration("limit", .integer(minimum: 1, maximum: 100, default: 10))]
    static let result = JSONSchema.object(nil, [JSONSchema.array(of: RecordSchema.opportunity).property("items", required: true)])
    static let examples = [DemoExamples.example(OpportunityRecent.self, "The last two", ["limit": 2])]

    struct Params: RPCParams {
        let limit: Int

        init(from params: ParamReader) {
            limit = params.int("limit") ?? 10
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let deals = try context.state.recentOpportunities(limit: params.limit, by: context.actor.id)
        return ["items": .array(deals.map { RecordJSON.value(.opportunity($0)) })]
    }
}
