/// Which name of an entry a query matched.
public enum MatchedField: String, Sendable, Hashable, CaseIterable {
    case term
    case abbreviation
    case expansion
    case alias
    /// Only the definition text contains the query (search's last tier).
    case definition

    /// How much a match on this field is worth against the same kind of match on another: people
    /// mean the term more often than one of its other names.
    var weight: Double {
        switch self {
        case .term, .definition: 1.0
        case .abbreviation: 0.95
        case .expansion: 0.9
        case .alias: 0.85
        }
    }
}

/// How a search hit was found. Tiers are ranked in declaration order: every exact hit comes before
/// every prefix hit, and so on.
public enum SearchTier: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A name equals the query.
    case exact
    /// A name starts with the query ("수주" → 수주율). Also initial-consonant prefixes ("ㅍㅇ").
    case prefix
    /// A later word of a name starts with the query ("cycle" → Sales Cycle).
    case word
    /// A name is within a few typing mistakes of the query: 1 for 3–4 characters, 2 for 5 or more.
    case typo
    /// Only the definition contains the query.
    case definition

    var rank: Int {
        switch self {
        case .exact: 0
        case .prefix: 1
        case .word: 2
        case .typo: 3
        case .definition: 4
        }
    }

    public static func < (lhs: SearchTier, rhs: SearchTier) -> Bool { lhs.rank < rhs.rank }
}

/// One entry a query found, with how it was found so a client can explain the match.
public struct GlossaryHit: Sendable, Hashable {
    public var entry: GlossaryEntry
    public var tier: SearchTier
    /// Closeness within the tier, from 0 to 1 (1 is best), rounded to three decimals: the matched
    /// field's weight (term 1, abbreviation 0.95, expansion 0.9, alias 0.85; times 0.85 for one item
    /// of a listed name such as "Renewal" of "New / Expansion / Renewal") times how much of the name
    /// the query covers, or how few typing mistakes it needs, or how early the definition mentions it.
    public var score: Double
    public var matchedField: MatchedField
    /// The name or definition that matched, as the entry writes it (e.g. the alias "윈레이트").
    public var matchedText: String

    public init(entry: GlossaryEntry, tier: SearchTier, score: Double, matchedField: MatchedField, matchedText: String) {
        self.entry = entry
        self.tier = tier
        self.score = score
        self.matchedField = matchedField
        self.matchedText = matchedText
    }
}

/// A "did you mean" offered when a query found nothing.
public struct GlossarySuggestion: Sendable, Hashable {
    /// The suggested entry's id, for a follow-up `entry(id:)` or `related(to:)`.
    public var id: String
    public var term: LocalizedText

    public init(id: String, term: LocalizedText) {
        self.id = id
        self.term = term
    }
}
