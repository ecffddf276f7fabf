import Foundation

/// The opaque position of the last item of a page: the sort it belongs to and the item's sort key
/// values and id. The next page starts strictly after that position, so records inserted or removed
/// meanwhile neither repeat nor skip items.
struct ListCursor: Equatable {
    var signature: String
    var keys: [FieldValue]
    var id: RecordID

    static func signature(of sort: [CompiledQuery.Sort]) -> String {
        sort.map { "\($0.field):\($0.descending ? "d" : "a")" }.joined(separator: ",")
    }

    var encoded: String {
        var lines = ["c1", signature, id.description]
        lines += keys.map(ListCursor.encode)
        let text = lines.joined(separator: "\n")
        return Data(text.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    init(signature: String, keys: [FieldValue], id: RecordID) {
        self.signature = signature
        self.keys = keys
        self.id = id
    }

    init?(decoding text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64.append("=") }
        guard let data = Data(base64Encoded: base64), let decoded = String(data: data, encoding: .utf8) else { return nil }
        let lines = decoded.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 3, lines[0] == "c1", let id = RecordID(lines[2]) else { return nil }
        var keys: [FieldValue] = []
        for line in lines.dropFirst(3) {
            guard let key = ListCursor.decode(line) else { return nil }
            keys.append(key)
        }
        self.init(signature: lines[1], keys: keys, id: id)
    }

    private static func encode(_ value: FieldValue) -> String {
        switch value {
        case .null: "n"
        case .string(let text):
            "s" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
        case .int(let number): "i\(number)"
        case .money(let money): "m\(money.cents) \(money.currency.code)"
        case .timestamp(let time): "t\(time.milliseconds)"
        case .day(let day): "d\(day)"
        case .bool(let flag): flag ? "b1" : "b0"
        }
    }

    private static func decode(_ line: String) -> FieldValue? {
        guard let tag = line.first else { return nil }
        let body = String(line.dropFirst())
        switch tag {
        case "n": return .null
        case "s":
            var text = ""
            var escaping = false
            for character in body {
                if escaping {
                    text.append(character == "n" ? "\n" : character)
                    escaping = false
                } else if character == "\\" {
                    escaping = true
                } else {
                    text.append(character)
                }
            }
            return .string(text)
        case "i": return Int64(body).map { .int($0) }
        case "m":
            let parts = body.split(separator: " ")
            guard parts.count == 2, let cents = Int64(parts[0]), let currency = CurrencyCode(String(parts[1])) else { return nil }
            return .money(Money(uncheckedCents: cents, currency: currency))
        case "t": return Int64(body).map { .timestamp(Timestamp(milliseconds: $0)) }
        case "d": return Day(body).map { .day($0) }
        case "b": return .bool(body == "1")
        default: return nil
        }
    }
}
