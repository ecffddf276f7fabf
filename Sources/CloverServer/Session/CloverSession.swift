import Glossary
import JSONRPC

/// One client's conversation with the server: the dispatcher plus the context it runs against.
public struct CloverSession: LineSession {
    public let dispatcher: Dispatcher<ServerContext>
    public var context: ServerContext

    public init(options: ServerOptions, log: Log, glossary: Glossary) {
        var context = ServerContext(options: options, log: log, glossary: glossary)
        let registry = MethodList.registry()
        context.contract = MethodList.contract(registry)
        self.context = context
        self.dispatcher = Dispatcher(registry: registry, maximumLineBytes: options.maximumLineBytes)
    }

    public mutating func receive(line: UnsafeRawBufferPointer, output: inout JSONWriter) {
        dispatcher.handle(line: line, context: &context, output: &output)
    }

    public mutating func receiveTooLargeLine(output: inout JSONWriter) {
        context.log.warn("skipped a line over \(context.options.maximumLineBytes) bytes")
        dispatcher.handleTooLarge(context: context, output: &output)
    }

    public mutating func settle(output: inout JSONWriter) {}

    public mutating func finish(output: inout JSONWriter) {}

    public var wantsToStop: Bool { context.stopRequested }
}
