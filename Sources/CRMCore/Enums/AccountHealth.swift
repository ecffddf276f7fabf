/// The account health badge (manual in v1).
public enum AccountHealth: String, CaseIterable, Hashable, Sendable, Labeled {
    case high
    case medium
    case low
    case atRisk = "at_risk"

    public func label(_ language: Language) -> String {
        switch self {
        case .high: pick(language, "High", "높음")
        case .medium: pick(language, "Medium", "보통")
        case .low: pick(language, "Low", "낮음")
        case .atRisk: pick(language, "At Risk", "위험")
        }
    }
}
