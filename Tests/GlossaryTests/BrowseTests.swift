import Testing
import Glossary

@Suite("List, index, categories, explain, related")
struct BrowseTests {
    let glossary: Glossary

    init() throws { glossary = try Fixture.glossary() }

    private func letter(_ text: String) throws -> GlossaryLetter { try #require(GlossaryLetter(text)) }

    @Test func listByLatinLetterSortsByEnglishTerm() throws {
        #expect(glossary.list(letter: try letter("s")).map(\.id) == ["sales-cycle", "sales-forecast", "seats"])
        #expect(glossary.list(letter: try letter("W")).map(\.id) == ["win-rate", "won"])
        #expect(glossary.list(letter: try letter("#")).isEmpty)
    }

    @Test func listByKoreanInitialSortsByKoreanTerm() throws {
        // 파이프라인 (two entries) and 평균 영업 주기 file under ㅍ.
        #expect(glossary.list(letter: try letter("ㅍ")).map(\.id) == ["pipeline", "pipeline-general", "avg-sales-cycle"])
        // 갱신, 검증된 리드, 고객 건강도 점수 under ㄱ.
        #expect(glossary.list(letter: try letter("ㄱ")).map(\.id) == ["renewal", "qualified-lead", "health-score"])
        #expect(glossary.list(letter: try letter("ㄲ")) == glossary.list(letter: try letter("ㄱ")))
    }

    @Test func listFiltersCombine() throws {
        #expect(glossary.list(category: "sales-stages").map(\.id) == ["lost", "won"])
        #expect(glossary.list(scope: .industry).map(\.id) == ["churn-rate", "click-through-rate", "pipeline-general", "renewal", "sales-forecast"])
        #expect(glossary.list(category: "sales", letter: try letter("P")).map(\.id) == ["pipeline-general"])
        #expect(glossary.list(category: "no-such-category").isEmpty)
        #expect(glossary.list().count == Fixture.entries.count)
    }

    @Test func indexCountsEveryLetter() {
        let index = glossary.index()
        #expect(index.latin.count == 27 && index.hangul.count == 14)
        let latin = Dictionary(uniqueKeysWithValues: index.latin.map { ($0.letter.description, $0.count) })
        #expect(latin["P"] == 2 && latin["S"] == 3 && latin["Z"] == 0 && latin["#"] == 0)
        #expect(index.latin.reduce(0) { $0 + $1.count } == Fixture.entries.count)
        let hangul = Dictionary(uniqueKeysWithValues: index.hangul.map { ($0.letter.description, $0.count) })
        #expect(hangul["ㅍ"] == 3 && hangul["ㄱ"] == 3 && hangul["ㅅ"] == 5)
        // "MQL / SQL / SAL" has no Korean initial, so the Korean index counts one entry fewer.
        #expect(index.hangul.reduce(0) { $0 + $1.count } == Fixture.entries.count - 1)
    }

    @Test func categoriesCarryLabelsAndCounts() {
        let categories = glossary.categories()
        #expect(categories.map(\.category.id) == Fixture.categories.map(\.id))
        let keyMetrics = categories.first { $0.category.id == "key-metrics" }
        #expect(keyMetrics?.entryCount == 6)
        #expect(keyMetrics?.category.label.ko == "핵심 지표·용어")
        #expect(categories.reduce(0) { $0 + $1.entryCount } == Fixture.entries.count)
    }

    @Test func explainFallsBackFromValueToFieldToObject() {
        #expect(glossary.explain(object: "opportunity", field: "stage", value: "won")?.entry.id == "won")
        #expect(glossary.explain(object: "Opportunity", field: "Stage", value: "LOST")?.entry.id == "lost")
        let unknownValue = glossary.explain(object: "opportunity", field: "stage", value: "paused")
        #expect(unknownValue?.entry.id == "opportunity" && unknownValue?.crmField == "opportunity")
        #expect(glossary.explain(object: "opportunity", field: "amount")?.entry.id == "acv")
        #expect(glossary.explain(object: "account", field: "healthScore")?.crmField == "account.healthScore")
        #expect(glossary.explain(object: "lead", field: "status", value: "qualified")?.entry.id == "qualified-lead")
        #expect(glossary.explain(object: "invoice", field: "total") == nil)
    }

    @Test func relatedResolvesIDsAndReportsUnknownOnes() throws {
        guard case .found(let entry, let related) = glossary.related(to: "win-rate") else {
            Issue.record("win-rate not found")
            return
        }
        #expect(entry.id == "win-rate")
        #expect(related.map(\.id) == ["won", "lost"])
        #expect(glossary.related(to: "nope") == .unknownID("nope"))
    }

    @Test func entryByID() {
        #expect(glossary.entry(id: "acv")?.expansion == "Annual Contract Value")
        #expect(glossary.entry(id: "ACV") == nil)
        #expect(glossary.statistics.entryCount == Fixture.entries.count)
        #expect(glossary.statistics.nameCount > Fixture.entries.count * 2)
    }
}
