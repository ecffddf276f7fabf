import Glossary
import JSONRPC

/// `glossary.related`: an entry and the entries it links to.
enum GlossaryRelatedMethod: RPCMethod {
    static let name = "glossary.related"
    static let summary = "An entry with its related entries resolved, for \"see also\"."
    static let params = [ParamDeclaration("id", .string("Entry id, e.g. win-rate.", minLength: 1), required: true), GlossaryRendering.languageParam]
    static let errors = [ErrorCode.notFound]
    static let result = JSONSchema.object(nil, [
        GlossaryRendering.entrySchema.property("entry", required: true),
        JSONSchema.array(of: GlossaryRendering.entrySchema).property("related", required: true),
    ])
    static let examples = [DemoExamples.example(GlossaryRelatedMethod.self, "See also for Win Rate", ["id": "win-rate", "lang": "en"])]

    struct Params: RPCParams {
        let id: String
        let language: GlossaryLanguage
        init(from params: ParamReader) {
            id = params.string("id") ?? ""
            language = GlossaryRendering.language(params)
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let glossary = try context.glossary()
        switch glossary.related(to: params.id) {
        case .found(let entry, let related):
            return [
                "entry": GlossaryRendering.entry(entry, params.language, glossary: glossary),
                "related": .array(related.map { GlossaryRendering.entry($0, params.language, glossary: glossary) }),
            ]
        case .unknownID(let id):
            throw GlossaryGetMethod.notFound(id, context.language)
        }
    }
}
