/// The answer to `Glossary.lookup(_:)`.
///
/// Never an error: a term the glossary lacks yields no `best` and a few `suggestions`.
public struct GlossaryLookupResult: Sendable, Hashable {
    /// The query as the caller sent it.
    public var query: String
    /// The entry the query most likely means: clover scope before industry, then a match on the
    /// term before abbreviation, expansion and alias.
    public var best: GlossaryHit?
    /// The other entries that have the query as one of their names, in the same order.
    public var alternatives: [GlossaryHit]
    /// Up to five close names, when nothing matched exactly.
    public var suggestions: [GlossarySuggestion]

    public init(query: String, best: GlossaryHit?, alternatives: [GlossaryHit], suggestions: [GlossarySuggestion]) {
        self.query = query
        self.best = best
        self.alternatives = alternatives
        self.suggestions = suggestions
    }
}

/// The answer to `Glossary.search(_:category:scope:limit:)`.
public struct GlossarySearchResult: Sendable, Hashable {
    public var query: String
    /// Best first: by tier, then score, then clover before industry, then English term A–Z.
    public var hits: [GlossaryHit]
    /// Up to five close names when `hits` is empty (taken from all categories and scopes).
    public var suggestions: [GlossarySuggestion]

    public init(query: String, hits: [GlossaryHit], suggestions: [GlossarySuggestion]) {
        self.query = query
        self.hits = hits
        self.suggestions = suggestions
    }
}

/// The answer to `Glossary.related(to:)`: a typed "unknown id" rather than an error, since a
/// client may hold an id from an older bundle.
public enum GlossaryRelated: Sendable, Hashable {
    /// The entry and the entries it links to, in the order it lists them.
    case found(entry: GlossaryEntry, related: [GlossaryEntry])
    case unknownID(String)
}

/// The term behind a CRM field, as `Glossary.explain(object:field:value:)` found it.
public struct GlossaryExplanation: Sendable, Hashable {
    public var entry: GlossaryEntry
    /// The `crmField` that matched, which shows how far the lookup fell back: "opportunity.stage=won",
    /// "opportunity.stage" or "opportunity".
    public var crmField: String

    public init(entry: GlossaryEntry, crmField: String) {
        self.entry = entry
        self.crmField = crmField
    }
}
