import JSON

/// One term of the glossary, in both languages, as stored in the resource bundle.
///
/// The shape mirrors the bundle's JSON one to one (see `glossary-work/ENTRY-SPEC.md`), so the server can
/// hand an entry to a client without a second model.
public struct GlossaryEntry: Sendable, Hashable, Codable {
    /// A slug of the English term, stable across releases: other entries and clients link by it.
    public var id: String {
        get { storage.value.id }
        set { storage.value.id = newValue }
    }
    /// The name of the term.
    public var term: LocalizedText {
        get { storage.value.term }
        set { storage.value.term = newValue }
    }
    /// The standard short form ("ACV"), when the term has one.
    public var abbreviation: String? {
        get { storage.value.abbreviation }
        set { storage.value.abbreviation = newValue }
    }
    /// What the abbreviation stands for ("Annual Contract Value").
    public var expansion: String? {
        get { storage.value.expansion }
        set { storage.value.expansion = newValue }
    }
    /// Other names people use for the same concept; lookups accept them as well as the term.
    public var aliases: LocalizedList {
        get { storage.value.aliases }
        set { storage.value.aliases = newValue }
    }
    /// The id of a `GlossaryCategory` of the same scope.
    public var category: String {
        get { storage.value.category }
        set { storage.value.category = newValue }
    }
    /// Whose meaning this is: Clover's own, or the industry's general one (ranked second on ties).
    public var scope: GlossaryScope {
        get { storage.value.scope }
        set { storage.value.scope = newValue }
    }
    /// What the term means, in one to three sentences per language.
    public var definition: LocalizedText {
        get { storage.value.definition }
        set { storage.value.definition = newValue }
    }
    /// Why a salesperson should care; absent when it would add nothing to the definition.
    public var whyItMatters: LocalizedText? {
        get { storage.value.whyItMatters }
        set { storage.value.whyItMatters = newValue }
    }
    /// How a metric is computed, in plain text ("Won ÷ (Won + Lost)").
    public var formula: String? {
        get { storage.value.formula }
        set { storage.value.formula = newValue }
    }
    /// Whether the product has it yet, so a reader knows whether to look for it on screen.
    public var phase: GlossaryPhase {
        get { storage.value.phase }
        set { storage.value.phase = newValue }
    }
    /// Ids of entries worth reading next.
    public var related: [String] {
        get { storage.value.related }
        set { storage.value.related = newValue }
    }
    /// The CRM field or enum value this term names ("opportunity.stage=won"); clover scope only.
    public var crmField: String? {
        get { storage.value.crmField }
        set { storage.value.crmField = newValue }
    }
    /// The A–Z index letter of the English term, or "#" when it starts with a digit.
    public var letter: String {
        get { storage.value.letter }
        set { storage.value.letter = newValue }
    }

    /// Every field, behind one reference. Entries are handed around far more than they are built
    /// (every lookup result carries one, and results are copied on their way to the wire), and a
    /// copy is then one retain instead of one per text: copying entries was half of a lookup.
    private var storage: SharedValue<Fields>

    /// The stored fields, whose synthesized coding gives the bundle's keys.
    struct Fields: Sendable, Hashable, Codable {
        var id: String
        var term: LocalizedText
        var abbreviation: String?
        var expansion: String?
        var aliases: LocalizedList
        var category: String
        var scope: GlossaryScope
        var definition: LocalizedText
        var whyItMatters: LocalizedText?
        var formula: String?
        var phase: GlossaryPhase
        var related: [String]
        var crmField: String?
        var letter: String
    }

    public init(
        id: String, term: LocalizedText, abbreviation: String? = nil, expansion: String? = nil,
        aliases: LocalizedList = LocalizedList(), category: String, scope: GlossaryScope,
        definition: LocalizedText, whyItMatters: LocalizedText? = nil, formula: String? = nil,
        phase: GlossaryPhase, related: [String] = [], crmField: String? = nil, letter: String
    ) {
        storage = SharedValue(Fields(
            id: id, term: term, abbreviation: abbreviation, expansion: expansion, aliases: aliases, category: category,
            scope: scope, definition: definition, whyItMatters: whyItMatters, formula: formula, phase: phase,
            related: related, crmField: crmField, letter: letter))
    }

    public init(from decoder: any Decoder) throws {
        storage = SharedValue(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.value.encode(to: encoder)
    }

    public static func == (first: GlossaryEntry, second: GlossaryEntry) -> Bool {
        first.storage == second.storage
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage)
    }
}
