import JSONRPC

/// Where the readable rendering goes: straight into the answer's buffer through a pointer, with
/// room taken a few kilobytes at a time.
///
/// A rendering is many small pieces (a newline, an indent, a key, `: `, a value); through a writer
/// call each, with its uniqueness and capacity checks, the pieces cost more than reading the JSON.
struct TextSink {
    /// The answer's writer, swapped in for the rendering and out after `finish()`, so its
    /// storage is never shared (and so never copied). Until then it is a shared empty writer,
    /// never written: a writer of its own would be allocated and freed on every tool call.
    var writer = TextSink.placeholder
    // nonisolated(unsafe): never written, so threads only ever share its (atomically counted) storage.
    nonisolated(unsafe) private static let placeholder = JSONWriter()
    private var room = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    private var used = 0

    /// Bytes appended so far, the writer's included.
    var count: Int { writer.count + used }

    /// Counts everything appended in the writer, before it is handed back.
    mutating func finish() {
        commit()
    }

    /// Drops what was appended after `count`.
    mutating func truncate(to count: Int) {
        commit()
        writer.truncate(to: count)
    }

    mutating func append(_ text: StaticString) {
        append(text.utf8Start, text.utf8CodeUnitCount)
    }

    mutating func append(_ byte: UInt8) {
        ensure(1)
        room[used] = byte
        used += 1
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        append(base, bytes.count)
    }

    mutating func append(_ source: UnsafeRawPointer, _ length: Int) {
        ensure(length)
        ByteCopy.copy(source, to: room.baseAddress! + used, length)
        used += length
    }

    mutating func appendSpaces(_ count: Int) {
        guard count > 0 else { return }
        ensure(count)
        Self.putSpaces(count, at: room.baseAddress! + used)
        used += count
    }

    /// A new line (an escaped newline), `indent` spaces, the key and what follows it: one room
    /// check for the pieces every line of a record starts with.
    mutating func appendLine(indent: Int, key: UnsafeRawPointer, _ keyLength: Int, then tail: UnsafePointer<UInt8>, _ tailLength: Int) {
        assert(tailLength <= 2, "a line's tail is \":\", \": \" or nothing")
        ensure(2 + indent + keyLength + tailLength)
        let cursor = UnsafeMutableRawPointer(room.baseAddress! + used)
        cursor.storeBytes(of: UInt8(ascii: "\\"), as: UInt8.self)
        cursor.storeBytes(of: UInt8(ascii: "n"), toByteOffset: 1, as: UInt8.self)
        Self.putSpaces(indent, at: room.baseAddress! + used + 2)
        ByteCopy.copy(key, to: cursor + 2 + indent, keyLength)
        // The tail is ":" or ": " (or nothing): two stores rather than a copy loop.
        if tailLength > 0 { cursor.storeBytes(of: tail[0], toByteOffset: 2 + indent + keyLength, as: UInt8.self) }
        if tailLength > 1 { cursor.storeBytes(of: tail[1], toByteOffset: 3 + indent + keyLength, as: UInt8.self) }
        used += 2 + indent + keyLength + tailLength
    }

    /// `count` spaces at `target`. An indent is a few spaces: stored as words, where
    /// `initialize(repeating:count:)` called memset for each line.
    @inline(__always)
    private static func putSpaces(_ count: Int, at target: UnsafeMutablePointer<UInt8>) {
        let spaces: UInt64 = 0x2020_2020_2020_2020
        var done = 0
        while done + 8 <= count {
            UnsafeMutableRawPointer(target + done).storeBytes(of: spaces, as: UInt64.self)
            done += 8
        }
        while done < count {
            target[done] = UInt8(ascii: " ")
            done += 1
        }
    }

    @inline(__always)
    private mutating func ensure(_ length: Int) {
        if _slowPath(room.count - used < length) { refill(length) }
    }

    @inline(never)
    private mutating func refill(_ length: Int) {
        commit()
        room = writer.appendRoom(atLeast: max(length, 4096))
    }

    private mutating func commit() {
        if used > 0 { writer.didAppend(used) }
        room = UnsafeMutableBufferPointer(start: nil, count: 0)
        used = 0
    }
}
