import Testing
@testable import Glossary

/// The fast paths added for speed must answer exactly as the plain code they stand in for.
@Suite("Fast paths agree with the plain code")
struct FastPathTests {
    @Test func asciiSeparatorMasksMatchTheList() {
        for byte in UInt8(0)..<0x80 {
            #expect(TextNormalizer.isInsignificantASCII(byte) == TextNormalizer.isListedAsInsignificant(UInt32(byte)), "byte \(byte)")
        }
    }

    @Test("Folding in a temporary buffer gives matchScalars' result", arguments: [
        "Win-Rate", "ＷＩＮ　ＲＡＴＥ", "수주율", "ㅍㅇㅍㄹㅇ", "New (Lead)", "Café Crème", "  ", "", "LTV:CAC", "A/B 테스트",
    ])
    func withFoldedMatchesMatchScalars(text: String) {
        #expect(TextNormalizer.withFolded(text) { Array($0) } == TextNormalizer.matchScalars(text))
    }

    /// The bit-parallel distance (used for queries up to 64 characters) against the table, on
    /// pseudo-random strings over a small alphabet so that edits, swaps and ties are frequent.
    @Test func bitParallelDistanceMatchesTheTable() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<5_000 {
            let query = (0..<1 + next(9)).map { _ in UInt32(97 + next(4)) }
            let candidate = (0..<next(13)).map { _ in UInt32(97 + next(4)) }
            let limit = next(5)
            let stops = Set((0...candidate.count).filter { _ in next(2) == 0 })
            query.withUnsafeBufferPointer { query in
                candidate.withUnsafeBufferPointer { candidate in
                    var table = EditDistance()
                    var bitParallel = EditDistance(query: query)
                    let expected = table.distance(from: query, toPrefixOf: candidate, limit: limit) { stops.contains($0) }
                    let found = bitParallel.distance(from: query, toPrefixOf: candidate, limit: limit) { stops.contains($0) }
                    #expect(found?.distance == expected?.distance && found?.length == expected?.length, "\(Array(query)) \(Array(candidate)) \(limit)")
                }
            }
        }
    }
}
