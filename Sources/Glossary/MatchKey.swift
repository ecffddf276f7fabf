/// One name of an entry, folded for matching. An entry has several: its terms, abbreviation,
/// expansion, aliases, and the variants of each that people type (see `names(of:)`).
struct MatchKey: Sendable {
    /// Position of the entry in `Glossary.entries`.
    let entry: Int
    let field: MatchedField
    /// The name as the entry writes it, reported back as `GlossaryHit.matchedText`.
    let source: String
    let text: MatchText
    /// `text` with syllables reduced to their initial consonants, when it has Hangul.
    let initials: [UInt32]?

    /// The keys of one entry, without duplicates (the same folded name found in two fields counts
    /// once, under the better field).
    static func keys(of entry: GlossaryEntry, at position: Int) -> [MatchKey] {
        var fields: [(MatchedField, String)] = [(.term, entry.term.en), (.term, entry.term.ko)]
        if let abbreviation = entry.abbreviation { fields.append((.abbreviation, abbreviation)) }
        if let expansion = entry.expansion { fields.append((.expansion, expansion)) }
        for alias in entry.aliases.en + entry.aliases.ko { fields.append((.alias, alias)) }

        var keys = [MatchKey]()
        var seen = Set<[UInt32]>()
        for (field, name) in fields {
            for variant in names(of: name) {
                let text = TextNormalizer.matchText(variant)
                guard !text.scalars.isEmpty, seen.insert(text.scalars).inserted else { continue }
                keys.append(MatchKey(
                    entry: position, field: field, source: name, text: text,
                    initials: Hangul.initials(of: text.scalars)))
            }
        }
        return keys
    }

    /// A name and the shorter forms people type for it: each side of a spaced " / " or " · " list
    /// ("Seats / Seats Used" → "Seats", "Seats Used"), and each of those without parenthesised parts
    /// ("연간 계약 가치(ACV)" → "연간 계약 가치", "License Status (Phase 2)" → "License Status").
    static func names(of name: String) -> [String] {
        var parts = [name]
        for separator in [" / ", " · "] where name.contains(separator) {
            parts += name.components(separator: separator)
        }
        return parts.flatMap { part in
            let bare = withoutParentheses(part)
            return bare == part || bare.isEmpty ? [part] : [part, bare]
        }
    }

    /// `name` with every "(…)" or "（…）" group removed and spaces trimmed.
    private static func withoutParentheses(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { $0 == "(" || $0 == "（" }) else { return name }
        var result = ""
        var depth = 0
        for character in name {
            switch character {
            case "(", "（": depth += 1
            case ")", "）": depth = max(0, depth - 1)
            default: if depth == 0 { result.append(character) }
            }
        }
        return result.trimmingSpaces()
    }
}

extension String {
    /// Splits on a separator string, trimming spaces around each part (no Foundation needed).
    fileprivate func components(separator: String) -> [String] {
        split(separator: separator, omittingEmptySubsequences: true).map { String($0).trimmingSpaces() }
    }

    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
