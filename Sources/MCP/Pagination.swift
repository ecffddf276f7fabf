import JSONRPC

/// Cursor paging for MCP lists. The cursor is opaque to clients; here it names the offset of the
/// next page, and a cursor this server did not give out is an invalid-params error.
enum Pagination {
    static let prefix = "offset-"

    static func page<Item>(_ items: [Item], params: JSONObject, size: Int) throws(ResponseError) -> (items: ArraySlice<Item>, nextCursor: String?) {
        var start = 0
        if let cursor = params["cursor"], !cursor.isNull {
            guard let text = cursor.stringValue else {
                throw MCPErrors.invalidParams([("$.cursor", "must be a string from an earlier page's nextCursor")])
            }
            guard text.hasPrefix(prefix), let offset = Int(text.dropFirst(prefix.count)), offset > 0, offset <= items.count else {
                throw MCPErrors.badCursor(text)
            }
            start = offset
        }
        let end = min(items.count, start + size)
        return (items[start..<end], end < items.count ? prefix + String(end) : nil)
    }

    /// The list result: the page under `key`, and `nextCursor` when more remain.
    static func result(_ key: String, _ page: (items: ArraySlice<JSONValue>, nextCursor: String?)) -> JSONObject {
        var result: JSONObject = [key: .array(Array(page.items))]
        if let next = page.nextCursor { result.append("nextCursor", .string(next)) }
        return result
    }
}
