import JSONRPC

/// A tool result as text a person or a model reads easily: one `key: value` line per field,
/// nested records indented, lists as bullets, nulls left out, long strings shortened.
///
/// Hosts that show only a tool's text content still get every field this way; the exact values
/// stay in `structuredContent`. The text is made in one pass over the result's compact JSON and
/// written straight into the answer as a JSON string: JSON-escaped source text is already valid
/// inside another JSON string, so strings are copied byte for byte, and no value tree is built
/// (building and walking one cost four times the native call it describes).
public enum ReadableText {
    /// Strings longer than this many bytes (an SVG chart, a long note) are shortened in the text.
    static let longStringLimit = 1_200

    /// Writes the rendering of `json` (compact JSON as this server writes it) as a JSON string.
    public static func write(json: UnsafeRawBufferPointer, to output: inout JSONWriter) {
        if FlatObjectText.write(json, to: &output) { return }  // one record: most tool results
        writeByRenderer(json: json, to: &output)
    }

    /// The general rendering, of any JSON value (`FlatObjectText` writes the same for a flat record).
    static func writeByRenderer(json: UnsafeRawBufferPointer, to output: inout JSONWriter) {
        // The renderer appends to the answer's own buffer (swapped in, so it is never copied).
        var renderer = Renderer(source: json)
        swap(&renderer.output.writer, &output)
        renderer.append("\"")
        renderer.renderTop()
        if !renderer.wroteAny { renderer.append("(empty)") }
        renderer.append("\"")
        renderer.output.finish()
        swap(&renderer.output.writer, &output)
    }

    /// `,"content":[{"type":"text","text":…}`: the text block of a tool result whose structured
    /// content the writer holds from `start` on, rendered from those bytes where they are.
    static func appendTextContent(ofResultFrom start: Int, to output: inout JSONWriter) {
        let opening: StaticString = ",\"content\":[{\"type\":\"text\",\"text\":"
        let length = opening.utf8CodeUnitCount
        // A flat record (most results) is rendered in place; anything else from a copy, as the
        // general renderer's room may move the writer's storage under its source.
        let rendered = output.appendDerived(from: start, capacity: length + FlatObjectText.roomNeeded(output.count - start) + 1) { json, room in
            ByteCopy.copy(opening.utf8Start, to: room, length)
            guard let text = FlatObjectText.write(json, into: room + length) else { return nil }
            room.storeBytes(of: UInt8(ascii: "}"), toByteOffset: length + text, as: UInt8.self)
            return length + text + 1
        }
        guard !rendered else { return }
        let json = output.withBytes { Array($0[start...]) }
        output.raw(opening)
        json.withUnsafeBytes { writeByRenderer(json: $0, to: &output) }
        output.raw(UInt8(ascii: "}"))
    }

    /// The rendering as a string, for messages built from a value (failure texts, log lines).
    public static func render(_ value: JSONValue) -> String {
        var writer = JSONWriter()
        value.bytes.withUnsafeBytes { write(json: $0, to: &writer) }
        return (try? JSONParser.parse(writer.bytes))?.stringValue ?? ""
    }
}

/// The one pass: reads compact JSON at `index`, appends escaped text to `output`.
private struct Renderer {
    let source: UnsafeRawBufferPointer
    var output = TextSink()
    var index = 0
    var wroteAny = false
    /// Set for the first line of an object inside a list, which carries the bullet.
    var bulletPending = false

    init(source: UnsafeRawBufferPointer) {
        self.source = source
    }

    var current: UInt8 { index < source.count ? source[index] : 0 }

    mutating func append(_ text: StaticString) {
        output.append(text)
    }

    mutating func copy(_ range: Range<Int>) {
        output.append(source.baseAddress! + range.lowerBound, range.count)
    }

    /// Starts a member's line: indent, key and the text after it, in one piece when the line is
    /// not the first of a listed object (most lines: a record's fields).
    mutating func startMember(_ indent: Int, key: Range<Int>, then separator: StaticString) {
        guard wroteAny, !bulletPending else {
            startLine(indent)
            copy(key)
            append(separator)
            return
        }
        output.appendLine(indent: 2 * indent, key: source.baseAddress! + key.lowerBound, key.count,
                          then: separator.utf8Start, separator.utf8CodeUnitCount)
    }

    /// Starts a line at `indent` levels (the first line of a listed object gets the bullet).
    mutating func startLine(_ indent: Int) {
        if wroteAny { append("\\n") }
        wroteAny = true
        var spaces = 2 * indent
        if bulletPending {
            bulletPending = false
            spaces -= 2
        }
        output.appendSpaces(spaces)
        if spaces < 2 * indent { append("- ") }
    }

    mutating func renderTop() {
        switch current {
        case UInt8(ascii: "{"): renderObject(indent: 0)
        case UInt8(ascii: "["): renderItems(indent: 0)
        default:
            wroteAny = true
            renderScalar()
        }
    }

    /// The members of an object, one line each; the index ends after its `}`.
    mutating func renderObject(indent: Int) {
        index += 1
        while index < source.count, current != UInt8(ascii: "}") {
            let key = scanString()
            index += 1  // the colon
            switch current {
            case UInt8(ascii: "n"):
                index += 4  // null: left out
            case UInt8(ascii: "{"):
                if index + 1 < source.count, source[index + 1] == UInt8(ascii: "}") {
                    index += 2  // an empty record says nothing
                } else {
                    startMember(indent, key: key, then: ":")
                    renderObject(indent: indent + 1)
                }
            case UInt8(ascii: "["):
                startMember(indent, key: key, then: "")
                let next = index + 1 < source.count ? source[index + 1] : 0
                if next == UInt8(ascii: "]") {
                    append(": none")
                    index += 2
                } else if next == UInt8(ascii: "{") || next == UInt8(ascii: "[") {
                    append(":")
                    renderItems(indent: indent + 1)
                } else {
                    append(": ")
                    renderInline()
                }
            default:
                startMember(indent, key: key, then: ": ")
                renderScalar()
            }
            if current == UInt8(ascii: ",") { index += 1 }
        }
        index += 1
    }

    /// A list of records or lists, as bullets; the index ends after its `]`.
    mutating func renderItems(indent: Int) {
        index += 1
        while index < source.count, current != UInt8(ascii: "]") {
            switch current {
            case UInt8(ascii: "{"):
                let before = output.count
                bulletPending = true
                renderObject(indent: indent + 1)
                if bulletPending {  // nothing but nulls: still one bullet
                    bulletPending = false
                    output.truncate(to: before)
                    startLine(indent)
                    append("- (empty)")
                }
            case UInt8(ascii: "["):
                startLine(indent)
                append("- ")
                index += 1
                renderInlineRest()
            default:
                startLine(indent)
                append("- ")
                renderScalar()
            }
            if current == UInt8(ascii: ",") { index += 1 }
        }
        index += 1
    }

    /// A list of scalars on one line, comma separated; the index ends after its `]`.
    mutating func renderInline() {
        index += 1
        renderInlineRest()
    }

    mutating func renderInlineRest() {
        var first = true
        while index < source.count, current != UInt8(ascii: "]") {
            if !first { append(", ") }
            first = false
            if current == UInt8(ascii: "{") || current == UInt8(ascii: "[") {
                copyCompound()
            } else {
                renderScalar()
            }
            if current == UInt8(ascii: ",") { index += 1 }
        }
        index += 1
    }

    mutating func renderScalar() {
        switch current {
        case UInt8(ascii: "\""):
            let text = scanString()
            if text.count <= ReadableText.longStringLimit {
                copy(text)
            } else {
                copy(text.lowerBound..<safeCut(text.lowerBound + ReadableText.longStringLimit, in: text))
                append("… (shortened; the whole value is in the structured content)")
            }
        case UInt8(ascii: "t"):
            append("yes")
            index += 4
        case UInt8(ascii: "f"):
            append("no")
            index += 5
        case UInt8(ascii: "n"):
            append("none")
            index += 4
        default:
            let start = index
            while index < source.count {
                let byte = source[index]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { break }
                index += 1
            }
            copy(start..<index)
        }
    }

    /// A nested object or list inside a one-line list, copied as compact JSON (escaped, since it
    /// lands inside a string).
    mutating func copyCompound() {
        var depth = 0
        repeat {
            let byte = current
            if byte == UInt8(ascii: "\"") {
                let text = scanString()
                append("\\\"")
                for position in text { escapeRaw(source[position]) }
                append("\\\"")
                continue
            }
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { depth -= 1 }
            output.append(byte)
            index += 1
        } while depth > 0 && index < source.count
    }

    mutating func escapeRaw(_ byte: UInt8) {
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { output.append(UInt8(ascii: "\\")) }
        output.append(byte)
    }

    /// The contents of the string at the index (escaped as in the source); the index ends after it.
    @inline(__always)
    mutating func scanString() -> Range<Int> {
        let start = index + 1
        let end = StringScan.closingQuote(in: source, from: start)
        index = end + 1
        return start..<end
    }

    /// A cut at or before `limit` that splits neither an escape sequence nor a UTF-8 character.
    func safeCut(_ limit: Int, in text: Range<Int>) -> Int {
        var position = text.lowerBound
        while position < limit {
            let step: Int
            let byte = source[position]
            if byte == UInt8(ascii: "\\") {
                step = position + 1 < source.count && source[position + 1] == UInt8(ascii: "u") ? 6 : 2
            } else if byte < 0x80 {
                step = 1
            } else if byte >= 0xF0 {
                step = 4
            } else if byte >= 0xE0 {
                step = 3
            } else {
                step = 2
            }
            if position + step > limit { break }
            position += step
        }
        return position
    }
}
