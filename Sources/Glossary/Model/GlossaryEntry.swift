/// One term of the glossary, in both languages, as stored in the resource bundle.
///
/// The shape mirrors the bundle's JSON one to one (see `glossary-work/ENTRY-SPEC.md`), so the server can
/// hand an entry to a client without a second model.
public struct GlossaryEntry: Sendable, Hashable, Codable {
    /// A slug of the English term, stable across releases: other entries and clients link by it.
    public var id: String {
        get { storage.fields.id }
        set { uniqueStorage().fields.id = newValue }
    }
    /// The name of the term.
    public var term: LocalizedText {
        get { storage.fields.term }
        set { uniqueStorage().fields.term = newValue }
    }
    /// The standard short form ("ACV"), when the term has one.
    public var abbreviation: String? {
        get { storage.fields.abbreviation }
        set { uniqueStorage().fields.abbreviation = newValue }
    }
    /// What the abbreviation stands for ("Annual Contract Value").
    public var expansion: String? {
        get { storage.fields.expansion }
        set { uniqueStorage().fields.expansion = newValue }
    }
    /// Other names people use for the same concept; lookups accept them as well as the term.
    public var aliases: LocalizedList {
        get { storage.fields.aliases }
        set { uniqueStorage().fields.aliases = newValue }
    }
    /// The id of a `GlossaryCategory` of the same scope.
    public var category: String {
        get { storage.fields.category }
        set { uniqueStorage().fields.category = newValue }
    }
    /// Whose meaning this is: Clover's own, or the industry's general one (ranked second on ties).
    public var scope: GlossaryScope {
        get { storage.fields.scope }
        set { uniqueStorage().fields.scope = newValue }
    }
    /// What the term means, in one to three sentences per language.
    public var definition: LocalizedText {
        get { storage.fields.definition }
        set { uniqueStorage().fields.definition = newValue }
    }
    /// Why a salesperson should care; absent when it would add nothing to the definition.
    public var whyItMatters: LocalizedText? {
        get { storage.fields.whyItMatters }
        set { uniqueStorage().fields.whyItMatters = newValue }
    }
    /// How a metric is computed, in plain text ("Won ÷ (Won + Lost)").
    public var formula: String? {
        get { storage.fields.formula }
        set { uniqueStorage().fields.formula = newValue }
    }
    /// Whether the product has it yet, so a reader knows whether to look for it on screen.
    public var phase: GlossaryPhase {
        get { storage.fields.phase }
        set { uniqueStorage().fields.phase = newValue }
    }
    /// Ids of entries worth reading next.
    public var related: [String] {
        get { storage.fields.related }
        set { uniqueStorage().fields.related = newValue }
    }
    /// The CRM field or enum value this term names ("opportunity.stage=won"); clover scope only.
    public var crmField: String? {
        get { storage.fields.crmField }
        set { uniqueStorage().fields.crmField = newValue }
    }
    /// The A–Z index letter of the English term, or "#" when it starts with a digit.
    public var letter: String {
        get { storage.fields.letter }
        set { uniqueStorage().fields.letter = newValue }
    }

    /// Every field, behind one reference. Entries are handed around far more than they are built
    /// (every lookup result carries one, and results are copied on their way to the wire), and a
    /// copy is then one retain instead of one per text: copying entries was half of a lookup.
    private var storage: Storage

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

    final class Storage: @unchecked Sendable {
        // @unchecked: `fields` changes only through `uniqueStorage()`, that is while no other
        // entry, and so no other thread, can see this storage.
        @exclusivity(unchecked) var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    public init(
        id: String, term: LocalizedText, abbreviation: String? = nil, expansion: String? = nil,
        aliases: LocalizedList = LocalizedList(), category: String, scope: GlossaryScope,
        definition: LocalizedText, whyItMatters: LocalizedText? = nil, formula: String? = nil,
        phase: GlossaryPhase, related: [String] = [], crmField: String? = nil, letter: String
    ) {
        storage = Storage(Fields(
            id: id, term: term, abbreviation: abbreviation, expansion: expansion, aliases: aliases, category: category,
            scope: scope, definition: definition, whyItMatters: whyItMatters, formula: formula, phase: phase,
            related: related, crmField: crmField, letter: letter))
    }

    public init(from decoder: any Decoder) throws {
        storage = Storage(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.fields.encode(to: encoder)
    }

    public static func == (first: GlossaryEntry, second: GlossaryEntry) -> Bool {
        first.storage === second.storage || first.storage.fields == second.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }
}
