import Foundation
import Glossary
import JSONRPC

/// `glossary.list`: browse entries by category, index letter or scope, a page at a time.
enum GlossaryListMethod: RPCMethod {
    static let name = "glossary.list"
    static let summary = "Lists glossary entries, filtered by category, A–Z or ㄱ–ㅎ letter and scope, with cursor pagination."
    static let description: String? = "Use to browse (an A–Z or ㄱ–ㅎ index page, one category). To find a specific term use glossary.lookup or glossary.search."
    static let params = [
        ParamDeclaration("category", .string("A category id (see glossary.categories).")),
        ParamDeclaration("letter", .string("An index letter: A–Z, # (digits), or a Korean initial consonant ㄱ–ㅎ.", minLength: 1, maxLength: 1)),
        ParamDeclaration("scope", .enumeration(GlossaryScope.allCases.map(\.rawValue))),
        GlossaryRendering.languageParam,
        ParamDeclaration("limit", .integer("Entries per page.", minimum: 1, maximum: 500, default: 50)),
        ParamDeclaration("cursor", .string("nextCursor of the previous page.")),
    ]
    static let result = JSONSchema.object(nil, [
        JSONSchema.array(of: GlossaryRendering.entrySchema).property("items", required: true),
        JSONSchema.integer("Entries matching the filters, over all pages.", minimum: 0).property("total", required: true),
        JSONSchema.string("Pass as cursor for the next page; null on the last page.").orNull.property("nextCursor", required: true),
    ])
    static let examples = [
        DemoExamples.example(GlossaryListMethod.self, "Dashboard KPIs in Korean, two per page", ["category": "dashboard-kpis", "lang": "ko", "limit": 2]),
    ]

    struct Params: RPCParams {
        let category: String?
        let letter: GlossaryLetter?
        let scope: GlossaryScope?
        let language: GlossaryLanguage
        let limit: Int
        let offset: Int

        init(from params: ParamReader) throws {
            var problems: [ValidationProblem] = []
            category = params.string("category")
            scope = params.string("scope").flatMap(GlossaryScope.init(rawValue:))
            language = GlossaryRendering.language(params)
            limit = params.int("limit") ?? 50
            if let text = params.string("letter") {
                letter = GlossaryLetter(text)
                if letter == nil {
                    problems.append(ValidationProblem(path: params.path(of: "letter"), reason: .custom(english: "must be A–Z, # or a Korean initial consonant ㄱ–ㅎ", korean: "A–Z, # 또는 한글 초성(ㄱ–ㅎ)이어야 합니다")))
                }
            } else {
                letter = nil
            }
            offset = params.string("cursor").map { PageCursor.offset(from: $0) } ?? 0
            if offset < 0 {
                problems.append(ValidationProblem(path: params.path(of: "cursor"), reason: .custom(english: "is not a cursor this server gave out", korean: "이 서버가 발급한 커서가 아닙니다")))
            }
            if !problems.isEmpty { throw ValidationFailure(problems) }
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let glossary = try context.glossary()
        let all = glossary.list(category: params.category, letter: params.letter, scope: params.scope)
        let page = all.dropFirst(params.offset).prefix(params.limit)
        let next = params.offset + page.count < all.count ? PageCursor.encode(offset: params.offset + page.count) : nil
        return [
            "items": .array(page.map { GlossaryRendering.entry($0, params.language, glossary: glossary) }),
            "total": JSONValue(all.count),
            "nextCursor": JSONValue(next),
        ]
    }
}

/// An opaque cursor for lists that page by position (base64url of the offset).
enum PageCursor {
    static func encode(offset: Int) -> String {
        Data(String(offset).utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }

    /// The offset, or -1 when the text is not a cursor this server made.
    static func offset(from cursor: String) -> Int {
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let offset = Int(String(decoding: data, as: UTF8.self)), offset >= 0 else { return -1 }
        return offset
    }
}
