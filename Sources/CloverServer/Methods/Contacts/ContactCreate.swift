import CRMCore
import JSONRPC

/// `contact.create`.
enum ContactCreate: RPCMethod {
    static let name = "contact.create"
    static let summary = "Adds a person at a visible account (a champion or a plain contact)."
    static let description: String? = "Use to record someone you deal with at a customer. The account must be visible to the acting user."
    static let params = FieldParam.create(ContactFields.all)
    static let result = RecordSchema.contact
    static let errors: [ErrorCode] = [.forbidden, .notFound]
    static let examples = [
        DemoExamples.example(ContactCreate.self, "A champion", [
            "accountId": "acct_1", "name": "Alex Kim", "email": "alex.kim@nike.example", "role": "champion",
        ]),
    ]

    struct Params: RPCParams {
        let draft: ContactDraft

        init(from params: ParamReader) throws {
            draft = ContactDraft(
                accountId: try params.requiredID("accountId", .account), name: params.string("name") ?? "",
                title: params.string("title"), email: params.string("email"), phone: params.string("phone"),
                role: params.enumeration("role", ContactRole.self), ownerId: try params.id("ownerId", .user))
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("contact") { () throws(CRMError) in try context.state.createContact(params.draft, context.operation) }
        return try RecordOutput(planned, committedIn: &context)
    }
}
