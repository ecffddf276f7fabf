import Testing
@testable import JSONRPC

@Suite("Format checks")
struct FormatCheckTests {
    /// The email rule as Characters (how `isEmail` decides for non-ASCII text).
    static func characterRule(_ string: String) -> Bool {
        let parts = string.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !string.contains { $0.isWhitespace }
    }

    @Test("the byte-level email check of ASCII text agrees with the Character rule")
    func asciiEmails() {
        let fixed = ["a@b.c", "lead1@bench.example", "@b.c", "a@", "a@b", "a@.b", "a@b.", "a@@b.c", "a@b@c.d", "a b@c.d", "a@b.c\r\n",
                     "a\t@b.c", "a@b.c\u{0B}", "a@b.c\u{1C}", "", "@", ".", "a.@b.c", "a@b..c", "x@y.z.", "a\r\n@b.c"]
        for text in fixed { #expect(FormatCheck.isEmail(text) == Self.characterRule(text), "\(text.debugDescription)") }
        let alphabet: [Character] = ["a", "@", ".", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{1F}", "-", "Z", "0"]
        var state: UInt64 = 12345
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var text = ""
            for shift in stride(from: 0, to: Int(state >> 60) * 4, by: 4) { text.append(alphabet[Int((state >> UInt64(shift)) & 0xFFFF) % alphabet.count]) }
            #expect(FormatCheck.isEmail(text) == Self.characterRule(text), "\(text.debugDescription)")
        }
    }

    @Test("non-ASCII emails keep the Character rule")
    func unicodeEmails() {
        for text in ["김@b.c", "a@b.c\u{00A0}", "a@\u{2028}b.c", "e\u{301}@b.c", "a@b.c\u{301}", "@\u{301}b.c"] {
            #expect(FormatCheck.isEmail(text) == Self.characterRule(text), "\(text.debugDescription)")
        }
    }
}
