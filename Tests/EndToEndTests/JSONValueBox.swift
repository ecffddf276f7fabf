import JSONRPC

/// A parsed answer line with the lookups tests need.
struct JSONValueBox {
    let value: JSONValue
    let text: String

    init(_ line: String) throws {
        self.text = line
        self.value = try JSONParser.parse(line)
    }

    subscript(key: String) -> JSONValue? { value[key] }

    var errorCode: JSONValue? { value["error"]?["code"] }
    var errorKind: JSONValue? { value["error"]?["data"]?["kind"] }
}
