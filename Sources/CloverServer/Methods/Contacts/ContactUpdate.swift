import CRMCore
import JSONRPC

/// `contact.update`.
enum ContactUpdate: RPCMethod {
    static let name = "contact.update"
    static let summary = "Changes some fields of a contact; absent fields are kept, null clears an optional one."
    static let description: String? = "Use to keep a person's details current or mark them as the champion. Pass ifVersion to avoid overwriting someone else's change."
    static let params = FieldParam.update(WireSchema.id(.contact), ContactFields.all)
    static let result = RecordSchema.contact
    static let errors: [ErrorCode] = [.notFound, .forbidden, .conflict]
    static let examples = [DemoExamples.example(ContactUpdate.self, "Now the champion", ["id": "cont_1", "role": "champion"])]

    struct Params: RPCParams {
        let id: RecordID
        let patch: ContactPatch

        init(from params: ParamReader) throws {
            id = try params.requiredID("id", .contact)
            patch = ContactPatch(
                accountId: try params.id("accountId", .account), name: params.string("name"), title: params.textPatch("title"),
                email: params.textPatch("email"), phone: params.textPatch("phone"), role: params.enumeration("role", ContactRole.self),
                ownerId: try params.id("ownerId", .user), ifVersion: params.int("ifVersion"))
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("contact") { () throws(CRMError) in try context.state.updateContact(params.id, params.patch, context.operation) }
        return try RecordOutput(planned, committedIn: &context)
    }
}
