#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The single loop: read stdin in large chunks, answer every complete line, flush when no complete
/// line is left, stop cleanly on EOF, SIGTERM or SIGINT.
///
/// Answers collect in one buffer and leave with one write(2) per read, so a pipelining client gets
/// large writes and an interactive one gets its answer at once. Signals reach the loop through a
/// self-pipe watched by poll(2), so a signal that arrives while the loop waits wakes it.
public struct StdioTransport {
    public let inputDescriptor: Int32
    public let outputDescriptor: Int32
    public let maximumLineBytes: Int
    public var readChunkBytes = 1 << 20
    /// Answers are written out early once this much is buffered, to bound memory on huge batches.
    public var flushThresholdBytes = 4 << 20
    /// A read with at least this many lines has them prepared on a second thread (when the session
    /// prepares lines): fewer do not repay waking it, and an interactive client's single line
    /// never waits for another thread.
    public var pipelineMinimumLines = 32

    public init(inputDescriptor: Int32 = 0, outputDescriptor: Int32, maximumLineBytes: Int) {
        self.inputDescriptor = inputDescriptor
        self.outputDescriptor = outputDescriptor
        self.maximumLineBytes = maximumLineBytes
    }

    public enum Ending: Equatable, Sendable {
        case endOfInput, signal, stopRequested, outputClosed, inputError(Int32)
    }

    /// Runs until the input ends, a stop signal arrives, the session asks to stop, or the output closes.
    public func run<Session: LineSession>(_ session: inout Session) -> Ending {
        let signals = SignalPipe.install()
        Self.enlargePipe(inputDescriptor, to: readChunkBytes)
        Self.enlargePipe(outputDescriptor, to: readChunkBytes)
        var framer = LineFramer(maximumLineBytes: maximumLineBytes)
        var output = JSONWriter(capacity: 1 << 16)
        var outputOpen = true
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: readChunkBytes, alignment: 16)
        defer { buffer.deallocate() }

        func flush() {
            session.settle(output: &output)
            if outputOpen, output.count > 0 { outputOpen = output.withBytes { writeAll($0) } }
            output.removeAll()
        }

        let pipeline = session.linePreparer.map { LinePipeline(prepare: $0) }
        defer { pipeline?.stop() }

        /// The lines of one read, in order; with enough of them, a second thread prepares each
        /// while the ones before it are answered.
        func answer(_ chunk: borrowing ChunkLines, _ pipeline: LinePipeline<Session.PreparedLine>) {
            let pipelined = chunk.lines.count >= pipelineMinimumLines
            if pipelined { pipeline.start(chunk.lines) }
            defer { if pipelined { pipeline.finish() } }
            for event in chunk.events {
                guard outputOpen else { return }  // as in the unpipelined loop: nobody reads the rest
                switch event {
                case .line(let index) where pipelined:
                    session.receive(prepared: pipeline.next().pointee, line: chunk.lines[index], output: &output)
                case .line(let index):
                    session.receive(line: chunk.lines[index], output: &output)
                case .tooLarge:
                    session.receiveTooLargeLine(output: &output)
                }
                if output.count >= flushThresholdBytes { flush() }
            }
        }

        var ending = Ending.endOfInput
        loop: while true {
            switch waitForInput(signals, timeout: session.nanosecondsUntilTick) {
            case .signal:
                ending = .signal
                break loop
            case .timeout:
                session.tick(output: &output)
                flush()
                // The tick may be what found the output closed, or what asked to stop, with no
                // input to come that would end the loop below.
                if !outputOpen || session.outputClosed {
                    ending = .outputClosed
                    break loop
                }
                if session.wantsToStop {
                    ending = .stopRequested
                    break loop
                }
                continue
            case .ready:
                break
            }
            let count = read(inputDescriptor, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                ending = .inputError(errno)
                break
            }
            if count == 0 {
                framer.finish { deliver($0, &session, &output) }
                break
            }
            let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
            if let pipeline {
                var lines = ChunkLines()
                framer.feed(chunk) { lines.append($0, readBuffer: chunk) }
                answer(lines, pipeline)
            } else {
                framer.feed(chunk) { event in
                    // Once the host has stopped reading (EPIPE), no answer can reach it: leave the rest of
                    // the chunk unprocessed rather than compute answers nobody reads (none was received,
                    // so none was promised).
                    guard outputOpen else { return }
                    deliver(event, &session, &output)
                    if output.count >= flushThresholdBytes { flush() }
                }
            }
            flush()
            if !outputOpen || session.outputClosed {
                ending = .outputClosed
                break
            }
            if session.wantsToStop {
                ending = .stopRequested
                break
            }
        }
        session.finish(output: &output)
        flush()
        return ending
    }

    /// Lines already read are answered even after a stop request: "finish what was read" (SPEC §2).
    private func deliver<Session: LineSession>(_ event: LineFramer.Event, _ session: inout Session, _ output: inout JSONWriter) {
        switch event {
        case .line(let line): session.receive(line: line, output: &output)
        case .tooLarge: session.receiveTooLargeLine(output: &output)
        }
    }

    private enum Wake { case ready, signal, timeout }

    private func waitForInput(_ signals: SignalPipe, timeout: UInt64?) -> Wake {
        var descriptors = [
            pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signals.readDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        // Round up to whole milliseconds so a due tick is never missed by a poll that wakes early.
        let milliseconds = timeout.map { Int32(min(($0 + 999_999) / 1_000_000, UInt64(Int32.max))) } ?? -1
        while true {
            let result = poll(&descriptors, 2, milliseconds)
            if result < 0 && errno == EINTR { continue }
            if result == 0 { return .timeout }
            if descriptors[1].revents & Int16(POLLIN) != 0 { return .signal }
            return .ready  // readable, hung up or in error: read(2) tells which
        }
    }

    /// Asks for a pipe buffer of `bytes` when `descriptor` is a pipe (Linux; elsewhere, or when the
    /// system refuses, the default stays and only throughput differs). A pipelining client then
    /// gets far more than the default 64 KB of requests into one read, and every read is one group
    /// commit: with strict durability that is one fsync for thousands of writes instead of hundreds.
    static func enlargePipe(_ descriptor: Int32, to bytes: Int) {
        #if os(Linux)
        let setPipeSize: Int32 = 1031  // F_SETPIPE_SZ, not exported to Swift
        _ = fcntl(descriptor, setPipeSize, Int32(clamping: bytes))
        #endif
    }

    /// Writes everything, retrying short writes; false when the reader has gone (EPIPE) or writing failed.
    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
            let written = write(outputDescriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
