/// The life of a licence request sent to CLO Admin (the License Stub).
public enum LicenseStatus: String, CaseIterable, Hashable, Sendable, Labeled {
    case requested
    case acknowledged
    case cancelled

    public func label(_ language: Language) -> String {
        switch self {
        case .requested: pick(language, "Requested", "요청됨")
        case .acknowledged: pick(language, "Acknowledged", "확인됨")
        case .cancelled: pick(language, "Cancelled", "취소됨")
        }
    }
}
