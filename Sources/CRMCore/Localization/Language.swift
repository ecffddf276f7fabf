/// The languages messages and labels are rendered in. Codes and field names never change with it.
public enum Language: String, CaseIterable, Hashable, Sendable {
    case en
    case ko
}

/// A value with a human label in every `Language` (enum values, record kinds, errors).
public protocol Labeled {
    func label(_ language: Language) -> String
}

extension Labeled {
    /// Picks the English or Korean text.
    func pick(_ language: Language, _ english: String, _ korean: String) -> String {
        language == .en ? english : korean
    }
}
