/// Something that writes itself as one JSON value.
///
/// Method results conform so the hot ones can write straight into the response buffer; everything
/// else can simply build a `JSONValue`, which conforms too.
public protocol JSONWritable {
    func writeJSON(to writer: inout JSONWriter)
}

extension JSONValue: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) { writer.write(self) }
}

extension JSONWritable {
    /// The value as a `JSONValue` (writes, then parses back; for tests and adapters, not hot paths).
    public var jsonValue: JSONValue {
        if let value = self as? JSONValue { return value }
        var writer = JSONWriter()
        writeJSON(to: &writer)
        // The writer only produces valid JSON, so this parse cannot fail; null is a safe fallback.
        return (try? JSONParser.parse(writer.bytes)) ?? .null
    }
}
