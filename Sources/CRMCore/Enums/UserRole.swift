/// What a user may see and do; see `Visibility`.
public enum UserRole: String, CaseIterable, Hashable, Sendable, Labeled {
    case bd
    case manager
    case admin

    public func label(_ language: Language) -> String {
        switch self {
        case .bd: pick(language, "BD", "BD(사업개발)")
        case .manager: pick(language, "Manager", "매니저")
        case .admin: pick(language, "Admin", "관리자")
        }
    }
}
