/// Where a lead is in qualification. Transitions are in `LeadRules`; `converted` is final.
public enum LeadStatus: String, CaseIterable, Hashable, Sendable, Labeled {
    case new
    case contacted
    case qualified
    case disqualified
    case converted

    public func label(_ language: Language) -> String {
        switch self {
        case .new: pick(language, "New", "신규")
        case .contacted: pick(language, "Contacted", "연락 완료")
        case .qualified: pick(language, "Qualified", "적격")
        case .disqualified: pick(language, "Disqualified", "부적격")
        case .converted: pick(language, "Converted", "전환됨")
        }
    }
}
