/// What the stdio loop drives: something that answers lines and can make its work durable.
///
/// The loop owns the only thread that touches the session (Redis-style); it hands over every
/// complete line of a read, then calls `settle` once before writing the answers out, which is
/// where a session with a journal fsyncs the whole group of writes at once.
public protocol LineSession {
    /// What `linePreparer` makes of a line.
    associatedtype PreparedLine: Sendable = Never

    mutating func receive(line: UnsafeRawBufferPointer, output: inout JSONWriter)
    /// Work on a line that depends on nothing but the line, which the loop may run on a second
    /// thread ahead of the line's turn when a read brings many lines; nil when there is none.
    var linePreparer: (@Sendable (UnsafeRawBufferPointer) -> PreparedLine)? { get }
    /// Answers a line `linePreparer` has prepared: the same answer as `receive(line:output:)`.
    mutating func receive(prepared: PreparedLine, line: UnsafeRawBufferPointer, output: inout JSONWriter)
    mutating func receiveTooLargeLine(output: inout JSONWriter)
    /// Called before buffered answers are written out: make acknowledged work durable.
    mutating func settle(output: inout JSONWriter)
    /// Called once at the end (EOF, signal, shutdown request, closed output).
    mutating func finish(output: inout JSONWriter)
    /// True once the session asked to stop (e.g. after answering `server.shutdown`).
    var wantsToStop: Bool { get }
    /// True once answers the session writes out itself (see `settle`) found the output closed:
    /// the loop then ends as when its own writes do.
    var outputClosed: Bool { get }
    /// Nanoseconds until the session needs `tick` even if no input arrives (e.g. a relaxed-mode
    /// fsync that is due), or nil when it can wait for input indefinitely.
    var nanosecondsUntilTick: UInt64? { get }
    /// Timed work, called by the loop when `nanosecondsUntilTick` has run out.
    mutating func tick(output: inout JSONWriter)
}

extension LineSession {
    public var linePreparer: (@Sendable (UnsafeRawBufferPointer) -> PreparedLine)? { nil }
    public mutating func receive(prepared: PreparedLine, line: UnsafeRawBufferPointer, output: inout JSONWriter) {
        receive(line: line, output: &output)
    }
    public var outputClosed: Bool { false }
    public var nanosecondsUntilTick: UInt64? { nil }
    public mutating func tick(output: inout JSONWriter) {}
}
