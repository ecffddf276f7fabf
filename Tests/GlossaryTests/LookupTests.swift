import Foundation
import Testing
import Glossary

@Suite("Lookup")
struct LookupTests {
    let glossary: Glossary

    init() throws { glossary = try Fixture.glossary() }

    @Test("Finds a term by any of its names in either language", arguments: [
        ("Win Rate", "win-rate", MatchedField.term), ("win-rate", "win-rate", .term), ("ＷＩＮ　ＲＡＴＥ", "win-rate", .term),
        ("수주율", "win-rate", .term), ("윈레이트", "win-rate", .alias), ("close rate", "win-rate", .alias),
        ("ACV", "acv", .term), ("annual contract value", "acv", .expansion), ("연간 계약 가치(ACV)", "acv", .term),
        ("연간 계약 가치", "acv", .term), ("CTR", "click-through-rate", .abbreviation), ("클릭률", "click-through-rate", .term),
        ("Closed-Won", "won", .alias), ("수주 완료", "won", .alias), ("opp", "opportunity", .alias),
        ("영업 기회", "opportunity", .term), ("오퍼튜니티", "opportunity", .alias), ("seats used", "seats", .term),
        ("사용 시트", "seats", .term), ("SQL", "mql-sql-sal", .term), ("영업 목표(쿼터)", "quota-attainment", .term),
        ("해지율", "churn-rate", .alias), ("Avg Sales Cycle", "avg-sales-cycle", .term),
    ])
    func findsByName(query: String, id: String, field: MatchedField) throws {
        let best = try #require(glossary.lookup(query).best)
        #expect(best.entry.id == id)
        #expect(best.matchedField == field)
        #expect(best.tier == .exact)
    }

    @Test func decomposedKoreanFindsTheTerm() {
        #expect(glossary.lookup("파이프라인".decomposedStringWithCanonicalMapping).best?.entry.id == "pipeline")
    }

    @Test func cloverComesFirstAndIndustryIsAnAlternative() {
        let result = glossary.lookup("Pipeline")
        #expect(result.best?.entry.id == "pipeline")
        #expect(result.alternatives.map(\.entry.id) == ["pipeline-general"])
        #expect(result.suggestions.isEmpty)
    }

    @Test func aWholeNameBeatsOneItemOfAListedName() {
        // "Renewal" is the industry entry's whole term but one item of clover's "New / Expansion / Renewal".
        let result = glossary.lookup("renewal")
        #expect(result.best?.entry.id == "renewal")
        #expect(result.alternatives.map(\.entry.id) == ["new-expansion-renewal"])
        #expect(result.alternatives.first?.matchedField == .term && result.alternatives.first?.score == 0.85)
        #expect(glossary.lookup("갱신").best?.entry.id == "renewal")
        // Without a whole-name rival, the list item is found like any name.
        #expect(glossary.lookup("expansion").best?.entry.id == "new-expansion-renewal")
    }

    @Test func noMatchGivesSuggestionsNotAnError() {
        let result = glossary.lookup("pipelnie")
        #expect(result.best == nil && result.alternatives.isEmpty)
        #expect(result.suggestions.map(\.id).prefix(2) == ["pipeline", "pipeline-general"])
        // Prefixes and initials make suggestions too.
        #expect(glossary.lookup("forecas").suggestions.first?.id == "sales-forecast")
        #expect(glossary.lookup("ㅍㅇㅍㄹㅇ").suggestions.first?.id == "pipeline")
        #expect(glossary.lookup("s").suggestions.isEmpty)
        #expect(glossary.lookup("").suggestions.isEmpty)
        #expect(glossary.lookup("s").suggestions.count <= 5 && glossary.lookup("sa").suggestions.count == 5)
    }

    @Test func lookupIsExactOnly() {
        #expect(glossary.lookup("pipe").best == nil)
        #expect(glossary.lookup("cycle").best == nil)
    }
}
