/// The `error` member of a response: code, human message, and `data` that always carries `kind`.
public struct ResponseError: Error, Hashable, Sendable {
    public let code: ErrorCode
    public let message: String
    /// Extra members of `error.data` beside `kind` (e.g. `errors`, `didYouMean`, `current`).
    public let details: JSONObject

    public init(_ code: ErrorCode, _ message: String, details: JSONObject = [:]) {
        self.code = code
        self.message = message
        self.details = details
    }

    /// `error.data`: `kind` first, then the details.
    public var data: JSONObject {
        var data: JSONObject = ["kind": .string(code.kind)]
        for member in details.members where member.key != "kind" { data.append(member.key, member.value) }
        return data
    }

    public var jsonValue: JSONValue {
        ["code": JSONValue(code.rawValue), "message": .string(message), "data": .object(data)]
    }
}

/// An error from a layer above that knows its wire form (the mapping lives in that layer, once).
public protocol ResponseErrorConvertible: Error {
    func responseError(language: MessageLanguage) -> ResponseError
}

/// The language of human-readable messages; codes and field names never change with it.
public enum MessageLanguage: String, Hashable, Sendable, CaseIterable {
    case english = "en"
    case korean = "ko"
}
