import Glossary
import JSONRPC

/// `glossary.search`: ranked search over terms, aliases and definitions.
enum GlossarySearchMethod: RPCMethod {
    static let name = "glossary.search"
    static let summary = "Ranked glossary search: exact, prefix, word, typo-tolerant, then definition text; Korean initial consonants work."
    static let description: String? = """
        Use when the caller half-remembers a term, misspells it, types a prefix or a Korean fragment (\"수주\", or initial \
        consonants \"ㅍㅇㅍㄹㅇ\" for 파이프라인), or asks about a concept in other words. Hits carry their tier and score. \
        No match is not an error: hits is empty and suggestions lists close terms.
        """
    static let params = [
        ParamDeclaration("q", .string("What to search for.", minLength: 1, maxLength: 200), required: true),
        GlossaryRendering.languageParam,
        ParamDeclaration("category", .string("Only this category id (see glossary.categories).")),
        ParamDeclaration("scope", .enumeration(GlossaryScope.allCases.map(\.rawValue), "Only house (clover) or general (industry) terms.")),
        ParamDeclaration("limit", .integer("Most hits to return.", minimum: 1, maximum: 100, default: 10)),
    ]
    static let result = JSONSchema.object(nil, [
        JSONSchema.string().property("query", required: true),
        JSONSchema.array(of: GlossaryRendering.hitSchema, "Best first.").property("hits", required: true),
        JSONSchema.array(of: GlossaryRendering.summarySchema).property("suggestions", required: true),
    ])
    static let examples = [
        DemoExamples.example(GlossarySearchMethod.self, "Korean initial consonants", ["q": "ㅍㅇㅍㄹㅇ", "lang": "ko", "limit": 1]),
        DemoExamples.example(GlossarySearchMethod.self, "A typo", ["q": "oportunity", "lang": "en", "limit": 2]),
    ]

    struct Params: RPCParams {
        let query: String
        let language: GlossaryLanguage
        let category: String?
        let scope: GlossaryScope?
        let limit: Int
        init(from params: ParamReader) {
            query = params.string("q") ?? ""
            language = GlossaryRendering.language(params)
            category = params.string("category")
            scope = params.string("scope").flatMap(GlossaryScope.init(rawValue:))
            limit = params.int("limit") ?? 10
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let glossary = try context.glossary()
        let result = glossary.search(params.query, category: params.category, scope: params.scope, limit: params.limit)
        return [
            "query": .string(result.query),
            "hits": .array(result.hits.map { GlossaryRendering.hit($0, params.language, glossary: glossary) }),
            "suggestions": .array(result.suggestions.map { GlossaryRendering.summary(id: $0.id, term: $0.term, params.language) }),
        ]
    }
}
