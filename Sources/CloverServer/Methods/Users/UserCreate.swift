import CRMCore
import JSONRPC

/// `user.create`: admins only.
enum UserCreate: RPCMethod {
    static let name = "user.create"
    static let summary = "Adds a user (bd, manager or admin); admins only. Handles are unique."
    static let description: String? = "Use to onboard a team member. managerId puts a BD in a manager's team, which decides what the manager sees."
    static let params = [
        ParamDeclaration("handle", .string("Unique login-style handle, e.g. bd.lee.", minLength: 1, maxLength: 64), required: true),
        ParamDeclaration("name", .string(nil, minLength: 1, maxLength: 200), required: true),
        ParamDeclaration("email", .string(nil, format: .email)),
        ParamDeclaration("role", WireSchema.enumeration(UserRole.self), required: true),
        ParamDeclaration("managerId", WireSchema.id(.user, "The user's manager.")),
    ]
    static let result = RecordSchema.user
    static let errors: [ErrorCode] = [.forbidden, .conflict]
    static let examples = [
        DemoExamples.example(UserCreate.self, "A new BD in the team", [
            "handle": "bd.lee", "name": "이도윤", "email": "doyun.lee@clover.example", "role": "bd", "managerId": "user_2",
        ]),
    ]

    struct Params: RPCParams {
        let draft: UserDraft

        init(from params: ParamReader) throws {
            draft = UserDraft(handle: params.string("handle") ?? "", name: params.string("name") ?? "", email: params.string("email"),
                              role: params.enumeration("role", UserRole.self) ?? .bd, managerId: try params.id("managerId", .user))
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("user") { () throws(CRMError) in try context.state.createUser(params.draft, context.operation) }
        return try RecordOutput(planned, committedIn: &context)
    }
}
