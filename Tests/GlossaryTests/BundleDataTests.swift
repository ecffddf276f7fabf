import Foundation
import Testing
@testable import Glossary

/// Checks the real, committed bundle: the data others write has to meet the same rules as code.
@Suite("Bundled glossary data")
struct BundleDataTests {
    private func seedTexts() throws -> [String] {
        let directory = RepositoryPaths.seedsDirectory
        let names = try #require(
            try? FileManager.default.contentsOfDirectory(atPath: directory.path),
            "seed texts missing at \(directory.path): CI must clone the repository with shared/ beside it")
        let texts = try names.filter { $0.hasSuffix(".txt") }.sorted().map {
            try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)
        }
        try #require(texts.count >= 5, "expected the five seed texts in \(directory.path)")
        return texts
    }

    @Test func bundleLoads() throws {
        let glossary = try Glossary(loadingFrom: RepositoryPaths.bundleDirectory)
        #expect(glossary.categories().count == 18)
    }

    @Test func everyKeyIsPresentInEveryEntry() throws {
        let directory = RepositoryPaths.bundleDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") && $0 != Glossary.categoriesFileName }
        #expect(!files.isEmpty)
        for name in files {
            let problems = GlossaryDataValidator.problems(rawFile: try Data(contentsOf: directory.appendingPathComponent(name)), name: name)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    @Test func categoriesAreTheEighteenOfTheSpec() throws {
        let glossary = try Glossary(loadingFrom: RepositoryPaths.bundleDirectory)
        let validator = GlossaryDataValidator(seedTexts: [])
        let problems = validator.problems(categories: glossary.categories().map(\.category))
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        let labels = glossary.categories().prefix(10).map(\.category.label.ko)
        #expect(labels.first == "핵심 객체" && labels.last == "업계 표준 용어(참고)")
    }

    @Test func entriesFollowTheRulesAndUseOurOwnWords() throws {
        let glossary = try Glossary(loadingFrom: RepositoryPaths.bundleDirectory)
        let validator = GlossaryDataValidator(seedTexts: try seedTexts())
        let problems = validator.problems(entries: glossary.entries)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func theValidatorItselfCatchesProblems() throws {
        let validator = GlossaryDataValidator(seedTexts: try seedTexts())
        #expect(validator.problems(entries: Fixture.entries).isEmpty)
        var broken = Fixture.entries[0]
        broken.letter = "Q"
        broken.related = ["no-such-id"]
        broken.definition.ko = "no Korean here"
        // A run of 8 words lifted from seed 000.
        broken.definition.en = "Pipeline: all Opportunities currently in progress. Amount and count per stage are shown."
        let problems = validator.problems(entries: [broken] + Fixture.entries.dropFirst())
        #expect(problems.contains { $0.contains("letter should be P") })
        #expect(problems.contains { $0.contains("no-such-id") })
        #expect(problems.contains { $0.contains("definition.ko has no Korean") })
        #expect(problems.contains { $0.contains("copies seed words") })
        let twin = Fixture.entries[0]
        #expect(validator.problems(entries: Fixture.entries + [GlossaryEntry(
            id: "pipeline-twin", term: twin.term, category: twin.category, scope: twin.scope,
            definition: twin.definition, phase: twin.phase, letter: "P")]).contains { $0.contains("same en term as pipeline") })
    }
}
