/// New customer, growth of an existing one, or renewal of an existing licence.
public enum OpportunityType: String, CaseIterable, Hashable, Sendable, Labeled {
    case new
    case expansion
    case renewal

    public func label(_ language: Language) -> String {
        switch self {
        case .new: pick(language, "New", "신규")
        case .expansion: pick(language, "Expansion", "확장")
        case .renewal: pick(language, "Renewal", "갱신")
        }
    }
}
