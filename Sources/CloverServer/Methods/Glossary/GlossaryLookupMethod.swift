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
        DemoExamples.example(GlossaryLookupMethod.self, "An abbreviation, English only", ["term": "ACV", "lang": "en"]),
        DemoExamples.example(GlossaryLookupMethod.self, "A Korean term", ["term": "수주율", "lang": "ko"]),
        DemoExamples.example(GlossaryLookupMethod.self, "No match: suggestions instead of an error", ["term": "pipline zzz", "lang": "ko"]),
    ]

    struct Params: RPCParams {
        let term: String
        let language: GlossaryLanguage
        init(from params: ParamReader) {
            term = params.string("term") ?? ""
            language = GlossaryRendering.language(params)
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let glossary = try context.glossary()
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
