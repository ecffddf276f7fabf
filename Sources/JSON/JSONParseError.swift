/// Why a line is not valid JSON, and the byte offset where that became clear.
public struct JSONParseError: Error, Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        case unexpectedEnd
        case unexpectedByte(UInt8)
        case invalidNumber
        case invalidEscape
        case loneSurrogate
        case controlCharacterInString
        case invalidUTF8
        case duplicateKey(String)
        case tooDeep(limit: Int)
        case trailingData
    }

    public let reason: Reason
    public let offset: Int

    public init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    /// A short English description for logs and error data.
    public var message: String {
        switch reason {
        case .unexpectedEnd: "unexpected end of input"
        case .unexpectedByte(let byte):
            byte >= 0x20 && byte < 0x7F
                ? "unexpected character '\(Character(UnicodeScalar(byte)))'" : "unexpected byte 0x\(String(byte, radix: 16))"
        case .invalidNumber: "invalid number"
        case .invalidEscape: "invalid escape sequence in string"
        case .loneSurrogate: "lone UTF-16 surrogate in \\u escape"
        case .controlCharacterInString: "unescaped control character in string"
        case .invalidUTF8: "invalid UTF-8"
        case .duplicateKey(let key): "duplicate object key \"\(key)\""
        case .tooDeep(let limit): "nesting deeper than \(limit)"
        case .trailingData: "unexpected data after the JSON value"
        }
    }
}
