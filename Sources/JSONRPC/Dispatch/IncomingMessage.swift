/// One element of the input, classified by shape (as `MessageCoding.swift` in sourcekit-lsp does):
/// a request has `method` and `id`, a notification `method` without `id`.
enum IncomingMessage: Equatable {
    case request(id: RequestID, method: String, params: JSONValue?)
    case notification(method: String, params: JSONValue?)
    /// Not a valid request; answered with -32600 and the id when one could be read.
    case invalid(id: RequestID, reason: InvalidRequestReason)

    init(_ value: JSONValue) {
        guard case .object(let object) = value else {
            self = .invalid(id: .null, reason: .notAnObject)
            return
        }
        var version: JSONValue?
        var method: JSONValue?
        var idValue: JSONValue?
        var params: JSONValue?
        var isResponse = false
        for member in object.members {
            switch member.key {
            case "jsonrpc": version = member.value
            case "method": method = member.value
            case "id": idValue = member.value
            case "params": params = member.value
            case "result", "error": isResponse = true
            default: continue  // members JSON-RPC does not define are ignored, for interop
            }
        }
        // The id is echoed on an invalid request whenever it could be read; otherwise null.
        let id = idValue.flatMap(RequestID.init) ?? .null
        if idValue != nil, RequestID(idValue ?? .null) == nil {
            self = .invalid(id: .null, reason: .badID)
        } else if case .string("2.0") = version {
            if isResponse && method == nil {
                self = .invalid(id: id, reason: .response)
            } else if case .string(let name) = method {
                if let params, params.objectValue == nil, params.arrayValue == nil {
                    self = .invalid(id: id, reason: .badParams)
                } else if idValue == nil {
                    self = .notification(method: name, params: params)
                } else {
                    self = .request(id: id, method: name, params: params)
                }
            } else {
                self = .invalid(id: id, reason: .badMethod)
            }
        } else {
            self = .invalid(id: id, reason: .badVersion)
        }
    }
}
