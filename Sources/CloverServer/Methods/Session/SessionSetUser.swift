import CRMCore
import JSONRPC

/// `session.setUser`: act as someone else (processes started as an admin only).
enum SessionSetUser: RPCMethod {
    static let name = "session.setUser"
    static let summary = "Switches the acting user by handle; only when the process was started as an admin (and back to the admin too)."
    static let description: String? = "Use from a harness or admin console to act for several people in one process. Everything afterwards — visibility, ownership of new records, history — is as that user."
    static let params = [ParamDeclaration("user", .string("The handle, e.g. bd.kim.", minLength: 1), required: true)]
    static let result = RecordSchema.user
    static let errors: [ErrorCode] = [.forbidden, .notFound]
    static let examples = [DemoExamples.example(SessionSetUser.self, "Act as bd.kim", ["user": "bd.kim"])]

    struct Params: RPCParams {
        let handle: String

        init(from params: ParamReader) {
            handle = params.string("user") ?? ""
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        RecordOutput(.user(try context.switchUser(to: params.handle)))
    }
}
