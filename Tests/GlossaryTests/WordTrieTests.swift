import Testing
@testable import Glossary

/// The word trie stands in for comparing a query with every name: it must find exactly the names,
/// edits and match lengths that the comparison finds, including the ones an index could easily
/// miss (a typo in a later word, a match ending inside a word, a swap across a word boundary).
@Suite("Word trie")
struct WordTrieTests {
    static let bundle = Result { () throws(GlossaryLoadError) in try Glossary(loadingFrom: RepositoryPaths.bundleDirectory) }

    /// Typo matches by walking the trie and by scanning every name, side by side.
    private func bothWays(_ query: String, limit: Int, in glossary: Glossary) -> (walked: [String], scanned: [String]) {
        let folded = TextNormalizer.matchScalars(query)
        return folded.withUnsafeBufferPointer { folded in
            func described(_ matches: [(name: Int, match: TypoMatch)]) -> [String] {
                matches.map { "\(glossary.nameTable.sources[$0.name]) \($0.match.mistakes) \($0.match.coverage)" }
            }
            return (described(glossary.nameTable.typoMatches(for: folded, limit: limit)),
                    described(glossary.nameTable.scannedTypoMatches(for: folded, limit: limit)))
        }
    }

    @Test("Walking finds what scanning finds", arguments: [
        ("pipelnie", 2), ("piplne", 2), ("saels cycle", 2), ("lesd", 1), ("laed", 1), ("wno", 1), ("forcast", 2),
        ("cylce", 2), ("salescylce", 2), ("수주률", 1), ("영업주기", 2), ("pipelin", 2), ("winrat", 2), ("ldea", 1),
        ("xxxxx", 2), ("opportunty", 3), ("health scroe", 4),
    ])
    func fixtureTypos(query: String, limit: Int) throws {
        let result = bothWays(query, limit: limit, in: try Fixture.glossary())
        #expect(result.walked == result.scanned)
    }

    @Test func aTypoInALaterWordIsFound() throws {
        // "cylce" is a swap away from the second word of Sales Cycle, which starts no name.
        let found = bothWays("cylce", limit: 1, in: try Fixture.glossary()).walked
        #expect(found.contains { $0.hasPrefix("Sales Cycle 1") })
    }

    @Test func aLongQueryMayMatchTheStartOfAWord() throws {
        // Five characters or more may stop inside a word: "pipelin" is "Pipeline" cut short.
        let found = bothWays("piplin", limit: 2, in: try Fixture.glossary()).walked
        #expect(found.contains { $0.hasPrefix("Pipeline 1") })
    }

    /// Every bundled name, mistyped in each way a few times over, with each limit search uses.
    @Test func walkingFindsWhatScanningFindsOnTheBundle() throws {
        let glossary = try Self.bundle.get()
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var checked = 0
        for (index, source) in glossary.nameTable.sources.enumerated() where index % 3 == 0 {
            var scalars = Array(source.lowercased().unicodeScalars)
            guard scalars.count >= 3 else { continue }
            for _ in 0..<1 + next(2) {
                let position = next(scalars.count)
                switch next(4) {
                case 0: scalars.remove(at: position)
                case 1: scalars.insert(scalars[next(scalars.count)], at: position)
                case 2: scalars[position] = "x"
                default: if position + 1 < scalars.count { scalars.swapAt(position, position + 1) }
                }
            }
            // Partial words and later words too: a prefix or suffix of the mistyped name.
            let cut = next(3) == 0 ? Array(scalars.prefix(max(3, scalars.count * 2 / 3)))
                : next(3) == 0 ? Array(scalars.suffix(max(3, scalars.count / 2))) : scalars
            var query = String.UnicodeScalarView()
            query.append(contentsOf: cut)
            for limit in 1...3 {
                let result = bothWays(String(query), limit: limit, in: glossary)
                #expect(result.walked == result.scanned, "\(String(query)) \(limit)")
                checked += 1
            }
        }
        #expect(checked > 1_500)
    }

    @Test("Names with a word starting with the query", arguments: ["p", "pipe", "cycle", "sales c", "수주", "영업 기", "zz", "q"])
    func namesWithWordStarting(query: String) throws {
        let glossary = try Self.bundle.get()
        let folded = TextNormalizer.matchScalars(query)
        let expected = glossary.nameTable.withTexts { texts in
            folded.withUnsafeBufferPointer { folded in
                texts.names.indices.filter { index in
                    let name = texts.names[index]
                    return NameMatching.match(folded, name: texts.text(of: name), wordStarts: texts.wordStarts(of: name)) != nil
                }
            }
        }
        let found = folded.withUnsafeBufferPointer { glossary.nameTable.names(withWordStarting: $0) }
        #expect(found == expected)
    }
}
