/// The Salesforce-style forecast bucket, derived from the stage in v1.
public enum ForecastCategory: String, CaseIterable, Hashable, Sendable, Labeled {
    case pipeline
    case bestCase = "best_case"
    case commit
    case closed
    case omitted

    public func label(_ language: Language) -> String {
        switch self {
        case .pipeline: pick(language, "Pipeline", "파이프라인")
        case .bestCase: pick(language, "Best Case", "베스트 케이스")
        case .commit: pick(language, "Commit", "커밋")
        case .closed: pick(language, "Closed", "성사")
        case .omitted: pick(language, "Omitted", "제외")
        }
    }
}
