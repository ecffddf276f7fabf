import Glossary
import JSONRPC

/// One client's conversation with the server: the dispatcher plus the context it runs against.
public struct CloverSession: LineSession {
    public let dispatcher: Dispatcher<ServerContext>
    public var context: ServerContext

    /// Opens the session; fails when the acting user is unknown (the caller exits 64).
    public init(options: ServerOptions, log: Log, glossary: Glossary) throws(StartupError) {
        let context = try ServerContext(options: options, log: log, glossary: glossary)
        let registry = MethodList.registry()
        self.context = context
        self.dispatcher = Dispatcher(registry: registry, maximumLineBytes: options.maximumLineBytes)
    }

    public mutating func receive(line: UnsafeRawBufferPointer, output: inout JSONWriter) {
        dispatcher.handle(line: line, context: &context, output: &output)
        writeNotifications(&output)
    }

    /// Notifications a line produced (e.g. `license.requested`) go out right after its answer.
    private mutating func writeNotifications(_ output: inout JSONWriter) {
        guard !context.outbox.isEmpty else { return }
        for notification in context.takeNotifications() {
            output.write(notification)
            output.raw(UInt8(ascii: "\n"))
        }
    }

    public mutating func receiveTooLargeLine(output: inout JSONWriter) {
        context.log.warn("skipped a line over \(context.options.maximumLineBytes) bytes")
        dispatcher.handleTooLarge(context: context, output: &output)
    }

    public mutating func settle(output: inout JSONWriter) {}

    public mutating func finish(output: inout JSONWriter) {}

    public var wantsToStop: Bool { context.stopRequested }
}
