import Glossary
import JSONRPC

/// `glossary.index`: the A–Z and ㄱ–ㅎ index with entry counts, for an index bar.
enum GlossaryIndexMethod: RPCMethod {
    static let name = "glossary.index"
    static let summary = "The A–Z and ㄱ–ㅎ index of the glossary with the number of entries under each letter."
    static let letterCounts = JSONSchema.array(of: .object(nil, [JSONSchema.string().property("letter", required: true), JSONSchema.integer(minimum: 0).property("count", required: true)]))
    static let result = JSONSchema.object(nil, [
        letterCounts.described("A–Z and # by the English term.").property("latin", required: true),
        letterCounts.described("ㄱ–ㅎ by the Korean term's initial consonant (ㄲ under ㄱ, and so on).").property("hangul", required: true),
    ])
    static let examples = [DemoExamples.example(GlossaryIndexMethod.self, "The index")]

    static func run(_ params: NoParams, context: inout ServerContext) throws -> JSONValue {
        let index = try context.glossary().index()
        func counts(_ list: [GlossaryLetterCount]) -> JSONValue {
            .array(list.map { ["letter": .string($0.letter.description), "count": JSONValue($0.count)] })
        }
        return ["latin": counts(index.latin), "hangul": counts(index.hangul)]
    }
}
