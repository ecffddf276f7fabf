import CRMCore
import JSONRPC

/// `lead.kanban`: the board of active leads.
enum LeadKanban: RPCMethod {
    static let name = "lead.kanban"
    static let summary = "Active leads (not disqualified, not converted) grouped by status: the lead Kanban board."
    static let description: String? = "Use to show or review the lead board. Only visible leads appear; ownerId narrows it to one person's leads."
    static let params = [ParamDeclaration("ownerId", WireSchema.id(.user, "Only this user's leads."))]
    static let result = JSONSchema.object(nil, [
        JSONSchema.array(of: .object(nil, [
            WireSchema.enumeration(LeadStatus.self).property("status", required: true),
            JSONSchema.string("The status in the session language.").property("label", required: true),
            JSONSchema.integer(minimum: 0).property("count", required: true),
            JSONSchema.array(of: RecordSchema.lead).property("leads", required: true),
        ])).property("columns", required: true),
    ])
    static let examples = [DemoExamples.example(LeadKanban.self, "bd.park's board", ["ownerId": "user_4"])]

    struct Params: RPCParams {
        let ownerId: RecordID?

        init(from params: ParamReader) throws {
            ownerId = try params.id("ownerId", .user)
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let columns = try context.state.leadKanban(by: context.actor.id, ownerId: params.ownerId)
        return ["columns": .array(columns.map { column in
            [
                "status": .string(column.status.rawValue), "label": .string(column.status.label(context.domainLanguage)),
                "count": JSONValue(column.count), "leads": .array(column.leads.map { RecordJSON.value(.lead($0)) }),
            ]
        })]
    }
}
