#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes JSON into a byte buffer: compact by default, indented on request.
///
/// Output never contains a raw newline (the wire is one value per line): control characters are
/// escaped, and so are U+2028 and U+2029, which some JavaScript hosts treat as line breaks.
public struct JSONWriter {
    /// The bytes written so far, as an array: a copy, made on each read (`withBytes` reads them in
    /// place). Setting it replaces everything written.
    public var bytes: [UInt8] {
        get { withBytes { Array($0) } }
        set {
            count = newValue.count
            storage = newValue.withUnsafeBufferPointer { written in
                guard let base = written.baseAddress else { return ByteStorage(capacity: 0) }
                return ByteStorage(capacity: written.count, copying: written.count, from: base)
            }
        }
    }
    /// Spaces per level when pretty-printing; nil writes compact output.
    public let indent: Int?
    private var level = 0
    /// Where the bytes live; shared between copies of a writer until one of them writes.
    private var storage: ByteStorage
    /// How many bytes of `storage` are written.
    public private(set) var count = 0

    public init(capacity: Int = 0, indent: Int? = nil) {
        storage = ByteStorage(capacity: capacity)
        self.indent = indent
    }

    /// Read access to the bytes written so far, in place, for the duration of `body`.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) { try body(UnsafeBufferPointer(start: storage.base, count: count)) }
    }

    /// Drops everything written after `count`, to replace a half-written answer with an error.
    public mutating func truncate(to count: Int) {
        precondition(count >= 0 && count <= self.count, "truncate(to:) beyond what was written")
        self.count = count
    }

    public mutating func removeAll(keepingCapacity: Bool = true) {
        count = 0
        if !keepingCapacity { storage = ByteStorage(capacity: 0) }
    }

    /// Room for `extra` more bytes, in storage this writer alone holds: where they go. The caller
    /// writes them and adds them to `count`.
    @inline(__always)
    private mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if _slowPath(!isKnownUniquelyReferenced(&storage) || storage.capacity - count < extra) { grow(extra) }
        return storage.base + count
    }

    @inline(never)
    private mutating func grow(_ extra: Int) {
        let needed = count + extra
        let capacity = needed <= storage.capacity ? storage.capacity : max(needed, storage.capacity * 2)
        storage = ByteStorage(capacity: capacity, copying: count, from: storage.base)
    }

    /// Room for at least `minimum` more bytes at the end, for a writer of its own that appends many
    /// small pieces (the MCP text rendering) through a pointer instead of a call per piece. What it
    /// writes counts once `didAppend(_:)` says how much; the room is valid until this writer changes.
    public mutating func appendRoom(atLeast minimum: Int) -> UnsafeMutableBufferPointer<UInt8> {
        let start = reserve(minimum)
        return UnsafeMutableBufferPointer(start: start, count: storage.capacity - count)
    }

    /// Appends what `body` makes of bytes this writer already holds (from `start` to the end), read
    /// in place: `body` gets them and room for `capacity` bytes after them, and returns how many it
    /// wrote there, or nil to leave the writer as it was. Saves copying them out first (the MCP text
    /// rendering of a tool's result, written right after it).
    public mutating func appendDerived(from start: Int, capacity: Int,
                                       _ body: (_ source: UnsafeRawBufferPointer, _ room: UnsafeMutableRawPointer) -> Int?) -> Bool {
        precondition(start >= 0 && start <= count, "appendDerived(from:) outside what was written")
        let room = reserve(capacity)  // first: it may move the storage the source is read from
        let source = UnsafeRawBufferPointer(start: storage.base + start, count: count - start)
        guard let written = withExtendedLifetime(storage, { body(source, UnsafeMutableRawPointer(room)) }) else { return false }
        precondition(written >= 0 && written <= capacity, "appendDerived wrote beyond its room")
        count += written
        return true
    }

    /// Counts `length` bytes written into the room `appendRoom(atLeast:)` gave.
    public mutating func didAppend(_ length: Int) {
        precondition(length >= 0 && length <= storage.capacity - count, "didAppend(_:) beyond the room given")
        count += length
    }

    /// Appends `length` bytes from `source`.
    @inline(__always)
    private mutating func append(_ source: UnsafeRawPointer, _ length: Int) {
        guard length > 0 else { return }
        ByteCopy.copy(source, to: reserve(length), length)
        count += length
    }

    @inline(__always)
    public mutating func raw(_ text: StaticString) {
        append(text.utf8Start, text.utf8CodeUnitCount)
    }

    @inline(__always)
    public mutating func raw(_ byte: UInt8) {
        reserve(1).pointee = byte
        count += 1
    }

    /// Appends bytes that are already valid JSON text (or part of it), unchanged.
    public mutating func raw(_ bytes: UnsafeRawBufferPointer) {
        if let base = bytes.baseAddress { append(base, bytes.count) }
    }

    /// Appends bytes that are already valid JSON text (or part of it), unchanged.
    public mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let base = bytes.baseAddress { append(base, bytes.count) }
    }

    public mutating func write(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let flag): flag ? raw("true") : raw("false")
        case .number(let number): write(number)
        case .string(let string): write(string)
        case .array(let elements):
            beginArray()
            for element in elements {
                nextElement()
                write(element)
            }
            endArray()
        case .object(let object):
            beginObject()
            for member in object.members {
                key(member.key)
                write(member.value)
            }
            endObject()
        }
    }

    public mutating func write(_ number: JSONNumber) {
        var text = number.text
        text.withUTF8 { raw($0) }
    }

    public mutating func write(_ integer: Int64) { writeDigits(integer) }
    public mutating func write(_ integer: Int) { writeDigits(Int64(integer)) }
    public mutating func write(_ flag: Bool) { flag ? raw("true") : raw("false") }

    // MARK: Structure

    public mutating func beginObject() { raw(UInt8(ascii: "{")); open() }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { raw(UInt8(ascii: "[")); open() }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes an object key (and the comma before it when needed); the value follows.
    public mutating func key(_ name: String) {
        nextElement()
        write(name)
        raw(UInt8(ascii: ":"))
        if indent != nil { raw(UInt8(ascii: " ")) }
    }

    /// Writes a key known when the program was built (plain ASCII, nothing to escape): the hot path
    /// of typed result writers, which skips scanning the key for escapes.
    public mutating func key(_ name: StaticString) {
        let length = name.utf8CodeUnitCount
        guard indent == nil, length <= 60 else {
            nextElement()
            raw(UInt8(ascii: "\""))
            raw(name)
            raw("\":")
            if indent != nil { raw(UInt8(ascii: " ")) }
            return
        }
        // Compact output: comma, quotes, name and colon written in place (keys are most of a
        // record's writes).
        let comma = takeCommaFlag()
        let target = reserve(length + 4)
        var index = 0
        if comma {
            target[0] = UInt8(ascii: ",")
            index = 1
        }
        target[index] = UInt8(ascii: "\"")
        ByteCopy.copy(name.utf8Start, to: target + index + 1, length)
        index += 1 + length
        target[index] = UInt8(ascii: "\"")
        target[index + 1] = UInt8(ascii: ":")
        count += index + 2
    }

    /// Writes an integer's decimal digits without building a String.
    public mutating func writeDigits(_ value: Int64) {
        if value < 0 { raw(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { digits in
            var index = digits.count
            repeat {
                index -= 1
                digits[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            raw(UnsafeRawBufferPointer(rebasing: digits[index...]))
        }
    }

    /// Marks the start of an array element (writes the separating comma when needed).
    public mutating func nextElement() {
        if takeCommaFlag() { raw(UInt8(ascii: ",")) }
        newlineAndIndent()
    }

    // Whether the open container at each level already holds an element (so the next needs a comma).
    // The first 64 levels live in one word, deeper ones in an array: records never nest that deep,
    // and a heap array touched on every key was a measurable share of writing a record.
    private var shallowCommas: UInt64 = 0
    private var deepCommas: [Bool] = []

    private mutating func open() {
        level += 1
        if level <= 64 {
            shallowCommas &= ~(1 << UInt64(level - 1))
        } else {
            deepCommas.append(false)
        }
    }

    /// Returns whether the current container already has an element, and marks that it now does.
    @inline(__always)
    private mutating func takeCommaFlag() -> Bool {
        if level <= 64 {
            let bit: UInt64 = 1 << UInt64(level - 1)
            let had = shallowCommas & bit != 0
            shallowCommas |= bit
            return had
        }
        let had = deepCommas[deepCommas.count - 1]
        deepCommas[deepCommas.count - 1] = true
        return had
    }

    private mutating func close(_ bracket: UInt8) {
        let hadElements = level <= 64 ? shallowCommas & (1 << UInt64(level - 1)) != 0 : deepCommas.removeLast()
        level -= 1
        if hadElements { newlineAndIndent() }
        raw(bracket)
    }

    private mutating func newlineAndIndent() {
        guard let indent else { return }
        raw(UInt8(ascii: "\n"))
        let spaces = indent * level
        guard spaces > 0 else { return }
        reserve(spaces).initialize(repeating: UInt8(ascii: " "), count: spaces)
        count += spaces
    }

    // MARK: Strings

    public mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            guard Self.needsEscaping(utf8) else {
                // Nearly every string: quotes and text in one reservation and one copy.
                let target = reserve(utf8.count + 2)
                target[0] = UInt8(ascii: "\"")
                if let base = utf8.baseAddress { ByteCopy.copy(base, to: target + 1, utf8.count) }
                target[utf8.count + 1] = UInt8(ascii: "\"")
                count += utf8.count + 2
                return
            }
            raw(UInt8(ascii: "\""))
            appendEscaped(utf8)
            raw(UInt8(ascii: "\""))
        }
    }

    /// Appends a copy of bytes this writer has already written, for a value that repeats (a record
    /// whose `updatedAt` is its `createdAt`).
    public mutating func appendCopy(of written: Range<Int>) {
        precondition(written.lowerBound >= 0 && written.upperBound <= count, "appendCopy(of:) beyond what was written")
        let target = reserve(written.count)
        ByteCopy.copy(storage.base + written.lowerBound, to: target, written.count)
        count += written.count
    }

    /// Whether any byte of `utf8` needs an escape, eight at a time.
    @inline(__always)
    private static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return false }
        var index = 0
        while index + 8 <= utf8.count {
            if mayNeedEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return true }
            index += 8
        }
        while index < utf8.count {
            let byte = base[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2 { return true }
            index += 1
        }
        return false
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            // Most text needs no escaping: skip it eight bytes at a time.
            while index + 8 <= count, !Self.mayNeedEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
            }
            guard index < count else { break }
            let byte = utf8[index]
            let escape: StaticString?
            var skip = 1
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x08: escape = "\\b"
            case 0x0C: escape = "\\f"
            case 0..<0x20: escape = nil
            case 0xE2 where index + 2 < count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                skip = 3
            default:
                index += 1
                continue
            }
            raw(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            if let escape {
                raw(escape)
            } else {
                raw("\\u00")
                raw(Self.hexDigits[Int(byte >> 4)])
                raw(Self.hexDigits[Int(byte & 0x0F)])
            }
            index += skip
            runStart = index
        }
        raw(UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// True when any of the eight bytes is a control character, `"`, `\` or 0xE2 (the lead byte of
    /// U+2028/U+2029): the bytes the escaper has to look at. Exact, with no false negatives.
    @inline(__always)
    static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let below0x20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below0x20 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) || hasZeroByte(word ^ (ones &* 0xE2))
    }
}

extension JSONValue {
    /// The compact encoding as bytes.
    public var bytes: [UInt8] {
        var writer = JSONWriter()
        writer.write(self)
        return writer.bytes
    }

    /// The compact encoding as a string (for logs, tests and messages).
    public var jsonText: String { String(decoding: bytes, as: UTF8.self) }

    /// The encoding indented by two spaces, for files people read (protocol/openrpc.json).
    public var prettyText: String {
        var writer = JSONWriter(indent: 2)
        writer.write(self)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
