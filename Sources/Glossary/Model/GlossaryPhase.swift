/// When a term becomes real in the product, so a reader knows whether to look for it in the UI.
public enum GlossaryPhase: String, Sendable, Hashable, Codable, CaseIterable {
    /// Present in the first release (POC v1).
    case v1
    /// Planned for phase 2; described so the team shares the word before the feature exists.
    case phase2
    /// Not a product feature: vocabulary to map our terms to industry language.
    case reference
}
