/// The language a caller wants to read answers in.
///
/// Queries always match both languages (a Korean speaker may type "ACV", an English speaker may
/// paste "수주율"), so this type never changes what is found; the server layer uses it to decide
/// which text of each `LocalizedText` it shows.
public enum GlossaryLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case en
    case ko
    /// Show both texts side by side.
    case both
}
