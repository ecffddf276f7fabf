import CRMCore
import JSONRPC

/// `lead.convert`: a qualified lead becomes account + contact (+ deal), all or nothing.
enum LeadConvert: RPCMethod {
    static let name = "lead.convert"
    static let summary = "Converts a qualified lead into an account, a contact and optionally a deal — with the duplicate-account check first."
    static let description: String? = """
        Use when a lead is qualified. Call with dryRun: true first to see duplicate account candidates, contacts matched by e-mail and what would be created. \
        If candidates exist you must choose: accountId (attach; only its empty fields are filled) or createNewAccount: true; otherwise the call answers 300 with data.candidates. \
        opportunity: {...} opens a deal, null (or absent) converts without one. The lead becomes read-only.
        """
    static let params = [
        ParamDeclaration("leadId", WireSchema.id(.lead), required: true),
        ParamDeclaration("accountId", WireSchema.id(.account, "Attach to this existing account.")),
        ParamDeclaration("createNewAccount", .boolean("Create a new account even though candidates exist.", default: false)),
        ParamDeclaration("account", .object("Fields for the new account, or to fill empty fields of an existing one. Defaults come from the lead.",
                                            FieldParam.create(AccountFields.all).map { $0.schema.property($0.name) })),
        ParamDeclaration("contact", .object(nil, [WireSchema.enumeration(ContactRole.self, "Default contact.").property("role")])),
        ParamDeclaration("opportunity", JSONSchema.object("The deal to open (name defaults to \"<account> – <lead>\"); null for none.",
                                                          OpportunityFields.terms.map { $0.schema.property($0.name) }).orNull),
        ParamDeclaration("dryRun", .boolean("Preview only: nothing changes.", default: false)),
        ParamDeclaration("ifVersion", WireSchema.ifVersion),
    ]
    static let result = JSONSchema.object(nil, [
        JSONSchema.boolean().property("dryRun", required: true),
        JSONSchema.array(of: DuplicateJSON.schema).property("candidates", required: true),
        JSONSchema.array(of: RecordSchema.contact).property("matchedContacts", required: true),
        RecordSchema.lead.property("lead", required: true),
        RecordSchema.account.property("account", required: true),
        JSONSchema.boolean().property("accountCreated", required: true),
        JSONSchema.array(of: .string()).property("filledAccountFields", required: true),
        RecordSchema.contact.property("contact", required: true),
        JSONSchema.boolean().property("contactCreated", required: true),
        RecordSchema.opportunity.orNull.property("opportunity", required: true),
        RecordSchema.license.orNull.property("licenseRequest", required: true),
    ])
    static let errors: [ErrorCode] = [.duplicateCandidates, .notFound, .forbidden, .conflict, .invalidTransition]
    static let examples = [
        DemoExamples.example(LeadConvert.self, "Preview", ["leadId": "lead_6", "dryRun": true]),
        DemoExamples.example(LeadConvert.self, "Convert with a new account and a deal", [
            "leadId": "lead_6", "createNewAccount": true, "contact": ["role": "champion"],
            "opportunity": ["acv": JSONValue.number(JSONNumber(units: 4800000, decimals: 2)), "closeDate": "2027-01-31"],
        ]),
    ]

    struct Params: RPCParams {
        let request: LeadConversionRequest

        init(from params: ParamReader) throws {
            request = LeadConversionRequest(
                leadId: try params.requiredID("leadId", .lead), accountId: try params.id("accountId", .account),
                account: try params.object("account").map { try AccountFields.draft($0) },
                createNewAccount: params.bool("createNewAccount") ?? false,
                contactRole: params.object("contact")?.enumeration("role", ContactRole.self),
                opportunity: try params.object("opportunity").map(OpportunityFields.conversion),
                dryRun: params.bool("dryRun") ?? false, ifVersion: params.int("ifVersion"))
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let planned = try context.state.convertLead(params.request, context.operation)
        let conversion = try context.commit(planned)
        return [
            "dryRun": .bool(conversion.dryRun),
            "candidates": .array(conversion.candidates.map(DuplicateJSON.value)),
            "matchedContacts": .array(conversion.matchedContacts.map { RecordJSON.value(.contact($0)) }),
            "lead": RecordJSON.value(.lead(conversion.lead)),
            "account": RecordJSON.value(.account(conversion.account)),
            "accountCreated": .bool(conversion.accountCreated),
            "filledAccountFields": .array(conversion.filledAccountFields.map(JSONValue.string)),
            "contact": RecordJSON.value(.contact(conversion.contact)),
            "contactCreated": .bool(conversion.contactCreated),
            "opportunity": conversion.opportunity.map { RecordJSON.value(.opportunity($0)) } ?? .null,
            "licenseRequest": conversion.licenseRequest.map { RecordJSON.value(.license($0)) } ?? .null,
        ]
    }
}
