import Foundation

/// Collects every problem of one call while reading its fields, so a call reports them all at once.
struct FieldChecks {
    var problems: [FieldProblem] = []

    mutating func add(_ path: String, _ reason: FieldReason, allowed: [String]? = nil) {
        problems.append(FieldProblem(path, reason, allowed: allowed))
    }

    func throwIfAny() throws(CRMError) {
        if !problems.isEmpty { throw .invalidFields(problems) }
    }

    /// Trimmed text, nil when empty; `required` reports an empty value.
    mutating func text(_ value: String?, _ path: String, required: Bool = false, max: Int = 200) -> String? {
        let trimmed = value.map(Self.trimmed) ?? ""
        if trimmed.isEmpty {
            if required { add(path, .required) }
            return nil
        }
        // A character is at least one byte, so text of at most `max` bytes needs no count of its
        // characters (grapheme segmentation, a twentieth of a `lead.create`).
        if trimmed.utf8.count > max, trimmed.count > max { add(path, .tooLong, allowed: ["≤ \(max) characters"]) }
        return trimmed
    }

    /// `text` without surrounding white space. Text that starts and ends with a visible ASCII
    /// character has none to trim, so it skips Foundation's trimming (a tenth of a `lead.create`).
    static func trimmed(_ text: String) -> String {
        // Over the contiguous bytes: `utf8.last` walks the view's index machinery, which cost more
        // than this whole test.
        let visibleEnds = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard let first = utf8.first, let last = utf8.last else { return false }
            return first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F
        }
        if visibleEnds == true { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A required text that is present in the call (create) — returns "" on failure.
    mutating func name(_ value: String, _ path: String, max: Int = 200) -> String {
        text(value, path, required: true, max: max) ?? ""
    }

    /// A patch of an optional text: nil = keep, .some(nil) or "" = clear, .some(text) = set.
    mutating func patchText(_ patch: String??, current: String?, _ path: String, max: Int = 200) -> String? {
        guard let patch else { return current }
        return text(patch, path, max: max)
    }

    /// A patch of a required text: nil = keep; an empty value is reported.
    mutating func patchName(_ patch: String?, current: String, _ path: String, max: Int = 200) -> String {
        guard let patch else { return current }
        return text(patch, path, required: true, max: max) ?? current
    }

    mutating func email(_ value: String?, _ path: String) -> String? {
        guard let email = text(value, path, max: 254) else { return nil }
        if !EmailAddress.isPlausible(email) { add(path, .invalidFormat) }
        return email
    }

    mutating func patchEmail(_ patch: String??, current: String?, _ path: String) -> String? {
        guard let patch else { return current }
        return email(patch, path)
    }

    mutating func count(_ value: Int?, _ path: String, range: ClosedRange<Int> = 0...100_000_000) -> Int? {
        guard let value else { return nil }
        if !range.contains(value) { add(path, .outOfRange, allowed: ["\(range.lowerBound)...\(range.upperBound)"]) }
        return value
    }

    /// A currency code, or `fallback` when absent.
    mutating func currency(_ code: String?, _ path: String, fallback: CurrencyCode) -> CurrencyCode? {
        guard let code = code?.trimmingCharacters(in: .whitespaces), !code.isEmpty else { return fallback }
        guard let currency = CurrencyCode(code.uppercased()) else {
            add(path, .unknownCurrency)
            return nil
        }
        return currency
    }

    /// An amount from its decimal text, in `currency`; `nonNegative` refuses negative amounts.
    mutating func money(_ text: String?, currency: CurrencyCode?, _ path: String,
                        nonNegative: Bool = true) -> Money? {
        guard let text, let currency else { return nil }
        do {
            let money = try Money(parsing: text.trimmingCharacters(in: .whitespaces), currency: currency)
            if nonNegative, money.isNegative { add(path, .outOfRange, allowed: ["≥ 0"]) }
            return money
        } catch {
            add(path, FieldReason(error))
            return nil
        }
    }
}

extension FieldReason {
    init(_ failure: Money.ParseFailure) {
        switch failure {
        case .notANumber: self = .notANumber
        case .tooManyDecimals: self = .tooManyDecimals
        case .fractionalInZeroDecimalCurrency: self = .fractionalInZeroDecimalCurrency
        case .overflow: self = .overflow
        }
    }
}

/// Light e-mail and domain handling: enough to catch typos and match companies, not RFC 5322.
enum EmailAddress {
    static func isPlausible(_ email: String) -> Bool {
        if let ascii = asciiPlausible(email) { return ascii }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !email.contains(where: { $0.isWhitespace })
    }

    /// The same rules over bytes for plain ASCII addresses (nearly all), skipping Character
    /// segmentation, which was a tenth of a `lead.create`; nil sends other text the general way.
    private static func asciiPlausible(_ email: String) -> Bool? {
        let verdict = email.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            // One pass by index: `enumerated()` and slicing the domain cost twice as much.
            var at = -1
            var dotAfterAt = false
            var sawWhitespace = false
            for index in bytes.indices {
                let byte = bytes[index]
                if byte &- 0x21 < 0x5E {
                    // Visible ASCII, nearly every byte: only `@` and `.` matter.
                    if byte == UInt8(ascii: "@") {
                        if at >= 0 { return false }
                        at = index
                    } else if byte == UInt8(ascii: "."), at >= 0 {
                        dotAfterAt = true
                    }
                } else {
                    // 0x1C–0x1F and non-ASCII: leave the subtle cases to the general path.
                    if byte >= 0x80 || (byte >= 0x1C && byte <= 0x1F) { return nil }
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { sawWhitespace = true }
                }
            }
            guard at > 0, dotAfterAt, bytes[at + 1] != UInt8(ascii: "."), bytes[bytes.count - 1] != UInt8(ascii: ".") else {
                return false
            }
            return !sawWhitespace
        }
        return verdict ?? nil
    }

    /// The domain of an e-mail address, normalised like `DomainName.normalize`.
    static func domain(of email: String?) -> String? {
        guard let email, let at = email.lastIndex(of: "@") else { return nil }
        return DomainName.normalize(String(email[email.index(after: at)...]))
    }
}

enum DomainName {
    /// `https://www.Nike.com/kr/` → `nike.com`; an e-mail gives its domain; nil when no host is left.
    static func normalize(_ text: String?) -> String? {
        guard var host = text?.trimmingCharacters(in: .whitespacesAndNewlines).lowercased(), !host.isEmpty else {
            return nil
        }
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        if let scheme = host.range(of: "://") { host = String(host[scheme.upperBound...]) }
        if let end = host.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" || $0 == ":" }) {
            host = String(host[..<end])
        }
        while host.hasSuffix(".") { host.removeLast() }
        if host.hasPrefix("www.") { host = String(host.dropFirst(4)) }
        guard host.contains("."), !host.hasPrefix("."), !host.contains(where: { $0.isWhitespace }) else { return nil }
        return host
    }
}
