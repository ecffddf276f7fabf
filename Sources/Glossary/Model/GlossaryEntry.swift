/// One term of the glossary, in both languages, as stored in the resource bundle.
///
/// The shape mirrors the bundle's JSON one to one (see `glossary-work/ENTRY-SPEC.md`), so the server can
/// hand an entry to a client without a second model.
public struct GlossaryEntry: Sendable, Hashable, Codable {
    /// A slug of the English term, stable across releases: other entries and clients link by it.
    public var id: String
    /// The name of the term.
    public var term: LocalizedText
    /// The standard short form ("ACV"), when the term has one.
    public var abbreviation: String?
    /// What the abbreviation stands for ("Annual Contract Value").
    public var expansion: String?
    /// Other names people use for the same concept; lookups accept them as well as the term.
    public var aliases: LocalizedList
    /// The id of a `GlossaryCategory` of the same scope.
    public var category: String
    /// Whose meaning this is: Clover's own, or the industry's general one (ranked second on ties).
    public var scope: GlossaryScope
    /// What the term means, in one to three sentences per language.
    public var definition: LocalizedText
    /// Why a salesperson should care; absent when it would add nothing to the definition.
    public var whyItMatters: LocalizedText?
    /// How a metric is computed, in plain text ("Won ÷ (Won + Lost)").
    public var formula: String?
    /// Whether the product has it yet, so a reader knows whether to look for it on screen.
    public var phase: GlossaryPhase
    /// Ids of entries worth reading next.
    public var related: [String]
    /// The CRM field or enum value this term names ("opportunity.stage=won"); clover scope only.
    public var crmField: String?
    /// The A–Z index letter of the English term, or "#" when it starts with a digit.
    public var letter: String

    public init(
        id: String, term: LocalizedText, abbreviation: String? = nil, expansion: String? = nil,
        aliases: LocalizedList = LocalizedList(), category: String, scope: GlossaryScope,
        definition: LocalizedText, whyItMatters: LocalizedText? = nil, formula: String? = nil,
        phase: GlossaryPhase, related: [String] = [], crmField: String? = nil, letter: String
    ) {
        self.id = id
        self.term = term
        self.abbreviation = abbreviation
        self.expansion = expansion
        self.aliases = aliases
        self.category = category
        self.scope = scope
        self.definition = definition
        self.whyItMatters = whyItMatters
        self.formula = formula
        self.phase = phase
        self.related = related
        self.crmField = crmField
        self.letter = letter
    }
}
