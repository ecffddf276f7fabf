import CRMCore
import JSONRPC

/// `quota.update`.
enum QuotaUpdate: RPCMethod {
    static let name = "quota.update"
    static let summary = "Changes a quota's period, amount or currency; managers (their team) and admins."
    static let description: String? = "Use when a target is revised. Pass ifVersion to avoid overwriting someone else's change."
    static let params = [
        ParamDeclaration("id", WireSchema.id(.quota), required: true),
        ParamDeclaration("period", .string("2026-Q4 or 2026-11.")),
        ParamDeclaration("amount", WireSchema.money),
        ParamDeclaration("currency", WireSchema.currency),
        ParamDeclaration("ifVersion", WireSchema.ifVersion),
    ]
    static let result = RecordSchema.quota
    static let errors: [ErrorCode] = [.notFound, .forbidden, .conflict]
    static let examples = [
        DemoExamples.example(QuotaUpdate.self, "Raise a target", ["id": "quota_1", "amount": JSONValue.number(JSONNumber(units: 30000000, decimals: 2))]),
    ]

    struct Params: RPCParams {
        let id: RecordID
        let patch: QuotaPatch

        init(from params: ParamReader) throws {
            id = try params.requiredID("id", .quota)
            patch = QuotaPatch(period: params.string("period"), amount: try params.money("amount"), currency: params.string("currency"),
                               ifVersion: params.int("ifVersion"))
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("quota") { () throws(CRMError) in try context.state.updateQuota(params.id, params.patch, context.operation) }
        return try RecordOutput(planned, committedIn: &context)
    }
}
