/// Whether a contact is our internal advocate at the customer.
public enum ContactRole: String, CaseIterable, Hashable, Sendable, Labeled {
    case champion
    case contact

    public func label(_ language: Language) -> String {
        switch self {
        case .champion: pick(language, "Champion", "챔피언")
        case .contact: pick(language, "Contact", "일반 담당자")
        }
    }
}
