import CRMCore
import JSONRPC

/// `account.findDuplicates`.
enum AccountFindDuplicates: RPCMethod {
    static let name = "account.findDuplicates"
    static let summary = "Visible accounts that look like the given company name or domain (the check lead.convert and account.create run)."
    static let description: String? = "Use before creating an account or converting a lead to see what already exists. Names are compared without case, spacing, punctuation or legal suffixes (Inc, Ltd, GmbH, AG, Co., 주식회사); domains also match e-mail and website domains."
    static let params = [
        ParamDeclaration("name", .string("Company name.")),
        ParamDeclaration("domain", .string("A domain, website or e-mail address.")),
    ]
    static let result = JSONSchema.object(nil, [JSONSchema.array(of: DuplicateJSON.schema).property("candidates", required: true)])
    static let examples = [DemoExamples.example(AccountFindDuplicates.self, "Nike by another name", ["name": "NIKE, Inc."])]

    struct Params: RPCParams {
        let name: String?
        let domain: String?

        init(from params: ParamReader) {
            name = params.string("name")
            domain = params.string("domain")
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let candidates = try context.state.findDuplicates(name: params.name, domain: params.domain, by: context.actor.id)
        return ["candidates": .array(candidates.map(DuplicateJSON.value))]
    }
}
