import Testing
@testable import Glossary

/// `UTF8Check` decides which strings the fast reader makes without the standard library's
/// validation, so it must agree with that validation on every input.
@Suite("UTF-8 check agrees with the standard library")
struct UTF8CheckTests {
    private func agrees(_ bytes: [UInt8]) -> Bool {
        let checked = bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) }
        return checked == (String(validating: bytes, as: UTF8.self) != nil)
    }

    /// Bytes that sit on the edges of the continuation ranges (and a few that never belong).
    private static let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xF4, 0xF5, 0xFF]

    @Test func everyOneAndTwoByteSequence() {
        for first in 0...255 {
            #expect(agrees([UInt8(first)]), "\(first)")
            for second in 0...255 {
                let bytes = [UInt8(first), UInt8(second)]
                if !agrees(bytes) { Issue.record("\(bytes)") }
            }
        }
    }

    /// Every lead byte with every second byte, then edge bytes, each followed by nothing, by ASCII
    /// (so the four-byte word read applies) or by more edge bytes.
    @Test func everyLeadAndSecondByteWithEdgesAfter() {
        for lead in 0x80...0xFF {
            for second in 0...255 {
                for third in Self.edges {
                    for tail: [UInt8] in [[], [0x41], [0x80, 0x41, 0x41]] {
                        let bytes = [UInt8(lead), UInt8(second), third] + tail
                        if !agrees(bytes) { Issue.record("\(bytes)") }
                        if !agrees([0x41] + bytes) { Issue.record("A + \(bytes)") }
                    }
                }
            }
        }
    }

    @Test func textOfTheBundle() {
        let samples = ["연간 계약 가치(ACV)", "오디언스를 무작위로 나눠 같은 자산", "·（）—…", "😀 emoji", "한", "ㄱㄴㄷ", "\u{10FFFF}", "\u{D7FF}\u{E000}"]
        for sample in samples {
            let bytes = Array(sample.utf8)
            #expect(agrees(bytes), "\(sample)")
            // Every truncation ends mid-character somewhere: each must be judged the same way.
            for end in 0...bytes.count { #expect(agrees(Array(bytes[..<end])), "\(sample) up to \(end)") }
        }
    }

    /// Two three-byte characters are tested together when eight bytes can be read: every pair of
    /// leads E0–EF with edge second bytes, with enough after them for the eight-byte read.
    @Test func pairsOfThreeByteCharacters() {
        for firstLead in 0xE0...0xEF {
            for firstSecond in Self.edges {
                for secondLead in 0xE0...0xEF {
                    for secondSecond in Self.edges {
                        let bytes = [UInt8(firstLead), firstSecond, 0x80, UInt8(secondLead), secondSecond, 0xBF, 0x41, 0x41, 0x41]
                        if !agrees(bytes) { Issue.record("\(bytes)") }
                    }
                }
            }
        }
    }
}
