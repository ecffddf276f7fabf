/// A section of the glossary, such as "Sales Stages" or "Customer Success".
public struct GlossaryCategory: Sendable, Hashable, Codable {
    /// The id entries name in their `category` field.
    public var id: String
    /// The scope whose entries this category groups; ids are unique across scopes.
    public var scope: GlossaryScope
    public var label: LocalizedText

    public init(id: String, scope: GlossaryScope, label: LocalizedText) {
        self.id = id
        self.scope = scope
        self.label = label
    }
}

/// A category with the number of entries filed under it, for a table of contents.
public struct GlossaryCategorySummary: Sendable, Hashable {
    public var category: GlossaryCategory
    public var entryCount: Int

    public init(category: GlossaryCategory, entryCount: Int) {
        self.category = category
        self.entryCount = entryCount
    }
}
