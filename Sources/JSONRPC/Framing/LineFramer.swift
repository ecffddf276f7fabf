#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a byte stream into protocol lines, whatever sizes the chunks arrive in.
///
/// A pure value with no IO, so it can be tested by splitting input at every byte. Rules (SPEC §2):
/// lines end at `\n`, one trailing `\r` is dropped, blank lines are skipped, a UTF-8 BOM at the very
/// start of the stream is ignored, and an unterminated last line is delivered by `finish`. A line
/// longer than `maximumLineBytes` is reported once as `.tooLarge` and its bytes are dropped as they
/// arrive, so an oversized line is never held whole.
public struct LineFramer {
    public enum Event {
        /// A complete line without its terminator. Valid only during the callback.
        case line(UnsafeRawBufferPointer)
        /// A line over the limit was skipped (reported once, when the limit was passed or at its end).
        case tooLarge
    }

    public let maximumLineBytes: Int
    /// Bytes of a line whose end has not arrived yet.
    private var pending: [UInt8] = []
    /// True while skipping the rest of an oversized line.
    private var discarding = false
    private var atStreamStart = true

    public init(maximumLineBytes: Int) {
        self.maximumLineBytes = maximumLineBytes
    }

    /// True when a partial line is buffered (so more input is needed before it can be answered).
    public var hasPartialLine: Bool { !pending.isEmpty || discarding }

    /// Feeds one chunk; `body` is called for each complete line in order.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ body: (Event) throws -> Void) rethrows {
        guard let base = chunk.baseAddress else { return }
        var start = 0
        let count = chunk.count
        while start < count {
            // memchr looks at a vector of bytes a step; `firstIndex(of:)` took five instructions a
            // byte, which for a pipelining client was a tenth of the reading thread's work.
            guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), count - start) else {
                try absorbPartial(UnsafeRawBufferPointer(rebasing: chunk[start..<count]), body)
                return
            }
            let lineEnd = UnsafeRawPointer(found) - base
            let piece = UnsafeRawBufferPointer(rebasing: chunk[start..<lineEnd])
            start = lineEnd + 1
            if discarding {
                discarding = false
                pending.removeAll(keepingCapacity: true)
                continue
            }
            if pending.isEmpty {
                try deliver(piece, body)
            } else {
                pending.append(contentsOf: piece)
                let whole = pending
                pending.removeAll(keepingCapacity: true)
                try whole.withUnsafeBytes { try deliver($0, body) }
            }
        }
    }

    /// Ends the stream: delivers an unterminated last line, if any.
    public mutating func finish(_ body: (Event) throws -> Void) rethrows {
        defer {
            pending.removeAll()
            discarding = false
        }
        guard !discarding, !pending.isEmpty else { return }
        let whole = pending
        try whole.withUnsafeBytes { try deliver($0, body) }
    }

    private mutating func absorbPartial(_ bytes: UnsafeRawBufferPointer, _ body: (Event) throws -> Void) rethrows {
        guard !discarding else { return }
        pending.append(contentsOf: bytes)
        // One more byte than the limit may still be a `\r` that the terminator will strip, and a
        // first line may carry a BOM that does not count.
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let allowance = maximumLineBytes + 1 + (atStreamStart && pending.starts(with: bom) ? 3 : 0)
        if pending.count > allowance {
            pending.removeAll(keepingCapacity: false)
            discarding = true
            atStreamStart = false
            try body(.tooLarge)
        }
    }

    private mutating func deliver(_ raw: UnsafeRawBufferPointer, _ body: (Event) throws -> Void) rethrows {
        var line = raw
        if atStreamStart {
            atStreamStart = false
            if line.count >= 3, line[line.startIndex] == 0xEF, line[line.startIndex + 1] == 0xBB, line[line.startIndex + 2] == 0xBF {
                line = UnsafeRawBufferPointer(rebasing: line.dropFirst(3))
            }
        }
        if let last = line.last, last == UInt8(ascii: "\r") {
            line = UnsafeRawBufferPointer(rebasing: line.dropLast())
        }
        if line.count > maximumLineBytes {
            try body(.tooLarge)
            return
        }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
        try body(.line(line))
    }
}
