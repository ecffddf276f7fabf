import CRMCore
import Glossary
import JSONRPC

/// Examples in the contract are real calls against the `--demo` dataset at a fixed clock: the
/// result shown is what the method answered, so the documentation cannot drift from the code
/// (ContractTests runs every example again in a fresh demo session).
enum DemoExamples {
    static let now = "2026-11-22T09:00:00Z"

    /// The demo state, built once per process.
    static let state: CRMState? = try? DemoData.state(now: Timestamp(rfc3339: now) ?? Timestamp(milliseconds: 0))

    /// The bundled glossary, loaded once per process.
    static let glossary: GlossarySource? = (try? GlossaryBundle.load()).map(GlossarySource.init)

    /// Runs `method` with `params` as `user` (default: the admin) in a fresh copy of the demo.
    static func example<M: RPCMethod>(_ method: M.Type, _ title: String, _ params: JSONObject = [:],
                                      as user: String? = nil) -> MethodExample where M.Context == ServerContext {
        MethodExample(title, params: params, result: answer(method, params, as: user))
    }

    static func answer<M: RPCMethod>(_ method: M.Type, _ params: JSONObject, as user: String?) -> JSONValue
    where M.Context == ServerContext {
        var options = ServerOptions()
        options.storage = .inMemory
        options.now = now
        options.user = user
        guard let state, let glossary, var context = try? ServerContext(options: options, log: Log(level: .error), glossary: glossary, state: state) else {
            return .null
        }
        do {
            let decoded = try M.Params(from: ParamReader(params))
            return try M.run(decoded, context: &context).jsonValue
        } catch {
            // A broken example shows as null; ContractTests reports it against the result schema.
            return .null
        }
    }
}
