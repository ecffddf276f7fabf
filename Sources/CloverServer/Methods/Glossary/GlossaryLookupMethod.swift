import Glossary
import JSONRPC

/// `glossary.lookup`: the entry a term names, whichever way it is written.
enum GlossaryLookupMethod: RPCMethod {
    static let name = "glossary.lookup"
    static let summary = "Finds the glossary entry for an exact term, alias, abbreviation or expansion, in English or Korean."
    static let description: String? = """
        Use when you have a specific term (\"ACV\", \"Win Rate\", \"수주율\", \"ｗｉｎ－ｒａｔｅ\") and want its definition. \
        Matching ignores case, width, hyphens and spacing. House (clover) meanings come before general industry ones; \
        other matching entries are listed in alternatives. No match is not an error: found is false and suggestions lists close terms.
        """
    static let params = [
        ParamDeclaration("term", .string("The term to look up.", minLength: 1, maxLength: 200), required: true),
        GlossaryRendering.languageParam,
    ]
    static let result = JSONSchema.object(nil, [
        JSONSchema.string().property("query", required: true),
        JSONSchema.boolean().property("found", required: true),
        GlossaryRendering.entrySchema.orNull.property("entry", required: true),
        JSONSchema.array(of: GlossaryRendering.entrySchema, "Other entries the term also names.").property("alternatives", required: true),
        JSONSchema.array(of: GlossaryRendering.summarySchema, "Close terms when nothing matched.").property("suggestions", required: true),
    ])
    static let examples = [
        MethodExample("An abbreviation, English only", params: ["term": "ACV", "lang": "en"], result: [
            "query": "ACV", "found": true,
            "entry": [
                "id": "acv", "term": "ACV", "abbreviation": "ACV", "expansion": "Annual Contract Value", "aliases": ["Annualized Contract Value"],
                "category": "key-metrics", "categoryLabel": "Key Metrics & Terms", "scope": "clover",
                "definition": "The value of a contract expressed per year…", "whyItMatters": "…", "formula": "Total contract value ÷ contract years",
                "phase": "v1", "related": ["arr", "tcv"], "crmField": "opportunity.acv", "letter": "A",
            ],
            "alternatives": [], "suggestions": [],
        ]),
        MethodExample("No match", params: ["term": "pipline zzz", "lang": "ko"], result: ["query": "pipline zzz", "found": false, "entry": nil, "alternatives": [], "suggestions": [["id": "pipeline", "term": "파이프라인"]]]),
    ]

    struct Params: RPCParams {
        let term: String
        let language: GlossaryLanguage
        init(from params: ParamReader) {
            term = params.string("term") ?? ""
            language = GlossaryRendering.language(params)
        }
    }

    static func run(_ params: Params, context: inout ServerContext) -> JSONValue {
        let glossary = context.glossary
        let result = glossary.lookup(params.term)
        return [
            "query": .string(result.query),
            "found": .bool(result.best != nil),
            "entry": result.best.map { GlossaryRendering.entry($0.entry, params.language, glossary: glossary) } ?? .null,
            "alternatives": .array(result.alternatives.map { GlossaryRendering.entry($0.entry, params.language, glossary: glossary) }),
            "suggestions": .array(result.suggestions.map { GlossaryRendering.summary(id: $0.id, term: $0.term, params.language) }),
        ]
    }
}
