import CRMCore
import JSONRPC

/// `quota.create`: managers and admins.
enum QuotaCreate: RPCMethod {
    static let name = "quota.create"
    static let summary = "Sets a quota for a user (userId) or a manager's team (managerId) for a quarter or month; managers and admins."
    static let description: String? = "Use when targets are set. Exactly one of userId and managerId. Quota attainment in dashboard.summary and the goal line of the quarterly chart read these."
    static let params = [
        ParamDeclaration("userId", WireSchema.id(.user, "A personal quota.")),
        ParamDeclaration("managerId", WireSchema.id(.user, "A team quota (the manager's team).")),
        ParamDeclaration("period", .string("Fiscal quarter 2026-Q4 or month 2026-11."), required: true),
        ParamDeclaration("amount", WireSchema.money, required: true),
        ParamDeclaration("currency", WireSchema.currency),
    ]
    static let result = RecordSchema.quota
    static let errors: [ErrorCode] = [.forbidden, .conflict, .notFound]
    static let examples = [
        DemoExamples.example(QuotaCreate.self, "Next quarter for bd.kim", [
            "userId": "user_3", "period": "2027-Q1", "amount": JSONValue.number(JSONNumber(units: 25000000, decimals: 2)),
        ]),
    ]

    struct Params: RPCParams {
        let draft: QuotaDraft

        init(from params: ParamReader) throws {
            draft = QuotaDraft(userId: try params.id("userId", .user), managerId: try params.id("managerId", .user),
                               period: params.string("period") ?? "", amount: try params.money("amount") ?? "0",
                               currency: params.string("currency"))
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("quota") { () throws(CRMError) in try context.state.createQuota(params.draft, context.operation) }
        return try RecordOutput(planned, committedIn: &context)
    }
}
