/// One thing wrong with a call's params, at a JSON path such as `$.account.name` or `$.items[2]`.
public struct ValidationProblem: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        case required
        case wrongType(expected: [JSONSchema.Kind], actual: String)
        case unknownField(suggestion: String?)
        case notAllowed(allowed: [JSONValue])
        case belowMinimum(Int64)
        case aboveMaximum(Int64)
        case tooManyDecimals(Int)
        case outOfRange
        case tooShort(Int)
        case tooLong(Int)
        case tooFewItems(Int)
        case tooManyItems(Int)
        case badFormat(JSONSchema.Format)
        case noAlternativeMatched
        case tooManyPositionalParams(Int)
        /// A rule beyond the schema, stated by the layer that checks it.
        case custom(english: String, korean: String)
    }

    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// `{path, message, …}` as it appears in `error.data.errors`.
    public func jsonValue(language: MessageLanguage) -> JSONValue {
        var object: JSONObject = ["path": .string(path), "message": .string(message(language))]
        switch reason {
        case .notAllowed(let allowed): object.append("allowed", .array(allowed))
        case .unknownField(let suggestion?): object.append("didYouMean", .string(suggestion))
        default: break
        }
        return .object(object)
    }

    public func message(_ language: MessageLanguage) -> String {
        let korean = language == .korean
        switch reason {
        case .required:
            return korean ? "필수 항목입니다" : "is required"
        case .wrongType(let expected, let actual):
            let names = expected.map(\.rawValue).joined(separator: " or ")
            return korean ? "\(names) 형식이어야 하는데 \(actual) 값입니다" : "expected \(names), got \(actual)"
        case .unknownField(let suggestion):
            let hint = suggestion.map { korean ? "; \"\($0)\"을(를) 뜻했나요?" : "; did you mean \"\($0)\"?" } ?? ""
            return (korean ? "알 수 없는 필드입니다" : "unknown field") + hint
        case .notAllowed(let allowed):
            let list = allowed.map { $0.stringValue ?? $0.jsonText }.joined(separator: ", ")
            return korean ? "다음 값 중 하나여야 합니다: \(list)" : "must be one of: \(list)"
        case .belowMinimum(let minimum):
            return korean ? "\(minimum) 이상이어야 합니다" : "must be at least \(minimum)"
        case .aboveMaximum(let maximum):
            return korean ? "\(maximum) 이하여야 합니다" : "must be at most \(maximum)"
        case .tooManyDecimals(let decimals):
            return korean ? "소수점 이하 \(decimals)자리까지만 허용됩니다" : "must have at most \(decimals) decimal places"
        case .outOfRange:
            return korean ? "허용 범위를 벗어난 숫자입니다" : "number is out of range"
        case .tooShort(let minimum):
            return korean ? "최소 \(minimum)자여야 합니다" : "must be at least \(minimum) characters"
        case .tooLong(let maximum):
            return korean ? "최대 \(maximum)자까지 허용됩니다" : "must be at most \(maximum) characters"
        case .tooFewItems(let minimum):
            return korean ? "항목이 최소 \(minimum)개 필요합니다" : "needs at least \(minimum) items"
        case .tooManyItems(let maximum):
            return korean ? "항목은 최대 \(maximum)개까지 허용됩니다" : "allows at most \(maximum) items"
        case .badFormat(let format):
            return korean ? "\(Self.formatName(format, korean: true)) 형식이 아닙니다" : "is not a valid \(Self.formatName(format, korean: false))"
        case .noAlternativeMatched:
            return korean ? "허용되는 형태와 일치하지 않습니다" : "does not match any allowed form"
        case .tooManyPositionalParams(let count):
            return korean ? "위치 인자는 최대 \(count)개입니다" : "takes at most \(count) positional params"
        case .custom(let english, let koreanText):
            return korean ? koreanText : english
        }
    }

    private static func formatName(_ format: JSONSchema.Format, korean: Bool) -> String {
        switch format {
        case .date: korean ? "날짜(YYYY-MM-DD)" : "date (YYYY-MM-DD)"
        case .dateTime: korean ? "RFC 3339 일시" : "RFC 3339 date-time"
        case .email: korean ? "이메일 주소" : "email address"
        case .currency: korean ? "ISO 4217 통화 코드" : "ISO 4217 currency code"
        case .uri: "URI"
        }
    }
}
