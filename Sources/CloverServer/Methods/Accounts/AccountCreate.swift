import CRMCore
import JSONRPC

/// `account.create`: refuses likely duplicates unless told otherwise.
enum AccountCreate: RPCMethod {
    static let name = "account.create"
    static let summary = "Creates an account (customer company); answers 300 with candidates when it looks like an existing one."
    static let description: String? = "Use for a new customer company. The duplicate search (normalised name, legal suffixes removed, and domain) runs first: on 300, pick an existing account from data.candidates or call again with allowDuplicate: true."
    static let params = FieldParam.create(AccountFields.all)
        + [ParamDeclaration("allowDuplicate", .boolean("Create even when duplicate candidates exist.", default: false))]
    static let result = RecordSchema.account
    static let errors: [ErrorCode] = [.duplicateCandidates, .forbidden]
    static let examples = [
        DemoExamples.example(AccountCreate.self, "A new brand", [
            "name": "Ader Error Co., Ltd.", "domain": "adererror.com", "country": "KR", "plan": "CLO3D Pro", "seats": 20,
        ]),
    ]

    struct Params: RPCParams {
        let draft: AccountDraft
        let allowDuplicate: Bool

        init(from params: ParamReader) throws {
            draft = try AccountFields.draft(params)
            allowDuplicate = params.bool("allowDuplicate") ?? false
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("account") { () throws(CRMError) in
            try context.state.createAccount(params.draft, allowDuplicate: params.allowDuplicate, context.operation)
        }
        return try RecordOutput(planned, committedIn: &context)
    }
}
