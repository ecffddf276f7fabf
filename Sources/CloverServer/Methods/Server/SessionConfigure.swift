import JSONRPC

/// `session.configure`: per-session preferences; today the language of messages and labels.
enum SessionConfigure: RPCMethod {
    static let name = "session.configure"
    static let summary = "Sets the session's message language: English (en) or Korean (ko). Codes and field names never change."

    static let params = [
        ParamDeclaration("locale", .enumeration(MessageLanguage.allCases.map(\.rawValue), "Language of human-readable messages and labels."), required: true),
    ]

    static let result = JSONSchema.object(nil, [
        JSONSchema.enumeration(MessageLanguage.allCases.map(\.rawValue)).property("locale", required: true),
    ])

    static let examples = [MethodExample("Korean messages", params: ["locale": "ko"], result: ["locale": "ko"])]

    struct Params: RPCParams {
        let locale: MessageLanguage

        init(from params: ParamReader) throws {
            // The schema has already limited the value to the enum.
            locale = params.string("locale").flatMap(MessageLanguage.init(rawValue:)) ?? .english
        }
    }

    static func run(_ params: Params, context: inout ServerContext) -> JSONValue {
        context.language = params.locale
        return ["locale": .string(params.locale.rawValue)]
    }
}
