import Glossary
import JSONRPC

/// `glossary.get`: one entry by id (what `glossary://{lang}/{id}` resources read).
enum GlossaryGetMethod: RPCMethod {
    static let name = "glossary.get"
    static let summary = "One glossary entry by its id."
    static let params = [ParamDeclaration("id", .string("Entry id, e.g. win-rate.", minLength: 1), required: true), GlossaryRendering.languageParam]
    static let errors = [ErrorCode.notFound]
    static let result = GlossaryRendering.entrySchema

    static let examples = [DemoExamples.example(GlossaryGetMethod.self, "Win Rate in English", ["id": "win-rate", "lang": "en"])]

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
        guard let entry = glossary.entry(id: params.id) else { throw notFound(params.id, context.language) }
        return GlossaryRendering.entry(entry, params.language, glossary: glossary)
    }

    static func notFound(_ id: String, _ language: MessageLanguage) -> ResponseError {
        let message = language == .korean ? "용어집 항목이 없습니다: \(id)" : "No glossary entry with id \(id)"
        return ResponseError(.notFound, message, details: ["type": "glossaryEntry", "id": .string(id)])
    }
}
