import CRMCore
import JSONRPC

/// `record.history`: who changed what, when.
enum RecordHistoryMethod: RPCMethod {
    static let name = "record.history"
    static let summary = "Every change to a visible record, oldest first: who, when, which operation, and the record as it was after."
    static let description: String? = "Use to answer \"who changed this and when\" or to see how a deal moved. Works for any record type."
    static let params = [ParamDeclaration("id", WireSchema.anyID, required: true)]
    static let result = JSONSchema.object(nil, [
        JSONSchema.array(of: .object(nil, [
            JSONSchema.integer("The change's sequence number.", minimum: 1).property("seq", required: true),
            WireSchema.timestamp.property("at", required: true),
            WireSchema.id(.user).property("by", required: true),
            JSONSchema.string("The method that made the change.").property("operation", required: true),
            RecordSchema.any.property("record", required: true),
        ])).property("entries", required: true),
    ])
    static let errors: [ErrorCode] = [.notFound]
    static let examples = [DemoExamples.example(RecordHistoryMethod.self, "A deal's life", ["id": "opp_1"])]

    struct Params: RPCParams {
        let id: RecordID

        init(from params: ParamReader) throws {
            id = try params.anyID("id")
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let entries = try context.state.history(of: params.id, by: context.actor.id)
        return ["entries": .array(entries.map { entry in
            ["seq": JSONValue(entry.seq), "at": .string(entry.at.rfc3339), "by": .string(entry.actorId.description),
             "operation": .string(entry.operation), "record": RecordJSON.value(entry.record)]
        })]
    }
}
