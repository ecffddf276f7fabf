import CRMCore
import JSONRPC

/// `account.update`: partial; null clears an optional field.
enum AccountUpdate: RPCMethod {
    static let name = "account.update"
    static let summary = "Changes some fields of an account; absent fields are kept, null clears an optional one."
    static let description: String? = "Use to keep the account header current (health, plan, seats, MAU, pain points, DnI user). Pass ifVersion to avoid overwriting someone else's change."
    static let params = FieldParam.update(WireSchema.id(.account), AccountFields.all)
    static let result = RecordSchema.account
    static let errors: [ErrorCode] = [.notFound, .forbidden, .conflict]
    static let examples = [DemoExamples.example(AccountUpdate.self, "Health drops", ["id": "acct_1", "health": "at_risk"])]

    struct Params: RPCParams {
        let id: RecordID
        let patch: AccountPatch

        init(from params: ParamReader) throws {
            id = try params.requiredID("id", .account)
            patch = AccountPatch(
                name: params.string("name"), domain: params.textPatch("domain"), website: params.textPatch("website"),
                industry: params.textPatch("industry"), country: params.textPatch("country"), ownerId: try params.id("ownerId", .user),
                dniUserId: try params.idPatch("dniUserId", .user), health: params.enumPatch("health", AccountHealth.self),
                plan: params.textPatch("plan"), seats: params.intPatch("seats"), seatsUsed: params.intPatch("seatsUsed"),
                mau: params.intPatch("mau"), painPoints: params.textPatch("painPoints"),
                parentAccountId: try params.idPatch("parentAccountId", .account), ifVersion: params.int("ifVersion"))
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("account") { () throws(CRMError) in try context.state.updateAccount(params.id, params.patch, context.operation) }
        return try RecordOutput(planned, committedIn: &context)
    }
}
