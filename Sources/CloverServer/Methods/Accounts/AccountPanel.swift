import CRMCore
import JSONRPC

/// `account.panel`: the account page in one call.
enum AccountPanelMethod: RPCMethod {
    static let name = "account.panel"
    static let summary = "An account with its contacts, deals, licence requests, notes and derived figures (open pipeline, won ACV, seat utilisation)."
    static let description: String? = "Use to brief someone on an account or render its page. Everything inside is filtered to what the acting user may see."
    static let params = [ParamDeclaration("id", WireSchema.id(.account), required: true)]
    static let result = JSONSchema.object(nil, [
        RecordSchema.account.property("account", required: true),
        RecordSchema.account.orNull.property("parent", required: true),
        JSONSchema.array(of: RecordSchema.contact).property("contacts", required: true),
        JSONSchema.array(of: RecordSchema.opportunity).property("opportunities", required: true),
        JSONSchema.array(of: RecordSchema.license).property("licenseRequests", required: true),
        JSONSchema.array(of: RecordSchema.note).property("notes", required: true),
        WireSchema.tally.property("openPipeline", required: true),
        WireSchema.tally.property("wonAcv", required: true),
        JSONSchema.number("seatsUsed ÷ seats; null without seats.").orNull.property("seatUtilisation", required: true),
        JSONSchema.array(of: .object(nil, [], additionalProperties: true)).property("warnings", required: true),
    ])
    static let errors: [ErrorCode] = [.notFound]
    static let examples = [DemoExamples.example(AccountPanelMethod.self, "A demo account", ["id": "acct_1"])]

    typealias Params = RecordIDParams<Account>

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let panel = try context.state.accountPanel(params.id, by: context.actor.id)
        return [
            "account": RecordJSON.value(.account(panel.account)),
            "parent": panel.parent.map { RecordJSON.value(.account($0)) } ?? .null,
            "contacts": .array(panel.contacts.map { RecordJSON.value(.contact($0)) }),
            "opportunities": .array(panel.opportunities.map { RecordJSON.value(.opportunity($0)) }),
            "licenseRequests": .array(panel.licenseRequests.map { RecordJSON.value(.license($0)) }),
            "notes": .array(panel.notes.map { RecordJSON.value(.note($0)) }),
            "openPipeline": panel.openPipeline.json,
            "wonAcv": panel.wonACV.json,
            "seatUtilisation": panel.seatUtilisation.json,
            "warnings": .array(panel.warnings.map { $0.wire(context.domainLanguage) }),
        ]
    }
}
