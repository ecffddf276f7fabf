import Testing
@testable import Glossary

/// `NameVariants` works on UTF-8 bytes; it must give the variants a plain scalar-by-scalar reading
/// gives (`ScalarVariants` below, the rules written the simple way), in the same order.
@Suite("Name variants from bytes agree with the scalar rules")
struct NameVariantsTests {
    private func variants(_ name: String) -> [String] {
        var found = [String]()
        NameVariants.forEach(of: name) { variant, isListItem in found.append("\(isListItem ? "item" : "name"):\(variant)") }
        return found
    }

    @Test(arguments: [
        "연간 계약 가치(ACV)", "License Status (Phase 2)", "New / Expansion / Renewal", "고객사 · 담당자", "A/B Testing",
        "Won ÷ (Won + Lost)", "（전각）괄호", "a (b (c) d) e", "x) y (", " / a / ", "a /  / b", "(all)", "·", "Café (crème) / Thé",
        "Plain", "", "MQL → SQL", "Lead (New) / Lead (Old)", " A/B ", "A/B Testing ", " (x)", "a·b", "（", "(", "a / b)", "c）",
    ])
    func sameVariants(name: String) {
        #expect(variants(name) == ScalarVariants.of(name), "\(name)")
    }

    @Test func sameVariantsForEveryBundledName() throws {
        let glossary = try Glossary(loadingFrom: RepositoryPaths.bundleDirectory)
        for entry in glossary.entries {
            let names = [entry.term.en, entry.term.ko] + [entry.abbreviation, entry.expansion].compactMap { $0 }
                + entry.aliases.en + entry.aliases.ko
            for name in names {
                #expect(variants(name) == ScalarVariants.of(name), "\(name)")
            }
        }
    }
}

/// The variant rules read scalar by scalar, as `NameVariants` read them before it worked on bytes.
private enum ScalarVariants {
    static func of(_ name: String) -> [String] {
        var result = [String]()
        var parts = [(name, false)]
        for (separator, middle) in [(" / ", "/" as Unicode.Scalar), (" · ", "·")] where name.unicodeScalars.contains(middle) {
            let items = components(of: name, separator: separator)
            if items.count > 1 { parts += items.map { ($0, true) } }
        }
        for (part, isListItem) in parts {
            result.append("\(isListItem ? "item" : "name"):\(part)")
            let bare = withoutParentheses(part)
            if bare != part && !bare.isEmpty { result.append("\(isListItem ? "item" : "name"):\(bare)") }
        }
        return result
    }

    private static func withoutParentheses(_ name: String) -> String {
        var result = String.UnicodeScalarView()
        var depth = 0
        for scalar in name.unicodeScalars {
            switch scalar {
            case "(", "（": depth += 1
            case ")", "）": depth = max(0, depth - 1)
            default: if depth == 0 { result.append(scalar) }
            }
        }
        return trimmingSpaces(String(result))
    }

    private static func components(of text: String, separator: String) -> [String] {
        let scalars = Array(text.unicodeScalars), pattern = Array(separator.unicodeScalars)
        var parts = [String](), partStart = 0, index = 0
        func appendPart(upTo end: Int) {
            if end > partStart {
                var part = String.UnicodeScalarView()
                part.append(contentsOf: scalars[partStart..<end])
                parts.append(String(part))
            }
        }
        while index + pattern.count <= scalars.count {
            if scalars[index..<index + pattern.count].elementsEqual(pattern) {
                appendPart(upTo: index)
                index += pattern.count
                partStart = index
            } else {
                index += 1
            }
        }
        appendPart(upTo: scalars.count)
        return parts.map(trimmingSpaces)
    }

    private static func trimmingSpaces(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " }), let last = scalars.lastIndex(where: { $0 != " " }) else { return "" }
        return String(scalars[first...last])
    }
}
