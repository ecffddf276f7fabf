/// The indexes built beside the name table, on the other thread: together about as much work as
/// the table (see `Glossary.init(entries:categories:)`).
struct IndexesBesideNameTable: Sendable {
    /// Failed when the entries disagree with the categories (thrown once both halves are done).
    let positions: Result<EntryPositions, GlossaryLoadError>
    let definitionTexts: DefinitionTexts
    let termOrder: TermOrder

    init(entries: [GlossaryEntry], categories: [GlossaryCategory]) {
        positions = Result { () throws(GlossaryLoadError) in try EntryPositions(entries: entries, categories: categories) }
        (definitionTexts, termOrder) = entries.withUnsafeBufferPointer { (DefinitionTexts(entries: $0), TermOrder(entries: $0)) }
    }
}
