import Glossary
import JSONRPC
import MCP

/// One client's conversation with the server: the dispatcher plus the context it runs against.
public struct CloverSession: LineSession {
    public let dispatcher: Dispatcher<ServerContext>
    public var context: ServerContext
    /// Lines of the current group whose answers wait for the group's fsync.
    var pendingWrites: [WriteLine] = []
    /// The text of those lines, one after another (each `WriteLine` knows its stretch): one buffer
    /// kept across groups, where an array per line was an allocation per write. A writer only for
    /// its raw appends, which copy in one go (appending to an `[UInt8]` took the generic path).
    var pendingLines = JSONWriter()
    /// Where answers of groups made durable in the background are written; nil keeps every group
    /// on the loop's thread (one-shot calls, sessions inside tests).
    var answerRelease: AnswerRelease?
    /// The group being made durable in the background, if any.
    var committing: CommittingGroup?
    /// An answer buffer and a line buffer a released group gave back, for the next one.
    var spareAnswers: JSONWriter?
    var spareLines: JSONWriter?

    /// Opens the session; fails when the acting user is unknown (the caller exits 64).
    public init(options: ServerOptions, log: Log, glossary: GlossarySource) throws(StartupError) {
        let context = try ServerContext(options: options, log: log, glossary: glossary)
        let registry = MethodList.registry()
        self.context = context
        self.dispatcher = Dispatcher(registry: registry, maximumLineBytes: options.maximumLineBytes, protocolExtension: CloverMCPExtension())
    }

    public mutating func receive(line: UnsafeRawBufferPointer, output: inout JSONWriter) {
        receive(line: line, output: &output) { dispatcher, context, output in
            dispatcher.handle(line: line, context: &context, output: &output)
        }
    }

    public var linePreparer: (@Sendable (UnsafeRawBufferPointer) -> PreparedLine<ServerContext>)? {
        let dispatcher = dispatcher
        return { dispatcher.prepare(line: $0) }
    }

    public mutating func receive(prepared: PreparedLine<ServerContext>, line: UnsafeRawBufferPointer, output: inout JSONWriter) {
        receive(line: line, output: &output) { dispatcher, context, output in
            dispatcher.handle(prepared: prepared, line: line, context: &context, output: &output)
        }
    }

    /// Answers `line` through `answer`, then puts the notifications it caused around the answer
    /// and remembers it if it wrote (its answer waits for the group's fsync).
    private mutating func receive(
        line: UnsafeRawBufferPointer, output: inout JSONWriter,
        answer: (Dispatcher<ServerContext>, inout ServerContext, inout JSONWriter) -> Void
    ) {
        let start = output.count
        let commitsBefore = context.commitsSinceSettle
        answer(dispatcher, &context, &output)
        let answerStart = start + writeNotificationsAhead(of: start, &output)
        writeNotifications(&output)
        if context.commitsSinceSettle != commitsBefore, context.store != nil {
            let lineStart = pendingLines.count
            pendingLines.raw(line)
            pendingWrites.append(WriteLine(range: answerStart..<output.count, line: lineStart..<pendingLines.count,
                                           syncsBefore: context.store?.syncs ?? 0))
        }
    }

    /// MCP progress and log messages of a request go out before its answer (a client drops them
    /// once the request is answered); returns how many bytes were put in front.
    private mutating func writeNotificationsAhead(of start: Int, _ output: inout JSONWriter) -> Int {
        guard !context.outboxAhead.isEmpty else { return 0 }
        // The answer is lifted out and put back after the notifications: this copies one answer,
        // where inserting in front of it would copy everything the chunk has answered so far.
        let answer = output.withBytes { Array($0[start...]) }
        output.truncate(to: start)
        for notification in context.outboxAhead {
            output.write(notification)
            output.raw(UInt8(ascii: "\n"))
        }
        context.outboxAhead.removeAll()
        let aheadCount = output.count - start
        answer.withUnsafeBufferPointer { output.raw($0) }
        return aheadCount
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

    public mutating func settle(output: inout JSONWriter) {
        settleGroup(output: &output)
    }

    public mutating func finish(output: inout JSONWriter) {
        closeStore(output: &output)
    }

    /// At once while a group is made durable in the background: when no input is waiting, its
    /// outcome is taken before the loop sleeps, so a failed group's answers (which its thread
    /// does not write) never wait for a next read that may not come.
    public var nanosecondsUntilTick: UInt64? {
        committing != nil ? 0 : context.store?.nanosecondsUntilSyncDue
    }

    public mutating func tick(output: inout JSONWriter) {
        if let store = context.store, committing != nil {
            _ = awaitCommittingGroup(store, output: &output)
            return
        }
        syncWrittenRecords()
    }

    public var wantsToStop: Bool { context.stopRequested }

    public var outputClosed: Bool { answerRelease?.isClosed == true }
}
