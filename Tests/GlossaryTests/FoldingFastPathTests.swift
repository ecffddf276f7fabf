import Testing
@testable import Glossary

/// `appendFolded` reads ASCII and Hangul names as bytes; it must fold exactly as the scalar path.
@Suite("Folding names from bytes agrees with the scalar path")
struct FoldingFastPathTests {
    private func bothWays(_ text: String) -> (fast: [UInt32], fastStarts: [Int], plain: [UInt32], plainStarts: [Int]) {
        // Both append after existing content, as the name table does.
        var fast: [UInt32] = [7], fastStarts = [3], plain: [UInt32] = [7], plainStarts = [3]
        TextNormalizer.appendFolded(text, to: &fast, wordStarts: &fastStarts)
        TextNormalizer.appendFoldedScalars(text, to: &plain, wordStarts: &plainStarts)
        return (fast, fastStarts, plain, plainStarts)
    }

    @Test(arguments: [
        "Win-Rate", "ＷＩＮ　ＲＡＴＥ", "수주율", "ㅍㅇㅍㄹㅇ", "New (Lead)", "Café Crème", "  ", "", "LTV:CAC", "A/B 테스트",
        "(beta) test", "& more", "연간 계약 가치(ACV)", "고객사·담당자", "Won ÷ (Won + Lost)", "파이프라인", "MQL → SQL", "\u{1111}\u{1161}",
        "한", "힣", "가A", "퀵-스타트", "x\u{AC00}\u{D7A3}y",
    ])
    func sameFolding(text: String) {
        let result = bothWays(text)
        #expect(result.fast == result.plain && result.fastStarts == result.plainStarts)
    }

    @Test func sameFoldingForEveryBundledName() throws {
        let glossary = try Glossary(loadingFrom: RepositoryPaths.bundleDirectory)
        for entry in glossary.entries {
            let names = [entry.term.en, entry.term.ko] + [entry.abbreviation, entry.expansion].compactMap { $0 }
                + entry.aliases.en + entry.aliases.ko
            for name in names {
                let result = bothWays(name)
                #expect(result.fast == result.plain && result.fastStarts == result.plainStarts, "\(name)")
            }
        }
    }
}
