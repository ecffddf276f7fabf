/// The forms of a name people type, each indexed as a name of its own.
enum NameVariants {
    /// Calls `body` with a name and the shorter forms people type for it: without parenthesised parts
    /// ("연간 계약 가치(ACV)" → "연간 계약 가치", "License Status (Phase 2)" → "License Status"), and each
    /// item of a spaced " / " or " · " list ("New / Expansion / Renewal" → "Renewal"), flagged as a
    /// list item since it names only part of the term. Most names have neither; one scan tells.
    static func forEach(of name: String, _ body: (_ variant: String, _ isListItem: Bool) -> Void) {
        guard mayHaveVariants(name) else {
            body(name, false)
            return
        }
        var parts = [(name, false)]
        for (separator, middle) in [(" / ", "/" as Unicode.Scalar), (" · ", "·")] where name.unicodeScalars.contains(middle) {
            let items = name.components(separator: separator)
            if items.count > 1 { parts += items.map { ($0, true) } }
        }
        for (part, isListItem) in parts {
            body(part, isListItem)
            let bare = withoutParentheses(part)
            if bare != part && !bare.isEmpty { body(bare, isListItem) }
        }
    }

    /// Whether `name` has a "/", "·", "(" or "（": a byte scan, as most names have none (scanning
    /// scalars was a tenth of building the name table). "·" is C2 B7 and "（" EF BC 88 in UTF-8.
    private static func mayHaveVariants(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            bytes.contains { $0 == 0x2F || $0 == 0x28 || $0 == 0xC2 || $0 == 0xEF }
        }
    }

    /// How much a match on a list item is worth against one on the whole name: "renewal" means the
    /// Renewal entry more surely than "New / Expansion / Renewal".
    static let listItemWeight = 0.85

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
    /// Splits on a separator string, dropping empty parts and trimming spaces around the others (no
    /// Foundation needed). Scans scalars by hand: the generic `split(separator:)` of a string by a
    /// string was a tenth of the load time.
    fileprivate func components(separator: String) -> [String] {
        let scalars = Array(unicodeScalars), pattern = Array(separator.unicodeScalars)
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
        return parts.map { $0.trimmingSpaces() }
    }

    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " }),
              let last = scalars.lastIndex(where: { $0 != " " })
        else { return "" }
        return String(scalars[first...last])
    }
}
