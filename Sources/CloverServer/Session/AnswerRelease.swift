#if canImport(Glibc)
import Glibc
#endif
import Foundation
import JSONRPC

/// Where the answers of groups committed in the background go once they are durable: the protocol
/// output, written from the store's committing thread (see `Store.syncInBackground`).
///
/// The loop writes every other answer itself, always after the session has waited for the group
/// in flight, so answers leave in the order their requests came.
final class AnswerRelease: @unchecked Sendable {
    // @unchecked: `closed` is shared only with `lock` held; the descriptor is written by one
    // thread at a time (the committing thread while a group is in flight, the loop otherwise).
    let descriptor: Int32
    private let lock = NSLock()
    private var closed = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// True once the host stopped reading (EPIPE): no answer can reach it any more.
    var isClosed: Bool { lock.withLock { closed } }

    /// Writes `bytes` whole, unless the output is closed; marks it closed when writing fails.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !isClosed, let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                lock.withLock { closed = true }
                return
            }
            offset += written
        }
    }
}

/// A group of answered lines whose writes are being made durable in the background: its answers,
/// released once the group is durable, and the lines that wrote (answered 507 if it is not).
final class CommittingGroup: @unchecked Sendable {
    // @unchecked: `answers` is read by the committing thread in `release`, and touched by the
    // owner only after waiting for that thread to finish the group.
    var answers: JSONWriter
    let writes: [CloverSession.WriteLine]
    /// The text of the lines that wrote (see `CloverSession.pendingLines`).
    let lines: JSONWriter
    /// `Store.syncs` when the group was handed over: its writes answered before a sync in the
    /// middle of the group are durable whatever becomes of the rest.
    let syncsAtHandOver: Int
    let output: AnswerRelease

    init(answers: JSONWriter, writes: [CloverSession.WriteLine], lines: JSONWriter, syncsAtHandOver: Int, output: AnswerRelease) {
        self.answers = answers
        self.writes = writes
        self.lines = lines
        self.syncsAtHandOver = syncsAtHandOver
        self.output = output
    }

    /// Runs on the committing thread once the group is durable.
    func release() {
        answers.withBytes { output.write($0) }
    }
}
