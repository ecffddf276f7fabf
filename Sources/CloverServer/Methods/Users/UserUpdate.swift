import CRMCore
import JSONRPC

/// `user.update`: admins only.
enum UserUpdate: RPCMethod {
    static let name = "user.update"
    static let summary = "Changes a user's handle, name, e-mail, role or manager; admins only."
    static let description: String? = "Use when someone changes team or role. Pass ifVersion to avoid overwriting someone else's change."
    static let params = [
        ParamDeclaration("id", WireSchema.id(.user), required: true),
        ParamDeclaration("handle", .string(nil, minLength: 1, maxLength: 64)),
        ParamDeclaration("name", .string(nil, minLength: 1, maxLength: 200)),
        ParamDeclaration("email", JSONSchema.string(nil, format: .email).orNull),
        ParamDeclaration("role", WireSchema.enumeration(UserRole.self)),
        ParamDeclaration("managerId", WireSchema.id(.user).orNull),
        ParamDeclaration("ifVersion", WireSchema.ifVersion),
    ]
    static let result = RecordSchema.user
    static let errors: [ErrorCode] = [.notFound, .forbidden, .conflict]
    static let examples = [DemoExamples.example(UserUpdate.self, "A new e-mail", ["id": "user_3", "email": "minji@clover.example"])]

    struct Params: RPCParams {
        let id: RecordID
        let patch: UserPatch

        init(from params: ParamReader) throws {
            id = try params.requiredID("id", .user)
            patch = UserPatch(handle: params.string("handle"), name: params.string("name"), email: params.textPatch("email"),
                              role: params.enumeration("role", UserRole.self), managerId: try params.idPatch("managerId", .user),
                              ifVersion: params.int("ifVersion"))
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("user") { () throws(CRMError) in try context.state.updateUser(params.id, params.patch, context.operation) }
        return try RecordOutput(planned, committedIn: &context)
    }
}
