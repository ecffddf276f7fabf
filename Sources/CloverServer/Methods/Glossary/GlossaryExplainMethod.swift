import Glossary
import JSONRPC

/// `glossary.explain`: the term behind a CRM field or enum value, for tooltips next to the data.
enum GlossaryExplainMethod: RPCMethod {
    static let name = "glossary.explain"
    static let summary = "Explains a CRM field or enum value with its glossary entry, e.g. opportunity.stage = won."
    static let description: String? = "Use next to data: which term does this field or value stand for? Falls back from the value to the field to the object; matched says which. No entry gives entry null."
    static let params = [
        ParamDeclaration("object", .string("Record type: lead, account, contact, opportunity, licenseRequest, user, quota, note.", minLength: 1), required: true),
        ParamDeclaration("field", .string("Field name, e.g. stage.", minLength: 1), required: true),
        ParamDeclaration("value", .string("An enum value of the field, e.g. won.")),
        GlossaryRendering.languageParam,
    ]
    static let result = JSONSchema.object(nil, [
        JSONSchema.string("The crmField that matched (object.field=value, object.field or object), or null.").orNull.property("matched", required: true),
        GlossaryRendering.entrySchema.orNull.property("entry", required: true),
    ])
    static let examples = [
        DemoExamples.example(GlossaryExplainMethod.self, "A stage value", ["object": "opportunity", "field": "stage", "value": "won", "lang": "en"]),
    ]

    struct Params: RPCParams {
        let object: String
        let field: String
        let value: String?
        let language: GlossaryLanguage
        init(from params: ParamReader) {
            object = params.string("object") ?? ""
            field = params.string("field") ?? ""
            value = params.string("value")
            language = GlossaryRendering.language(params)
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let glossary = try context.glossary()
        guard let explanation = glossary.explain(object: params.object, field: params.field, value: params.value) else {
            return ["matched": nil, "entry": nil]
        }
        return ["matched": .string(explanation.crmField), "entry": GlossaryRendering.entry(explanation.entry, params.language, glossary: glossary)]
    }
}
