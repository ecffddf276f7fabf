import Glossary

/// A glossary entry as a Markdown page in one language, for `glossary://en/{id}` and
/// `glossary://ko/{id}`: the form a chat host shows or hands to a model as context.
enum GlossaryMarkdown {
    static func render(_ entry: GlossaryEntry, _ language: GlossaryLanguage, glossary: Glossary) -> String {
        let korean = language == .ko
        func pick(_ text: LocalizedText) -> String { korean ? text.ko : text.en }
        var lines: [String] = []
        lines.append("# " + (korean ? "\(entry.term.ko) (\(entry.term.en))" : entry.term.en))
        lines.append("")
        if let abbreviation = entry.abbreviation {
            let expansion = entry.expansion.map { " — \($0)" } ?? ""
            lines.append((korean ? "약어: " : "Abbreviation: ") + abbreviation + expansion)
        }
        let category = glossary.categoryLabel(entry.category).map(pick) ?? entry.category
        lines.append((korean ? "분류: " : "Category: ") + category)
        lines.append("")
        lines.append(pick(entry.definition))
        if let why = entry.whyItMatters {
            lines.append("")
            lines.append((korean ? "**왜 중요한가:** " : "**Why it matters:** ") + pick(why))
        }
        if let formula = entry.formula {
            lines.append("")
            lines.append((korean ? "**공식:** " : "**Formula:** ") + formula)
        }
        let aliases = korean ? entry.aliases.ko : entry.aliases.en
        if !aliases.isEmpty {
            lines.append("")
            lines.append((korean ? "**다른 이름:** " : "**Also called:** ") + aliases.joined(separator: ", "))
        }
        if let field = entry.crmField {
            lines.append("")
            lines.append((korean ? "**CRM 필드:** " : "**CRM field:** ") + "`\(field)`")
        }
        let related = entry.related.compactMap { id in glossary.entry(id: id).map { "[\(pick($0.term))](glossary://\(language.rawValue)/\(id))" } }
        if !related.isEmpty {
            lines.append("")
            lines.append((korean ? "**관련 용어:** " : "**Related:** ") + related.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
