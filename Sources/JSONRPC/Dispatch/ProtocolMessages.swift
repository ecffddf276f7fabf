/// Human-readable messages of the protocol layer, in each session language.
enum ProtocolMessages {
    static func parseError(_ error: JSONParseError, _ language: MessageLanguage) -> String {
        language == .korean ? "JSON 구문 오류(위치 \(error.offset)): \(error.message)" : "Parse error at byte \(error.offset): \(error.message)"
    }

    static func invalidRequest(_ reason: InvalidRequestReason, _ language: MessageLanguage) -> String {
        let korean = language == .korean
        switch reason {
        case .notAnObject: return korean ? "잘못된 요청: JSON-RPC 요청은 객체여야 합니다" : "Invalid Request: a request must be a JSON object"
        case .emptyBatch: return korean ? "잘못된 요청: 빈 배치입니다" : "Invalid Request: empty batch"
        case .badVersion: return korean ? "잘못된 요청: \"jsonrpc\"는 정확히 \"2.0\"이어야 합니다" : "Invalid Request: \"jsonrpc\" must be exactly \"2.0\""
        case .badMethod: return korean ? "잘못된 요청: \"method\"는 문자열이어야 합니다" : "Invalid Request: \"method\" must be a string"
        case .badID: return korean ? "잘못된 요청: \"id\"는 문자열, 숫자 또는 null이어야 합니다" : "Invalid Request: \"id\" must be a string, a number or null"
        case .badParams: return korean ? "잘못된 요청: \"params\"는 객체나 배열이어야 합니다" : "Invalid Request: \"params\" must be an object or an array"
        case .response: return korean ? "잘못된 요청: 이 서버는 클라이언트에 요청을 보내지 않으므로 응답을 받지 않습니다" : "Invalid Request: this server sends no requests, so it accepts no responses"
        }
    }

    static func tooLarge(limit: Int, _ language: MessageLanguage) -> String {
        language == .korean ? "요청이 너무 큽니다(한 줄 최대 \(limit)바이트)" : "Request too large: a line may hold at most \(limit) bytes"
    }

    static func methodNotFound(_ method: String, suggestion: String?, _ language: MessageLanguage) -> String {
        let hint = suggestion.map { language == .korean ? " \"\($0)\"을(를) 뜻했나요?" : " Did you mean \"\($0)\"?" } ?? ""
        return (language == .korean ? "메서드를 찾을 수 없습니다: \(method)." : "Method not found: \(method).") + hint
    }

    static func invalidParams(_ problems: [ValidationProblem], _ language: MessageLanguage) -> String {
        let first = problems.first.map { "\($0.path) \($0.message(language))" } ?? ""
        let more = problems.count > 1 ? (language == .korean ? " 외 \(problems.count - 1)건" : " (and \(problems.count - 1) more)") : ""
        return (language == .korean ? "잘못된 인자: " : "Invalid params: ") + first + more
    }

    static func internalError(_ language: MessageLanguage) -> String {
        language == .korean ? "내부 오류가 발생했습니다(상세 내용은 서버 로그에 기록됨)" : "Internal error (details are in the server log)"
    }
}

/// Why a well-formed JSON value is not a JSON-RPC request.
enum InvalidRequestReason: Equatable {
    case notAnObject, emptyBatch, badVersion, badMethod, badID, badParams, response
}
