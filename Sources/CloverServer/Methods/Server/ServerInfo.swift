import CRMCore
import JSONRPC

/// `server.info`: what is running and how — for a host's status line and for bug reports.
enum ServerInfo: RPCMethod {
    static let name = "server.info"
    static let summary = "Name, version, protocol version, storage, durability, record counts and uptime."

    static let result = JSONSchema.object(nil, [
        JSONSchema.string("Always \"clover-crm\".").property("name", required: true),
        JSONSchema.string("The program version.").property("version", required: true),
        JSONSchema.string("The version of this wire contract (protocol/README.md).").property("protocolVersion", required: true),
        JSONSchema.string("The data directory, or null when running in memory.").orNull.property("dataDir", required: true),
        JSONSchema.enumeration(["strict", "relaxed", "none"], "How writes are made durable; none in memory.").property("durability", required: true),
        JSONSchema.boolean("True when opened read-only.").property("readOnly", required: true),
        JSONSchema.enumeration(MessageLanguage.allCases.map(\.rawValue), "The session's message language.").property("locale", required: true),
        JSONSchema.string("The server's current time (frozen with --now).", format: .dateTime).property("now", required: true),
        JSONSchema.map(of: .integer(minimum: 0), "Live records per type.").property("recordCounts", required: true),
        JSONSchema.number("Seconds since start.", minimum: 0).property("uptimeSeconds", required: true),
    ])

    static let examples = [
        MethodExample("In memory with a frozen clock", result: [
            "name": "clover-crm", "version": .string(CloverVersion.program), "protocolVersion": .string(CloverVersion.protocolVersion),
            "dataDir": nil, "durability": "none", "readOnly": false, "locale": "en", "now": "2026-11-22T09:00:00Z",
            "recordCounts": [:], "uptimeSeconds": JSONValue(0.012),
        ]),
    ]

    static func run(_ params: NoParams, context: inout ServerContext) -> JSONValue {
        let inMemory = context.options.storage == .inMemory
        return [
            "name": "clover-crm",
            "version": .string(CloverVersion.program),
            "protocolVersion": .string(CloverVersion.protocolVersion),
            "dataDir": inMemory ? nil : JSONValue(context.dataDirectoryPath),
            "durability": .string(inMemory ? "none" : context.options.durability.rawValue),
            "readOnly": .bool(context.options.readOnly),
            "locale": .string(context.language.rawValue),
            "now": .string(context.now.rfc3339),
            "recordCounts": .object(context.recordCounts),
            "uptimeSeconds": .number(JSONNumber((context.uptimeSeconds * 1000).rounded() / 1000)),
        ]
    }
}
