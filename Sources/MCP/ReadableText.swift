import JSONRPC

/// A tool result as text a person or a model reads easily: one `key: value` line per field,
/// nested records indented, lists as bullets, nulls left out.
///
/// Hosts that show only a tool's text content still get every field this way; the exact values
/// stay in `structuredContent`.
public enum ReadableText {
    /// Strings longer than this (an SVG chart, a long note) are shortened in the text; the whole
    /// value is in the structured content.
    static let longStringLimit = 600

    public static func render(_ value: JSONValue) -> String {
        var text = ""
        switch value {
        case .object(let object): appendMembers(object, indent: 0, to: &text)
        case .array(let elements): appendItems(elements, indent: 0, to: &text)
        default: text = scalar(value)
        }
        if text.hasSuffix("\n") { text.removeLast() }
        return text.isEmpty ? "(empty)" : text
    }

    private static func appendMembers(_ object: JSONObject, indent: Int, to text: inout String) {
        let pad = String(repeating: "  ", count: indent)
        for member in object.members where !member.value.isNull {
            switch member.value {
            case .object(let nested):
                if nested.members.allSatisfy(\.value.isNull) { continue }
                text += "\(pad)\(member.key):\n"
                appendMembers(nested, indent: indent + 1, to: &text)
            case .array(let elements):
                if elements.isEmpty {
                    text += "\(pad)\(member.key): none\n"
                } else if elements.allSatisfy(isScalar) {
                    text += "\(pad)\(member.key): \(elements.map(scalar).joined(separator: ", "))\n"
                } else {
                    text += "\(pad)\(member.key):\n"
                    appendItems(elements, indent: indent + 1, to: &text)
                }
            default:
                text += "\(pad)\(member.key): \(indented(scalar(member.value), pad + "  "))\n"
            }
        }
    }

    private static func appendItems(_ elements: [JSONValue], indent: Int, to text: inout String) {
        let pad = String(repeating: "  ", count: indent)
        for element in elements {
            guard case .object(let object) = element else {
                text += "\(pad)- \(indented(scalar(element), pad + "  "))\n"
                continue
            }
            // The bullet sits on the item's first line; the rest line up under it.
            var item = ""
            appendMembers(object, indent: indent + 1, to: &item)
            let body = item.dropFirst(pad.count + 2)
            text += "\(pad)- \(body.isEmpty ? "(empty)\n" : body)"
        }
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .object, .array: false
        default: true
        }
    }

    private static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .string(let string):
            guard string.count > longStringLimit else { return string }
            return String(string.prefix(longStringLimit)) + "… (\(string.count) characters in all; the whole value is in the structured content)"
        case .number(let number): return number.text
        case .bool(let flag): return flag ? "yes" : "no"
        case .null: return "none"
        case .object, .array:
            var writer = JSONWriter()
            writer.write(value)
            return String(decoding: writer.bytes, as: UTF8.self)
        }
    }

    private static func indented(_ text: String, _ pad: String) -> String {
        text.contains("\n") ? text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + pad) : text
    }
}
