/// Human text for errors, in English and Korean. The only place messages are rendered.
extension CRMError: Labeled {
    public func label(_ language: Language) -> String { message(language) }

    /// The error's message in `language`.
    public func message(_ language: Language) -> String {
        switch self {
        case .duplicateCandidates(let candidates):
            language == .en
                ? "Possible duplicate accounts found (\(candidates.count)): choose an accountId or pass createNewAccount: true."
                : "중복일 수 있는 고객사가 있습니다(\(candidates.count)개). accountId를 지정하거나 createNewAccount: true로 새로 만드세요."
        case .forbidden(let action):
            language == .en
                ? "Your role may not do this: \(action)."
                : "현재 역할로는 이 작업을 할 수 없습니다: \(action)."
        case .notFound(let type, let id):
            language == .en
                ? "No \(type.label(.en).lowercased()) \(id) (or it is not visible to you)."
                : "\(type.label(.ko)) \(id)을(를) 찾을 수 없습니다(또는 볼 권한이 없습니다)."
        case .conflict(.version(let current)):
            language == .en
                ? "The record was changed meanwhile; it is now at version \(current). Reload and retry."
                : "그 사이에 레코드가 변경되었습니다(현재 버전 \(current)). 다시 불러온 뒤 재시도하세요."
        case .conflict(.uniqueKey(let field, let value, let current)):
            language == .en
                ? "\(field) \"\(value)\" is already used by \(current)."
                : "\(field) \"\(value)\"은(는) 이미 \(current)에서 사용 중입니다."
        case .invalidTransition(let from, let to, let allowed):
            language == .en
                ? "Cannot move from \(from) to \(to). Allowed: \(allowed.isEmpty ? "none" : allowed.joined(separator: ", "))."
                : "\(from)에서 \(to)(으)로 변경할 수 없습니다. 가능한 값: \(allowed.isEmpty ? "없음" : allowed.joined(separator: ", "))."
        case .invalidFields(let problems):
            (language == .en ? "Invalid fields: " : "잘못된 필드: ")
                + problems.map { $0.message(language) }.joined(separator: "; ")
        }
    }
}

extension FieldProblem: Labeled {
    public func label(_ language: Language) -> String { message(language) }

    /// `path: reason` in words, with the allowed values or suggestion when known.
    public func message(_ language: Language) -> String {
        var text = "\(path): \(reason.label(language))"
        if let allowed, !allowed.isEmpty {
            text += language == .en ? " (allowed: " : " (가능한 값: "
            text += allowed.joined(separator: ", ") + ")"
        }
        if let suggestion {
            text += language == .en ? " — did you mean \(suggestion)?" : " — \(suggestion)을(를) 의도하셨나요?"
        }
        return text
    }
}

extension FieldReason: Labeled {
    public func label(_ language: Language) -> String {
        switch self {
        case .required: pick(language, "is required", "필수 항목입니다")
        case .tooLong: pick(language, "is too long", "너무 깁니다")
        case .invalidFormat: pick(language, "has an invalid format", "형식이 올바르지 않습니다")
        case .unknownValue: pick(language, "is not an accepted value", "허용되지 않는 값입니다")
        case .outOfRange: pick(language, "is out of range", "범위를 벗어났습니다")
        case .unknownField: pick(language, "is not a known field", "알 수 없는 필드입니다")
        case .unknownCurrency: pick(language, "is not an active ISO 4217 currency", "유효한 ISO 4217 통화가 아닙니다")
        case .notANumber: pick(language, "is not a number", "숫자가 아닙니다")
        case .tooManyDecimals: pick(language, "has more than 2 decimals", "소수점 이하 2자리를 넘습니다")
        case .fractionalInZeroDecimalCurrency:
            pick(language, "must be whole in this currency", "이 통화에서는 정수여야 합니다")
        case .overflow: pick(language, "is too large", "값이 너무 큽니다")
        case .currencyMismatch: pick(language, "must use the same currency", "같은 통화여야 합니다")
        case .notFound: pick(language, "refers to a record that does not exist", "존재하지 않는 레코드를 가리킵니다")
        case .archived: pick(language, "refers to an archived record", "보관된 레코드를 가리킵니다")
        case .cycle: pick(language, "would create a cycle", "순환 참조가 됩니다")
        case .mismatch: pick(language, "does not belong to the given record", "지정한 레코드에 속하지 않습니다")
        case .notAllowed: pick(language, "cannot be set here", "여기서는 설정할 수 없습니다")
        case .exceedsSeats: pick(language, "exceeds the seats held", "보유 시트 수를 초과합니다")
        case .invalidCursor: pick(language, "is not a cursor of this query", "이 조회의 커서가 아닙니다")
        case .conflictingFields: pick(language, "conflicts with another field", "다른 필드와 충돌합니다")
        }
    }
}

extension RecordKind: Labeled {
    public func label(_ language: Language) -> String {
        switch self {
        case .user: pick(language, "User", "사용자")
        case .lead: pick(language, "Lead", "리드")
        case .account: pick(language, "Account", "고객사")
        case .contact: pick(language, "Contact", "담당자")
        case .opportunity: pick(language, "Opportunity", "영업 기회")
        case .license: pick(language, "License request", "라이선스 요청")
        case .note: pick(language, "Note", "메모")
        case .quota: pick(language, "Quota", "영업 목표")
        }
    }
}
