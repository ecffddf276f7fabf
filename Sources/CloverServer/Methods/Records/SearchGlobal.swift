import CRMCore
import JSONRPC

/// `search.global`: one box over everything visible.
enum SearchGlobal: RPCMethod {
    static let name = "search.global"
    static let summary = "Finds visible leads, accounts, contacts, deals and users by name, company, domain or e-mail."
    static let description: String? = "Use when you have a name or fragment and not an id. Case-, accent- and width-insensitive, Korean included (ＮＩＫＥ finds Nike). Best matches first (exact, then prefix, then contained)."
    static let params = [
        ParamDeclaration("q", .string("What to look for.", minLength: 1, maxLength: 200), required: true),
        ParamDeclaration("limit", .integer(minimum: 1, maximum: 100, default: 20)),
    ]
    static let result = JSONSchema.object(nil, [
        JSONSchema.array(of: .object(nil, [
            WireSchema.anyID.property("id", required: true),
            WireSchema.enumeration(RecordKind.self).property("type", required: true),
            JSONSchema.string().property("title", required: true),
            JSONSchema.string().orNull.property("subtitle", required: true),
            JSONSchema.integer("3 exact, 2 prefix, 1 contained.", minimum: 0).property("score", required: true),
        ])).property("hits", required: true),
    ])
    static let examples = [DemoExamples.example(SearchGlobal.self, "Width-insensitive", ["q": "ＮＩＫＥ"])]

    struct Params: RPCParams {
        let q: String
        let limit: Int

        init(from params: ParamReader) {
            q = params.string("q") ?? ""
            limit = params.int("limit") ?? 20
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let hits = try context.state.searchGlobal(params.q, limit: params.limit, by: context.actor.id)
        return ["hits": .array(hits.map { hit in
            ["id": .string(hit.id.description), "type": .string(hit.kind.rawValue), "title": .string(hit.title),
             "subtitle": JSONValue(hit.subtitle), "score": JSONValue(hit.score)]
        })]
    }
}
