@testable import CRMCore
import Foundation
import Testing

/// The ASCII fast paths in field checks must answer exactly as the general (Character / Foundation) rules.
@Suite("Field-check fast paths")
struct FastPathCheckTests {
    static func generalPlausible(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !email.contains(where: { $0.isWhitespace })
    }

    static let samples = [
        "a@b.c", "lead1@bench.example", "@b.c", "a@", "a@b", "a@.b", "a@b.", "a@@b.c", "a@b@c.d", "a b@c.d", "a@c.d ", " a@c.d",
        "a\t@c.d", "a@c.d\r\n", "a\u{1C}@c.d", "", "@", ".", "a.b@c", "김@예시.한국", "a@b.c\u{00A0}", "x@y.z.", "x@.y.z", "ab@cd.ef",
    ]

    @Test("e-mail plausibility", arguments: samples)
    func email(_ text: String) {
        #expect(EmailAddress.isPlausible(text) == Self.generalPlausible(text))
    }

    @Test("trimming", arguments: samples + ["  padded  ", "\nnew\n", "x", "x ", " x", "\u{3000}wide\u{3000}"])
    func trimming(_ text: String) {
        #expect(FieldChecks.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
