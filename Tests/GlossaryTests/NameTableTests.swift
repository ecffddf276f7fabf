import Testing
@testable import Glossary

/// Loading folds the names in two parts on two threads and joins them: the joined table must be
/// the one folding all entries at once would give.
@Suite("Name table")
struct NameTableTests {
    /// Each name as text: entry, field, list flag, folded text, word starts, and the names sharing it.
    private func described(_ table: NameTable) -> [String] {
        table.withTexts { texts in
            texts.names.indices.map { index in
                let name = texts.names[index]
                let text = texts.text(of: name)
                return "\(name.entry) \(name.field) \(name.isListItem) \(table.sources[index]) \(Array(text)) "
                    + "\(Array(texts.wordStarts(of: name))) \(texts.initials(of: name).map(Array.init) ?? []) \(table.names(withText: text))"
            }
        }
    }

    private func terms(_ table: NameTable) -> [String] {
        table.withTermTexts { scalars, terms in
            terms.map { "\(Array(scalars[$0.en])) \(Array(scalars[$0.ko]))" }
        }
    }

    @Test func joiningPartsGivesTheWholeTable() throws {
        let entries = try WordTrieTests.bundle.get().entries
        let whole = NameTable(entries: entries)
        for split in [0, 1, entries.count / 3, entries.count * 3 / 4, entries.count - 1, entries.count] {
            let joined = entries.withUnsafeBufferPointer { entries in
                NameTable(joining: [
                    NameTable(folding: entries, positions: 0..<split), NameTable(folding: entries, positions: split..<entries.count),
                ])
            }
            #expect(described(joined) == described(whole), "split at \(split)")
            #expect(terms(joined) == terms(whole), "split at \(split)")
        }
    }
}
