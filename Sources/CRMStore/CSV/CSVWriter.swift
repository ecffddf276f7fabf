/// Writes RFC 4180 text: CRLF line ends, fields quoted only when they must be (a comma, quote,
/// line break, or leading/trailing space that a spreadsheet would trim), quotes doubled.
///
/// A pure value: `admin.export` builds the whole text with it, and `CSVReader` reads it back to
/// the same fields.
public struct CSVWriter: Sendable {
    public private(set) var text = ""
    public private(set) var rows = 0

    public init() {}

    /// Adds one row (the header is a row like any other), ended by CRLF as RFC 4180 asks.
    public mutating func append(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text.append(",") }
            text.append(Self.escape(field))
        }
        text.append("\r\n")
        rows += 1
    }

    /// One field as it appears in the text.
    public static func escape(_ field: String) -> String {
        let needsQuotes = field.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
        } || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        var quoted = "\""
        for character in field {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        quoted.append("\"")
        return quoted
    }
}
