/// The loaded glossary and every query over it.
///
/// Built once at start-up (see `GlossaryBundle.load()`), then read-only: every name is folded, split
/// into words and reduced to initial consonants here, so that queries only compare arrays. A value
/// type, cheap to copy and safe to share across threads.
public struct Glossary: Sendable {
    /// Every entry, in bundle file order (files sorted by name), for drivers that build workloads.
    public var entries: [GlossaryEntry] { storage.entries }
    /// The categories in the order `categories.json` lists them.
    var categoryList: [GlossaryCategory] { storage.categoryList }
    var positionByID: [String: Int] { storage.positionByID }
    /// Every name of every entry, folded.
    var nameTable: NameTable { storage.nameTable }
    /// Per entry: its place when entries are sorted by English term, the final tie-break.
    var englishOrder: [Int] { storage.englishOrder }
    /// Per entry: its place when clover entries come before industry ones, each A–Z by English term:
    /// the tie-break of every ranked answer as one integer comparison.
    var scopeThenEnglishOrder: [Int] { storage.scopeThenEnglishOrder }
    /// Per entry: its place when sorted by Korean term, for listing a ㄱ–ㅎ letter.
    var koreanOrder: [Int] { storage.koreanOrder }
    /// Per entry: the ㄱ–ㅎ index letter of its Korean term, if it starts with Hangul.
    var hangulLetters: [GlossaryLetter?] { storage.hangulLetters }
    /// Lower-cased `crmField` → entry position (the first entry naming it wins).
    var positionByCRMField: [String: Int] { storage.positionByCRMField }
    /// Every definition, ASCII lowercased, for the definition tier of search.
    var definitionTexts: DefinitionTexts { storage.definitionTexts }

    /// Everything above in one immutable object, so copying a glossary, or capturing it in a closure
    /// as sorting does, costs one retain rather than one per array (which dominated `lookup`).
    private let storage: Storage

    private final class Storage: Sendable {
        let entries: [GlossaryEntry]
        let categoryList: [GlossaryCategory]
        let positionByID: [String: Int]
        let nameTable: NameTable
        let englishOrder: [Int]
        let scopeThenEnglishOrder: [Int]
        let koreanOrder: [Int]
        let hangulLetters: [GlossaryLetter?]
        let positionByCRMField: [String: Int]
        let definitionTexts: DefinitionTexts

        init(
            entries: [GlossaryEntry], categoryList: [GlossaryCategory], positionByID: [String: Int], nameTable: NameTable,
            englishOrder: [Int], koreanOrder: [Int], hangulLetters: [GlossaryLetter?], positionByCRMField: [String: Int],
            definitionTexts: DefinitionTexts
        ) {
            self.entries = entries
            self.categoryList = categoryList
            self.positionByID = positionByID
            self.nameTable = nameTable
            self.englishOrder = englishOrder
            self.scopeThenEnglishOrder = englishOrder.indices.map { position in
                (entries[position].scope == .clover ? 0 : englishOrder.count) + englishOrder[position]
            }
            self.koreanOrder = koreanOrder
            self.hangulLetters = hangulLetters
            self.positionByCRMField = positionByCRMField
            self.definitionTexts = definitionTexts
        }
    }

    /// Indexes `entries` for querying.
    ///
    /// Throws `.inconsistent` for a duplicate id, a category missing from `categories`, or an entry
    /// filed under a category of the other scope: those would make answers ambiguous.
    public init(entries: [GlossaryEntry], categories: [GlossaryCategory]) throws(GlossaryLoadError) {
        // The name table, the largest index, is independent of the others: build it beside them.
        let (nameTable, others) = concurrently({
            NameTable(entries: entries)
        }, {
            IndexesBesideNameTable(entries: entries, categories: categories)
        })
        try self.init(entries: entries, categories: categories, nameTable: nameTable, others: others)
    }

    /// `entries` with the indexes already built from them (loading builds them in its own threads).
    init(
        entries: [GlossaryEntry], categories: [GlossaryCategory], nameTable: NameTable, others: IndexesBesideNameTable
    ) throws(GlossaryLoadError) {
        let found = try others.positions.get()
        storage = Storage(
            entries: entries, categoryList: categories, positionByID: found.byID, nameTable: nameTable,
            englishOrder: others.termOrder.english, koreanOrder: others.termOrder.korean,
            hangulLetters: found.hangulLetters, positionByCRMField: found.byCRMField, definitionTexts: others.definitionTexts)
    }

    /// The entry with this id, if the bundle has it.
    public func entry(id: String) -> GlossaryEntry? {
        positionByID[id].map { entries[$0] }
    }

    /// Sizes of the loaded data, for benchmarks and diagnostics.
    public var statistics: GlossaryStatistics {
        GlossaryStatistics(entryCount: entries.count, categoryCount: categoryList.count, nameCount: nameTable.names.count)
    }
}

/// Sizes of a loaded glossary.
public struct GlossaryStatistics: Sendable, Hashable {
    public var entryCount: Int
    public var categoryCount: Int
    /// Distinct names (terms, abbreviations, expansions, aliases and their short forms) indexed.
    public var nameCount: Int
}
