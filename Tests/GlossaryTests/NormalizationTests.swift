import Foundation
import Testing
@testable import Glossary

private func folded(_ text: String) -> [UInt32] { TextNormalizer.matchScalars(text) }
private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

@Suite("Normalisation")
struct NormalizationTests {
    @Test("Spelling variants of one term fold to the same key", arguments: [
        "Win Rate", "win rate", "WIN RATE", "Win-Rate", "winrate", "ＷＩＮ　ＲＡＴＥ", "ｗｉｎ－ｒａｔｅ",
        "win_rate", "win.rate", "win/rate", "win·rate", "win–rate", "  win   rate  ", "Win\u{00A0}Rate",
    ])
    func variantsFoldTogether(variant: String) {
        #expect(folded(variant) == scalars("winrate"))
    }

    @Test func bracketsCommasColonsAndQuotesDoNotCount() {
        #expect(folded("New (Lead)") == folded("new lead"))
        #expect(folded("LTV:CAC") == scalars("ltvcac"))
        #expect(folded("Buyer’s Journey") == folded("buyers journey"))
        #expect(folded("Budget, Authority, Need, Timing") == scalars("budgetauthorityneedtiming"))
        #expect(folded("연간 계약 가치(ACV)") == scalars("연간계약가치acv"))
        #expect(folded("（ＡＣＶ）") == scalars("acv"))
    }

    @Test func symbolsThatChangeAMeaningAreKept() {
        #expect(folded("P&L") == scalars("p&l"))
        #expect(folded("C++") == scalars("c++"))
        #expect(folded("50% off") == scalars("50%off"))
    }

    @Test func decomposedKoreanEqualsComposed() {
        let composed = "수주율 파이프라인"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > composed.unicodeScalars.count)
        #expect(folded(decomposed) == folded(composed))
        #expect(folded(composed) == scalars("수주율파이프라인"))
    }

    @Test func nonASCIILettersFoldCase() {
        #expect(folded("ÉTUDE") == folded("étude"))
        #expect(folded("Ｃｌｏｖｅｒ ＣＲＭ") == scalars("clovercrm"))
    }

    @Test func wordStartsFollowTheOriginalWords() {
        #expect(TextNormalizer.matchText("Avg. Sales Cycle").wordStarts == [0, 3, 8])
        #expect(TextNormalizer.matchText("연간 계약 가치(ACV)").wordStarts == [0, 2, 4, 6])
        #expect(TextNormalizer.matchText("& more").wordStarts == [0, 1])  // a kept symbol before the first word
        #expect(TextNormalizer.matchText("").wordStarts == [])
    }

    @Test func typedInitialsStayInCompatibilityForm() {
        // NFKC maps ㅍ (U+314D) to conjoining U+1111; the key must still read ㅍ.
        #expect(folded("ㅍㅇㅍㄹㅇ") == scalars("ㅍㅇㅍㄹㅇ"))
        #expect(folded("\u{1111}\u{110B}\u{1111}\u{1105}\u{110B}") == scalars("ㅍㅇㅍㄹㅇ"))
    }
}

@Suite("Hangul initials")
struct HangulTests {
    @Test func initialsOfSyllables() {
        #expect(Hangul.initials(of: scalars("파이프라인")) == scalars("ㅍㅇㅍㄹㅇ"))
        #expect(Hangul.initials(of: scalars("까치")) == scalars("ㄲㅊ"))
        #expect(Hangul.initials(of: scalars("crm대시보드")) == scalars("crmㄷㅅㅂㄷ"))
        #expect(Hangul.initials(of: scalars("pipeline")) == scalars("pipeline"))
        #expect(Hangul.initials(of: [0x1111, 0x1161]) == [0x314D, 0x1161])  // conjoining ᄑ → ㅍ
    }

    /// Every scalar around the ranges that map, as the per-scalar lookups map it.
    @Test func initialsAtEveryBoundary() {
        let samples: [UInt32] = Array(0x0000...0x0080) + Array(0x10F0...0x1120) + Array(0xABF0...0xAC10)
            + Array(0xD790...0xD7B0) + [0x3131, 0x314E, 0xFFFF, 0x1F600]
        let expected = samples.map { Hangul.initial(ofSyllable: $0) ?? Hangul.compatibilityInitial(ofConjoining: $0) ?? $0 }
        #expect(Hangul.initials(of: samples) == expected)
    }

    @Test func initialsOfDecomposedText() {
        let decomposed = "파이프라인".decomposedStringWithCanonicalMapping
        #expect(Hangul.initials(of: TextNormalizer.matchScalars(decomposed)) == scalars("ㅍㅇㅍㄹㅇ"))
    }

    @Test func conjoiningInitialsMapToCompatibilityJamo() {
        #expect(Hangul.compatibilityInitial(ofConjoining: 0x1100) == 0x3131)  // ᄀ → ㄱ
        #expect(Hangul.compatibilityInitial(ofConjoining: 0x1112) == 0x314E)  // ᄒ → ㅎ
        #expect(Hangul.compatibilityInitial(ofConjoining: 0x1161) == nil)  // a vowel
    }

    @Test func initialsOnlyQueries() {
        #expect(Hangul.isInitialsOnly(scalars("ㅍㅇㅍㄹㅇ")))
        #expect(Hangul.isInitialsOnly(scalars("ㄲ")))
        #expect(!Hangul.isInitialsOnly(scalars("ㅍㅇ파")))
        #expect(!Hangul.isInitialsOnly(scalars("ㅏ")))
        #expect(!Hangul.isInitialsOnly([]))
    }

    @Test func indexLetters() throws {
        #expect(GlossaryLetter("ㄲ") == GlossaryLetter("ㄱ"))
        #expect(GlossaryLetter("\u{1111}")?.description == "ㅍ")
        #expect(GlossaryLetter("a")?.description == "A")
        #expect(GlossaryLetter("Ｗ")?.description == "W")
        #expect(GlossaryLetter("#")?.script == .latin)
        #expect(GlossaryLetter("ab") == nil)
        #expect(GlossaryLetter("가") == nil)
        #expect(GlossaryLetter("1") == nil)
        #expect(GlossaryLetter.hangul(ofTerm: "까다로운 고객")?.description == "ㄱ")
        #expect(GlossaryLetter.hangul(ofTerm: "CRM 플랫폼") == nil)
        #expect(GlossaryLetter.latinIndex.map(\.description).joined() == "ABCDEFGHIJKLMNOPQRSTUVWXYZ#")
        #expect(GlossaryLetter.hangulIndex.map(\.description).joined() == "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ")
    }
}

@Suite("Edit distance")
struct EditDistanceTests {
    private func distance(_ query: String, _ candidate: String, limit: Int) -> Int? {
        var distance = EditDistance()
        return distance.distance(query, candidate, limit: limit)
    }

    @Test func countsEditsAndSwaps() {
        #expect(distance("pipeline", "pipeline", limit: 2) == 0)
        #expect(distance("pipelnie", "pipeline", limit: 2) == 1)  // swap
        #expect(distance("pipline", "pipeline", limit: 2) == 1)  // deletion
        #expect(distance("piipeline", "pipeline", limit: 2) == 1)  // insertion
        #expect(distance("pipexine", "pipeline", limit: 2) == 1)  // substitution
        #expect(distance("piplnie", "pipeline", limit: 2) == 2)
        #expect(distance("수주률", "수주율", limit: 1) == 1)
    }

    @Test func givesUpBeyondTheLimit() {
        #expect(distance("pxplxnx", "pipeline", limit: 2) == nil)
        #expect(distance("abc", "abcdefgh", limit: 2) == nil)
        #expect(distance("ldea", "lead", limit: 1) == nil)
        #expect(distance("ldea", "lead", limit: 2) == 2)
    }

    @Test func reusedBuffersGiveTheSameAnswers() {
        var distance = EditDistance()
        _ = distance.distance("quotaattainmentquotaattainment", "quotaattainment", limit: 2)
        #expect(distance.distance("won", "won", limit: 1) == 0)
        #expect(distance.distance("wno", "won", limit: 1) == 1)
    }
}

extension EditDistance {
    /// The plain bounded distance between two strings' scalars, for tests.
    mutating func distance(_ query: String, _ candidate: String, limit: Int) -> Int? {
        let query = scalars(query), candidate = scalars(candidate)
        return query.withUnsafeBufferPointer { query in
            candidate.withUnsafeBufferPointer { candidate in
                distance(from: query, toPrefixOf: candidate, limit: limit) { $0 == candidate.count }?.distance
            }
        }
    }
}
