import Testing
@testable import Glossary

/// The definition tier reads indexes (word starts, Hangul occurrences) instead of scanning every
/// definition; it must find exactly what the scan finds.
@Suite("Definition indexes")
struct DefinitionIndexTests {
    @Test func hangulOccurrencesAreInTextOrder() {
        let text = Array("가나 가A다 ㄱ가\u{1100}\u{1161}".utf8)
        let offsets = text.withUnsafeBufferPointer { bytes in
            HangulOccurrences(bytes).withOccurrences(of: 0xAC00) { $0.map { Int($0 >> 8) } }
        }
        // 가 at bytes 0, 7 and 18; the conjoining jamo (ᄀ + ᅡ) at the end is no syllable.
        #expect(offsets == [0, 7, 18])
        let none = text.withUnsafeBufferPointer { HangulOccurrences($0).withOccurrences(of: 0xD7A3) { $0.count } }
        #expect(none == 0)
    }

    @Test("A match may run across separators the query does not have", arguments: [
        ("고객 이탈", "고객-이탈률", true), ("고객이탈", "고객 이탈률", true), ("고객 이탈", "고객의 이탈", false),
        ("sales cycle", "sales-cycle", true), ("salescycle", "sales cycles", true), ("sales cycle", "sales of cycle", false),
    ])
    func matchesAcrossSeparators(query: String, text: String, matches: Bool) {
        let definitionQuery = DefinitionQuery(folded: TextNormalizer.matchScalars(query))
        let bytes = Array(text.lowercased().utf8)
        #expect(bytes.withUnsafeBufferPointer { definitionQuery.matches($0, at: 0) } == matches)
    }

    /// Every bundled Korean term, and its first two syllables, searched: the definition hits are
    /// those a scan of every definition gives (first match per entry, English before Korean).
    @Test func koreanQueriesFindWhatTheScanFinds() throws {
        let glossary = try WordTrieTests.bundle.get()
        var checked = 0
        for (position, entry) in glossary.entries.enumerated() where position % 4 == 0 {
            for query in [entry.term.ko, String(entry.term.ko.prefix(2))] {
                let folded = TextNormalizer.matchScalars(query)
                let definitionQuery = DefinitionQuery(folded: folded)
                guard definitionQuery.leadingSyllable != nil else { continue }
                let named = glossary.nameCandidates(for: folded, where: nil)
                var expected = [String]()
                glossary.definitionTexts.withBytes { bytes, ranges in
                    for index in ranges.indices where named[index] == nil {
                        for text in [ranges[index].en, ranges[index].ko] {
                            guard let offset = definitionQuery.firstOffset(inLowercased: UnsafeBufferPointer(rebasing: bytes[text])) else {
                                continue
                            }
                            let score = ((1 - 0.5 * Double(offset) / Double(max(text.count, 1))) * 1000).rounded() / 1000
                            expected.append("\(glossary.entries[index].id) \(score)")
                            break
                        }
                    }
                }
                let found = glossary.search(query, limit: 10_000).hits.filter { $0.tier == .definition }.map { "\($0.entry.id) \($0.score)" }
                #expect(found.sorted() == expected.sorted(), "\(query)")
                checked += 1
            }
        }
        #expect(checked > 200)
    }

    /// The definitions are copied with A–Z lowercased, and their word starts are those a byte-by-byte
    /// reading finds (a letter or digit not preceded by one in the same definition), by slot, in
    /// text order: the build reads sixteen bytes at a time, and words cross those blocks.
    @Test func wordStartsAreThoseOfAByteByByteReading() throws {
        let edgeTexts = [
            "", "A", "ab", "0123456789abcdefXYZ", String(repeating: "Word-by-word 9z ", count: 5), "가나다 abc 라마 DEF 0",
            "x" + String(repeating: "é", count: 20) + "Y", "ABCDEFGHIJKLMNOP", "abcdefghijklmnopq", "…[Z]@`{a}",
        ]
        let edgeEntries = edgeTexts.indices.map { index in
            GlossaryEntry(
                id: "e\(index)", term: LocalizedText(en: "E\(index)", ko: "이\(index)"), category: "c", scope: .clover,
                definition: LocalizedText(en: edgeTexts[index], ko: edgeTexts[edgeTexts.count - 1 - index]), phase: .v1, letter: "E")
        }
        for entries in [try WordTrieTests.bundle.get().entries, edgeEntries] {
            let texts = entries.withUnsafeBufferPointer { DefinitionTexts(entries: $0) }
            var expectedBytes = [UInt8]()
            for entry in entries {
                expectedBytes += (entry.definition.en + entry.definition.ko).utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            }
            var expected = [[UInt32]](repeating: [], count: 36)
            texts.withBytes { bytes, ranges in
                #expect(Array(bytes) == expectedBytes)
                for range in ranges {
                    for text in [range.en, range.ko] {
                        var previousIsWord = false
                        for position in text {
                            let slot = DefinitionTexts.wordStartSlot(of: bytes[position])
                            if let slot, !previousIsWord {
                                let next = position + 1 < text.upperBound ? bytes[position + 1] : 0
                                expected[slot].append(UInt32(position) << 8 | UInt32(next))
                            }
                            previousIsWord = slot != nil
                        }
                    }
                }
            }
            for slot in 0..<36 {
                #expect(texts.withWordStarts(slot: slot) { Array($0) } == expected[slot], "slot \(slot)")
            }
        }
    }
}
