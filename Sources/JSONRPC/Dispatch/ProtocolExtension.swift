/// Methods answered outside the registry: a second protocol spoken on the same stream (MCP),
/// whose messages are JSON-RPC too but whose params are not the native, closed schemas.
///
/// The dispatcher writes the response envelope and asks the extension only for names the
/// registry does not hold. A thrown `ResponseError` (or convertible) becomes the error answer.
public protocol ProtocolExtension<Context>: Sendable {
    associatedtype Context: DispatchContext

    /// True for the method names this extension answers.
    func handles(_ method: String) -> Bool

    /// Writes the result of one request (or does the work of one notification). `dispatcher`
    /// runs native methods on the extension's behalf, with their usual validation.
    func call(_ method: String, params: JSONValue?, dispatcher: Dispatcher<Context>, context: inout Context, output: inout JSONWriter) throws

    /// The part of a request that needs only its params, done ahead on another thread (see
    /// `PreparedLine`): returns what is left to do on the owner, which must write exactly what
    /// `call` would; nil leaves the request to `call`.
    func prepare(_ method: String, params: JSONValue?, dispatcher: Dispatcher<Context>) -> PreparedExtensionCall<Context>?
}

/// What is left of an extension's request once its params are prepared (see `ProtocolExtension.prepare`).
public typealias PreparedExtensionCall<Context> = (_ context: inout Context, _ output: inout JSONWriter) throws -> Void

extension ProtocolExtension {
    public func prepare(_ method: String, params: JSONValue?, dispatcher: Dispatcher<Context>) -> PreparedExtensionCall<Context>? { nil }
}
