import Glossary
import JSONRPC

/// How glossary entries look on the wire, in one place for every `glossary.*` method.
///
/// With `lang` en or ko, text fields are plain strings in that language; with `both` (the default)
/// they are `{en, ko}` objects, so a caller that shows both languages gets them in one answer.
enum GlossaryRendering {
    static let languages = GlossaryLanguage.allCases.map(\.rawValue)

    static var languageParam: ParamDeclaration {
        ParamDeclaration("lang", .enumeration(languages, "Language of the text fields: en, ko, or both (default) as {en, ko} objects."))
    }

    static func language(_ params: ParamReader) -> GlossaryLanguage {
        params.string("lang").flatMap(GlossaryLanguage.init(rawValue:)) ?? .both
    }

    static func text(_ text: LocalizedText, _ language: GlossaryLanguage) -> JSONValue {
        switch language {
        case .en: .string(text.en)
        case .ko: .string(text.ko)
        case .both: ["en": .string(text.en), "ko": .string(text.ko)]
        }
    }

    static func list(_ list: LocalizedList, _ language: GlossaryLanguage) -> JSONValue {
        switch language {
        case .en: .array(list.en.map(JSONValue.string))
        case .ko: .array(list.ko.map(JSONValue.string))
        case .both: ["en": .array(list.en.map(JSONValue.string)), "ko": .array(list.ko.map(JSONValue.string))]
        }
    }

    /// The full entry.
    static func entry(_ entry: GlossaryEntry, _ language: GlossaryLanguage, glossary: Glossary) -> JSONValue {
        var object = JSONObject()
        object.append("id", .string(entry.id))
        object.append("term", text(entry.term, language))
        object.append("abbreviation", JSONValue(entry.abbreviation))
        object.append("expansion", JSONValue(entry.expansion))
        object.append("aliases", list(entry.aliases, language))
        object.append("category", .string(entry.category))
        object.append("categoryLabel", glossary.categoryLabel(entry.category).map { text($0, language) } ?? .null)
        object.append("scope", .string(entry.scope.rawValue))
        object.append("definition", text(entry.definition, language))
        object.append("whyItMatters", entry.whyItMatters.map { text($0, language) } ?? .null)
        object.append("formula", JSONValue(entry.formula))
        object.append("phase", .string(entry.phase.rawValue))
        object.append("related", .array(entry.related.map(JSONValue.string)))
        object.append("crmField", JSONValue(entry.crmField))
        object.append("letter", .string(entry.letter))
        return .object(object)
    }

    /// Id and term only: for suggestions and related lists.
    static func summary(id: String, term: LocalizedText, _ language: GlossaryLanguage) -> JSONValue {
        ["id": .string(id), "term": text(term, language)]
    }

    static func hit(_ hit: GlossaryHit, _ language: GlossaryLanguage, glossary: Glossary) -> JSONValue {
        [
            "entry": entry(hit.entry, language, glossary: glossary),
            "tier": .string(hit.tier.rawValue),
            "score": JSONValue((hit.score * 1000).rounded() / 1000),
            "matchedField": .string(hit.matchedField.rawValue),
            "matchedText": .string(hit.matchedText),
        ]
    }

    // MARK: Schemas

    static let localized = JSONSchema.anyOf([.string(), .object(nil, [JSONSchema.string().property("en", required: true), JSONSchema.string().property("ko", required: true)])], "A string in the requested language, or {en, ko} with lang both.")
    static let localizedList = JSONSchema.anyOf([.array(of: .string()), .object(nil, [JSONSchema.array(of: .string()).property("en", required: true), JSONSchema.array(of: .string()).property("ko", required: true)])])

    static let entrySchema = JSONSchema.object("A glossary entry.", [
        JSONSchema.string("Stable slug, e.g. win-rate.").property("id", required: true),
        localized.property("term", required: true),
        JSONSchema.string().orNull.property("abbreviation", required: true),
        JSONSchema.string().orNull.property("expansion", required: true),
        localizedList.property("aliases", required: true),
        JSONSchema.string("Category id (see glossary.categories).").property("category", required: true),
        localized.orNull.property("categoryLabel", required: true),
        JSONSchema.enumeration(GlossaryScope.allCases.map(\.rawValue), "clover: the house terms; industry: general CRM vocabulary.").property("scope", required: true),
        localized.property("definition", required: true),
        JSONSchema.anyOf([localized, JSONSchema(types: [.null])]).property("whyItMatters", required: true),
        JSONSchema.string().orNull.property("formula", required: true),
        JSONSchema.enumeration(GlossaryPhase.allCases.map(\.rawValue)).property("phase", required: true),
        JSONSchema.array(of: .string(), "Ids of related entries.").property("related", required: true),
        JSONSchema.string("The CRM field or enum value this term names, e.g. opportunity.stage=won.").orNull.property("crmField", required: true),
        JSONSchema.string("A–Z index letter of the English term, or #.").property("letter", required: true),
    ])

    static let summarySchema = JSONSchema.object(nil, [JSONSchema.string().property("id", required: true), localized.property("term", required: true)])

    static let hitSchema = JSONSchema.object(nil, [
        entrySchema.property("entry", required: true),
        JSONSchema.enumeration(SearchTier.allCases.map(\.rawValue), "How the query matched, best first.").property("tier", required: true),
        JSONSchema.number().property("score", required: true),
        JSONSchema.enumeration(MatchedField.allCases.map(\.rawValue)).property("matchedField", required: true),
        JSONSchema.string().property("matchedText", required: true),
    ])
}

extension Glossary {
    func categoryLabel(_ id: String) -> LocalizedText? {
        category(id: id)?.label
    }
}

extension JSONSchema {
    init(types: [Kind]) {
        self.init()
        self.types = types
    }
}
