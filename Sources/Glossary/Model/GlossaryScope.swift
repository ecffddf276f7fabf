/// Whose vocabulary a term belongs to.
///
/// Clover's own meaning of a word wins over the industry's when both exist, so queries rank
/// `clover` ahead of `industry` on ties.
public enum GlossaryScope: String, Sendable, Hashable, Codable, CaseIterable {
    /// The product's own terms (seed 000): what the word means inside Clover CRM.
    case clover
    /// General CRM and SaaS vocabulary, kept for reference.
    case industry
}
