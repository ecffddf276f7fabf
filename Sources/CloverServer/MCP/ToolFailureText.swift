import JSONRPC
import MCP

/// A failed tool call as a model reads it: what went wrong, then what to do about it, with the
/// error's details (invalid fields, allowed moves, duplicate candidates) spelled out.
extension CloverMCPHost {
    static func failureText(_ error: ResponseError, tool: ToolDeclaration?, language: MessageLanguage) -> String {
        let korean = language == .korean
        let data = error.details
        var lines = [error.message]
        switch error.code.kind {
        case ErrorCode.invalidParams.kind:
            lines.append(korean ? "다음 인자를 고쳐 다시 호출하세요:" : "Fix these arguments and call again:")
            for problem in data["errors"]?.arrayValue ?? [] {
                var line = "- \(problem["path"]?.stringValue ?? "$"): \(problem["message"]?.stringValue ?? "")"
                if let allowed = problem["allowed"]?.arrayValue?.compactMap(\.stringValue), !allowed.isEmpty {
                    line += korean ? " (허용값: \(allowed.joined(separator: ", ")))" : " (allowed: \(allowed.joined(separator: ", ")))"
                }
                if let suggestion = problem["didYouMean"]?.stringValue {
                    line += korean ? " — \"\(suggestion)\"을(를) 뜻했나요?" : " — did you mean \"\(suggestion)\"?"
                }
                lines.append(line)
            }
        case ErrorCode.notFound.kind:
            lines.append(korean
                ? "id를 확인하세요. search_records나 목록 도구로 올바른 id를 찾을 수 있습니다. 볼 권한이 없는 레코드도 '찾을 수 없음'으로 답합니다."
                : "Check the id: find the right one with search_records or a *_list tool. Records you may not see are reported as not found too.")
        case ErrorCode.forbidden.kind:
            let action = data["action"]?.stringValue ?? ""
            lines.append(korean
                ? "현재 사용자의 역할로는 할 수 없는 작업입니다(\(action)). 매니저나 관리자에게 요청하세요."
                : "The acting user's role may not do this (\(action)). Ask a manager or an admin to do it.")
        case ErrorCode.conflict.kind:
            if let field = data["field"]?.stringValue {
                lines.append(korean
                    ? "\(field) 값 \(data["value"]?.stringValue ?? "")은(는) 이미 \(data["current"]?.stringValue ?? "")에서 쓰고 있습니다. 다른 값을 쓰거나 그 레코드를 사용하세요."
                    : "\(field) \(data["value"]?.stringValue ?? "") is already used by \(data["current"]?.stringValue ?? ""). Use another value, or work with that record.")
            } else {
                let current = data["current"]?.numberValue?.text ?? "?"
                lines.append(korean
                    ? "읽은 뒤에 레코드가 바뀌었습니다(현재 버전 \(current)). 다시 읽고 ifVersion \(current)로 재시도하세요."
                    : "The record changed since you read it (it is now version \(current)). Read it again, then retry with ifVersion \(current).")
            }
        case ErrorCode.invalidTransition.kind:
            // The message already lists the allowed moves; say how to get where the caller wants.
            if data["to"]?.stringValue == "converted" {
                lines.append(korean ? "리드 전환은 lead_convert로 합니다(먼저 qualified 상태여야 합니다)." : "Converting is lead_convert's job, from qualified.")
            } else {
                lines.append(korean ? "허용된 단계를 거쳐 옮긴 뒤 다시 호출하세요." : "Move it through an allowed step first, then call again.")
            }
        case ErrorCode.duplicateCandidates.kind:
            lines.append(korean
                ? "이미 있을 수 있는 고객사입니다. 사용자에게 보여 주고, 기존 고객사를 쓰려면 accountId를, 새로 만들려면 createNewAccount: true를 넣어 다시 호출하세요. 후보:"
                : "These accounts may already exist. Show them to the user, then call again with accountId to use one, or createNewAccount: true to create a new account anyway. Candidates:")
            if let candidates = data["candidates"] { lines.append(ReadableText.render(candidates)) }
        case ErrorCode.readOnly.kind:
            lines.append(korean ? "서버가 읽기 전용(--read-only)으로 열려 있어 이 세션에서는 기록할 수 없습니다." : "The server was opened read-only (--read-only): nothing can be written in this session.")
        case ErrorCode.storageFailure.kind:
            lines.append(korean
                ? "아무것도 바뀌지 않았습니다. 디스크 문제(\(data["reason"]?.stringValue ?? ""))가 해결되면 다시 호출하세요."
                : "Nothing was changed. Call again once the disk problem (\(data["reason"]?.stringValue ?? "")) is solved.")
        default:
            break
        }
        return lines.joined(separator: "\n")
    }
}
