import Testing
import Glossary

@Suite("Search")
struct SearchTests {
    let glossary: Glossary

    init() throws { glossary = try Fixture.glossary() }

    private func ids(_ query: String, limit: Int = 20) -> [String] {
        glossary.search(query, limit: limit).hits.map(\.entry.id)
    }

    private func firstHit(_ query: String) throws -> GlossaryHit {
        try #require(glossary.search(query).hits.first)
    }

    @Test func exactTierRanksCloverFirstThenAlphabetical() throws {
        let hits = glossary.search("pipeline").hits
        #expect(hits.map(\.entry.id).prefix(2) == ["pipeline", "pipeline-general"])
        #expect(hits.prefix(2).allSatisfy { $0.tier == .exact && $0.score == 1 })
    }

    @Test func prefixTierPrefersTheShorterName() throws {
        let hits = glossary.search("pipe").hits
        #expect(hits.map(\.tier) == [.prefix, .prefix, .definition])
        #expect(hits.map(\.entry.id).prefix(2) == ["pipeline", "pipeline-general"])
        #expect(hits.first.map { $0.score > 0.5 && $0.score < 1 } == true)
    }

    @Test func wordTierMatchesALaterWord() throws {
        let hits = glossary.search("cycle").hits
        // Both names end in the whole word "cycle": a tie, broken alphabetically.
        #expect(hits.map(\.entry.id) == ["avg-sales-cycle", "sales-cycle"])
        #expect(hits.allSatisfy { $0.tier == .word && $0.score == 1 })
        // A multi-word query matches from a word start on, separators ignored.
        let multiword = glossary.search("sales cyc").hits
        #expect(multiword.map(\.entry.id) == ["sales-cycle", "avg-sales-cycle"])
        #expect(multiword.map(\.tier) == [.prefix, .word])
    }

    @Test func tiersComeInOrder() {
        // "수주": exact on Won's Korean term, prefix on 수주율, and in the definitions of others.
        let hits = glossary.search("수주").hits
        #expect(hits.map(\.tier) == hits.map(\.tier).sorted())
        #expect(hits.map(\.entry.id).prefix(2) == ["won", "win-rate"])
        #expect(hits.map(\.tier).prefix(2) == [.exact, .prefix])
        #expect(hits.dropFirst(2).allSatisfy { $0.tier == .definition })
        #expect(hits.contains { $0.entry.id == "sales-cycle" })
    }

    @Test("Korean partial words find longer terms", arguments: [
        ("수주", "won"), ("수주율", "win-rate"), ("파이프", "pipeline"), ("영업 주", "sales-cycle"), ("건강", "health-score"),
        ("건강도", "health-score"), ("기회", "opportunity"), ("영업 기", "opportunity"), ("달성", "quota-attainment"),
    ])
    func koreanPartialWords(query: String, id: String) throws {
        #expect(try firstHit(query).entry.id == id)
    }

    @Test("Initial-consonant queries", arguments: [
        ("ㅍㅇㅍㄹㅇ", "pipeline", SearchTier.exact), ("ㅍㅇ", "pipeline", .prefix), ("ㅅㅈㅇ", "win-rate", .exact),
        ("ㅇㅇㄱㅎ", "opportunity", .exact), ("ㄱㄱㄱㄱㄷㅈㅅ", "health-score", .exact), ("ㄱㄱㄷ", "health-score", .word),
        ("ㅇㄹㅇㅌ", "win-rate", .exact),
        ("\u{1111}\u{110B}\u{1111}\u{1105}\u{110B}", "pipeline", .exact),
    ])
    func initialConsonants(query: String, id: String, tier: SearchTier) throws {
        let hit = try firstHit(query)
        #expect(hit.entry.id == id)
        #expect(hit.tier == tier)
    }

    @Test func initialConsonantQueriesDoNotMatchSyllables() {
        #expect(glossary.search("ㅎㅎㅎ").hits.isEmpty)
    }

    @Test("Typos within the limit", arguments: [
        ("pipelnie", "pipeline", 1), ("piplne", "pipeline", 2), ("saels cycle", "sales-cycle", 1),
        ("lesd", "lead", 1), ("laed", "lead", 1), ("forcast", "sales-forecast", 1), ("수주률", "win-rate", 1),
        ("atainment", "quota-attainment", 1),
    ])
    func typos(query: String, id: String, mistakes: Int) throws {
        let hit = try firstHit(query)
        #expect(hit.entry.id == id)
        #expect(hit.tier == .typo)
        #expect(hit.score < 1)
    }

    @Test func typoBoundaries() {
        // 3–4 characters allow one mistake, 5 or more two, fewer than 3 none.
        #expect(!ids("ldea").contains("lead"))  // 4 characters, 2 mistakes
        #expect(ids("ledd").contains("lead"))  // 4 characters, 1 mistake
        #expect(ids("wno").contains("won"))  // 3 characters, 1 swap
        #expect(glossary.search("wn").hits.allSatisfy { $0.tier != .typo })  // 2 characters: no typos
        #expect(ids("pxplxne").isEmpty)  // 7 characters, 3 mistakes
        #expect(ids("lxxd").isEmpty)
    }

    @Test func typoOnTheWholeNameOutranksTypoOnALaterWord() {
        let hits = glossary.search("saels cycle").hits
        #expect(hits.map(\.entry.id).prefix(2) == ["sales-cycle", "avg-sales-cycle"])
        #expect(hits.prefix(2).allSatisfy { $0.tier == .typo })
    }

    @Test func oneMistakeOutranksTwo() throws {
        let one = try firstHit("pipelime"), two = try firstHit("pipelimx")
        #expect(one.tier == .typo && two.tier == .typo)
        #expect(one.score > two.score)
    }

    @Test func definitionTierComesLast() throws {
        let hit = try firstHit("budget")
        #expect(hit.entry.id == "qualified-lead")
        #expect(hit.tier == .definition && hit.matchedField == .definition)
        let korean = try firstHit("의사결정자")
        #expect(korean.entry.id == "qualified-lead" && korean.tier == .definition)
        #expect(korean.matchedText == Fixture.entries.first { $0.id == "qualified-lead" }?.definition.ko)
        // Separators in definitions are skipped like in names: "multi-year", "고객사·담당자".
        #expect(try firstHit("Multi Year deals").entry.id == "acv")
        #expect(try firstHit("고객사 담당자").entry.id == "lead")
    }

    @Test func listItemsRankBelowWholeNames() {
        let hits = glossary.search("갱신").hits
        #expect(hits.map(\.entry.id).prefix(2) == ["renewal", "new-expansion-renewal"])
        #expect(hits.prefix(2).map(\.score) == [1, 0.85])
    }

    @Test func latinDefinitionMatchesStartAtAWord() {
        // "unities" occurs only inside "opportunities"; skipped spaces must not glue words either.
        #expect(glossary.search("unities").hits.isEmpty)
        #expect(glossary.search("dis still").hits.isEmpty)  // the "d" of "a BD is still" starts no word
        #expect(glossary.search("is still").hits.first?.entry.id == "pipeline")
        // Korean compounds are written solid, so Korean matches anywhere: 파이프라인을 contains 라인을.
        let korean = glossary.search("라인을").hits
        #expect(korean.first?.entry.id == "sales-forecast" && korean.first?.tier == .definition)
    }

    @Test func eachEntryAppearsOnceAtItsBestMatch() {
        let hits = glossary.search("won").hits
        #expect(Set(hits.map(\.entry.id)).count == hits.count)
        #expect(hits.first?.entry.id == "won" && hits.first?.matchedField == .term)
    }

    @Test func hitsNameTheMatchedField() throws {
        let alias = try firstHit("윈레이트")
        #expect(alias.entry.id == "win-rate" && alias.matchedField == .alias && alias.matchedText == "윈레이트")
        #expect(alias.score == 0.85)
        let abbreviation = try firstHit("ctr")
        #expect(abbreviation.matchedField == .abbreviation && abbreviation.score == 0.95)
        let expansion = try firstHit("annual contract value")
        #expect(expansion.entry.id == "acv" && expansion.matchedField == .expansion)
    }

    @Test func filtersAndLimit() {
        #expect(glossary.search("pipeline", scope: .industry).hits.map(\.entry.id).first == "pipeline-general")
        #expect(glossary.search("pipeline", scope: .industry).hits.allSatisfy { $0.entry.scope == .industry })
        #expect(glossary.search("rate", category: "metrics").hits.map(\.entry.id) == ["churn-rate"])
        #expect(glossary.search("s", limit: 3).hits.count == 3)
        #expect(glossary.search("pipeline", limit: 0).hits.isEmpty)
    }

    @Test func emptyResultsCarrySuggestions() {
        let result = glossary.search("qota atanment")
        #expect(result.hits.isEmpty)
        #expect(result.suggestions.first?.id == "quota-attainment")
        #expect(result.suggestions.count <= 5)
        // A filter that excludes the match still suggests it.
        let filtered = glossary.search("pipeline", category: "marketing")
        #expect(filtered.hits.isEmpty && filtered.suggestions.first?.id == "pipeline")
        #expect(glossary.search("zzqxw vvkj").suggestions.isEmpty)
    }

    @Test func blankQueriesFindNothing() {
        for query in ["", "   ", "-", " / "] {
            let result = glossary.search(query)
            #expect(result.hits.isEmpty && result.suggestions.isEmpty)
        }
    }
}
