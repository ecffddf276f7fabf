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

    /// The methods whose params `prepare(_:reading:dispatcher:)` reads from the line itself, so
    /// the envelope does not make a tree of them (names the registry does not hold). Read once,
    /// when the dispatcher is made.
    var methodsReadingOwnParams: [String] { get }

    /// The part of a request that needs only its params, done ahead (on another thread when
    /// pipelining, see `PreparedLine`) while its params are read from the line: `params` stands at
    /// their first byte and must be left just after their last. Returns what is left to do on the
    /// owner, which must write exactly what `call` would, or nil to leave the request to `call`
    /// with its params parsed as usual: for anything it does not read in full and check.
    func prepare(_ method: String, reading params: inout PlainJSONReader, dispatcher: Dispatcher<Context>) -> PreparedExtensionCall<Context>?
}

/// What is left of an extension's request once its params are prepared (see
/// `ProtocolExtension.prepare`), run by the dispatcher that prepared it.
public typealias PreparedExtensionCall<Context: DispatchContext> = (_ dispatcher: Dispatcher<Context>, _ context: inout Context, _ output: inout JSONWriter) throws -> Void

extension ProtocolExtension {
    public var methodsReadingOwnParams: [String] { [] }

    public func prepare(_ method: String, reading params: inout PlainJSONReader, dispatcher: Dispatcher<Context>) -> PreparedExtensionCall<Context>? { nil }
}
