import Foundation
@testable import Glossary

/// The rules every glossary entry must follow (ENTRY-SPEC.md), as a list of problems found.
struct GlossaryDataValidator {
    static let requiredKeys: Set<String> = [
        "id", "term", "abbreviation", "expansion", "aliases", "category", "scope", "definition",
        "whyItMatters", "formula", "phase", "related", "crmField", "letter",
    ]

    static let categoryIDs: [GlossaryScope: Set<String>] = [
        .clover: [
            "core-entities", "sales-stages", "lead-status", "lead-source", "key-metrics", "dashboard-kpis",
            "account-health", "clo-admin-metrics", "organizations", "industry-standard",
        ],
        .industry: [
            "sales", "marketing", "customer-service", "customer-success", "metrics", "data-platform",
            "ai-automation", "operations",
        ],
    ]

    /// Every run of 8 consecutive words of the seeds, as check.py counts words.
    let seedRuns: Set<[Substring]>

    init(seedTexts: [String]) {
        var runs = Set<[Substring]>()
        for text in seedTexts {
            let words = Self.words(text)
            guard words.count >= 8 else { continue }
            for start in 0...(words.count - 8) { runs.insert(Array(words[start..<start + 8])) }
        }
        seedRuns = runs
    }

    /// Lower-cased runs of letters and digits (Python's `[^\W_]+`).
    static func words(_ text: String) -> [Substring] {
        let lowered = text.lowercased()
        return lowered.split { character in
            !character.unicodeScalars.allSatisfy { scalar in
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                     .decimalNumber, .letterNumber, .otherNumber:
                    true
                default: false
                }
            }
        }
    }

    /// Problems with the categories file.
    func problems(categories: [GlossaryCategory]) -> [String] {
        var problems = [String]()
        for scope in GlossaryScope.allCases {
            let ids = Set(categories.filter { $0.scope == scope }.map(\.id))
            if ids != Self.categoryIDs[scope] { problems.append("\(scope) categories are \(ids.sorted())") }
        }
        if Set(categories.map(\.id)).count != categories.count { problems.append("duplicate category ids") }
        for category in categories where category.label.en.isEmpty || !Self.hasHangul(category.label.ko) {
            problems.append("category \(category.id) needs English and Korean labels")
        }
        return problems
    }

    /// Problems with the entries, each naming the entry.
    func problems(entries: [GlossaryEntry]) -> [String] {
        var problems = [String]()
        let ids = Set(entries.map(\.id))
        if ids.count != entries.count { problems.append("duplicate entry ids") }
        var terms = [String: String]()
        for entry in entries {
            func problem(_ text: String) { problems.append("\(entry.id): \(text)") }
            if entry.id.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) == nil { problem("id is not a slug") }
            if !(Self.categoryIDs[entry.scope]?.contains(entry.category) ?? false) { problem("unknown category \(entry.category)") }
            for (name, text) in [("term", entry.term), ("definition", entry.definition)] + (entry.whyItMatters.map { [("whyItMatters", $0)] } ?? []) {
                if text.en.trimmingCharacters(in: .whitespaces).isEmpty { problem("\(name).en is empty") }
                if !Self.hasHangul(text.ko) && name != "term" { problem("\(name).ko has no Korean") }
                if text.ko.trimmingCharacters(in: .whitespaces).isEmpty { problem("\(name).ko is empty") }
            }
            for language in ["en", "ko"] {
                let term = language == "en" ? entry.term.en : entry.term.ko
                let key = "\(entry.scope)/\(entry.category)/\(language)/\(TextNormalizer.matchScalars(term))"
                if let other = terms.updateValue(entry.id, forKey: key) { problem("same \(language) term as \(other)") }
            }
            if entry.letter != Self.letter(of: entry.term.en) { problem("letter should be \(Self.letter(of: entry.term.en))") }
            for id in entry.related where !ids.contains(id) || id == entry.id { problem("related id \(id) does not resolve") }
            if entry.related.count > 5 { problem("more than 5 related ids") }
            if entry.aliases.en.contains(where: \.isEmpty) || entry.aliases.ko.contains(where: \.isEmpty) { problem("empty alias") }
            switch entry.scope {
            case .industry:
                if entry.phase != .reference { problem("industry phase must be reference") }
                if entry.crmField != nil { problem("industry crmField must be null") }
            case .clover:
                // Several entries may name one field ("deal" and "opportunity"); explain takes the first.
                if let field = entry.crmField,
                   field.wholeMatch(of: /[a-z][A-Za-z]*(\.[a-z][A-Za-z]*(=[A-Za-z0-9_-]+)?)?/) == nil {
                    problem("crmField \(field) is malformed")
                }
            }
            for text in Self.texts(of: entry) {
                let words = Self.words(text)
                guard words.count >= 8 else { continue }
                if let start = (0...(words.count - 8)).first(where: { seedRuns.contains(Array(words[$0..<$0 + 8])) }) {
                    problem("copies seed words: \(words[start..<start + 8].joined(separator: " "))")
                }
            }
        }
        return problems
    }

    /// Problems with the raw JSON of an entry file: every key present, no others.
    static func problems(rawFile data: Data, name: String) -> [String] {
        guard let array = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
            return ["\(name): not a JSON array of objects"]
        }
        return array.enumerated().compactMap { index, object in
            let keys = Set(object.keys)
            guard keys != requiredKeys else { return nil }
            return "\(name) #\(index) \(object["id"] ?? "?"): keys differ by \(keys.symmetricDifference(requiredKeys).sorted())"
        }
    }

    static func letter(of term: String) -> String {
        guard let first = term.first(where: { $0.isLetter || $0.isNumber }) else { return "#" }
        return first.isLetter ? first.uppercased() : "#"
    }

    static func hasHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { Hangul.isSyllable($0.value) }
    }

    /// The texts check.py inspects for copied seed words.
    static func texts(of entry: GlossaryEntry) -> [String] {
        [entry.term.en, entry.term.ko, entry.definition.en, entry.definition.ko]
            + [entry.whyItMatters?.en, entry.whyItMatters?.ko, entry.formula].compactMap { $0 }
            + entry.aliases.en + entry.aliases.ko
    }
}
