/// The forms of a name people type, each indexed as a name of its own.
enum NameVariants {
    /// A name and the shorter forms people type for it: each side of a spaced " / " or " · " list
    /// ("Seats / Seats Used" → "Seats", "Seats Used"), and each of those without parenthesised parts
    /// ("연간 계약 가치(ACV)" → "연간 계약 가치", "License Status (Phase 2)" → "License Status").
    /// Most names have no such parts; one scan tells, and they cost nothing more.
    static func forEach(of name: String, _ body: (String) -> Void) {
        guard name.unicodeScalars.contains(where: { $0 == "/" || $0 == "·" || $0 == "(" || $0 == "（" }) else {
            body(name)
            return
        }
        var parts = [name]
        for separator in [" / ", " · "] {
            let sides = name.components(separator: separator)
            if sides.count > 1 { parts += sides }
        }
        for part in parts {
            body(part)
            let bare = withoutParentheses(part)
            if bare != part && !bare.isEmpty { body(bare) }
        }
    }

    /// `name` with every "(…)" or "（…）" group removed and spaces trimmed.
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
        return String(result).trimmingSpaces()
    }
}

extension String {
    /// Splits on a separator string, trimming spaces around each part (no Foundation needed).
    fileprivate func components(separator: String) -> [String] {
        split(separator: separator, omittingEmptySubsequences: true).map { String($0).trimmingSpaces() }
    }

    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " }),
              let last = scalars.lastIndex(where: { $0 != " " })
        else { return "" }
        return String(scalars[first...last])
    }
}
