import Glossary
import JSONRPC

/// `glossary.categories`: the categories with their labels and entry counts.
enum GlossaryCategoriesMethod: RPCMethod {
    static let name = "glossary.categories"
    static let summary = "The glossary's categories (the house glossary's ten and the industry ones) with labels and entry counts."
    static let params = [GlossaryRendering.languageParam]
    static let result = JSONSchema.object(nil, [
        JSONSchema.array(of: .object(nil, [
            JSONSchema.string().property("id", required: true),
            JSONSchema.enumeration(GlossaryScope.allCases.map(\.rawValue)).property("scope", required: true),
            GlossaryRendering.localized.property("label", required: true),
            JSONSchema.integer(minimum: 0).property("count", required: true),
        ])).property("categories", required: true),
    ])
    static let examples = [DemoExamples.example(GlossaryCategoriesMethod.self, "In Korean", ["lang": "ko"])]

    struct Params: RPCParams {
        let language: GlossaryLanguage
        init(from params: ParamReader) { language = GlossaryRendering.language(params) }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let categories = try context.glossary().categories().map { summary -> JSONValue in
            [
                "id": .string(summary.category.id), "scope": .string(summary.category.scope.rawValue),
                "label": GlossaryRendering.text(summary.category.label, params.language), "count": JSONValue(summary.entryCount),
            ]
        }
        return ["categories": .array(categories)]
    }
}
