import CRMCore
import CRMStore
import JSONRPC

/// A record type that CSV import and export handle, with its columns and the create method whose
/// rules every imported row goes through (so a CSV row is accepted exactly when the API call is).
enum CSVObject: String, CaseIterable {
    case lead, account, contact, opportunity

    var kind: RecordKind {
        switch self {
        case .lead: .lead
        case .account: .account
        case .contact: .contact
        case .opportunity: .opportunity
        }
    }

    /// The create method's params: the columns an import understands, with their types.
    var declarations: [ParamDeclaration] {
        switch self {
        case .lead: LeadCreate.params
        case .account: AccountCreate.params
        case .contact: ContactCreate.params
        case .opportunity: OpportunityCreate.params
        }
    }

    /// Columns an export writes for information and an import ignores.
    static let informational = ["id", "createdAt", "updatedAt", "version", "archived"]

    /// The export's header: `id`, the writable fields in their create order, then `createdAt`, `updatedAt`.
    var columns: [String] {
        let writable: [FieldParam] = switch self {
        case .lead: LeadFields.all
        case .account: AccountFields.all
        case .contact: ContactFields.all
        case .opportunity: OpportunityFields.all
        }
        return ["id"] + writable.map(\.name) + ["createdAt", "updatedAt"]
    }

    /// Runs the create method for one row in a scratch session; throws what the API would answer.
    func create(_ params: JSONObject, in scratch: inout ServerContext) throws {
        switch self {
        case .lead: try Self.run(LeadCreate.self, params, &scratch)
        case .account: try Self.run(AccountCreate.self, params, &scratch)
        case .contact: try Self.run(ContactCreate.self, params, &scratch)
        case .opportunity: try Self.run(OpportunityCreate.self, params, &scratch)
        }
    }

    private static func run<M: RPCMethod>(_ method: M.Type, _ params: JSONObject, _ scratch: inout ServerContext) throws
    where M.Context == ServerContext {
        let schema = JSONSchema.object(nil, M.params.map { $0.schema.property($0.name, required: $0.required) })
        let problems = SchemaValidator.validate(.object(params), against: schema)
        if !problems.isEmpty { throw ValidationFailure(problems) }
        _ = try M.run(try M.Params(from: ParamReader(params)), context: &scratch)
    }

    /// One cell as the create method's param: numbers and booleans by the declared type, else text.
    /// A cell that does not parse stays text, so the schema names the problem as the API would.
    static func value(_ cell: String, for schema: JSONSchema) -> JSONValue {
        let types = Set(schema.types + schema.anyOf.flatMap(\.types))
        if types.contains(.integer) || types.contains(.number), let number = number(cell) {
            return .number(number)
        }
        if types.contains(.boolean) {
            switch cell.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: break
            }
        }
        return .string(cell)
    }

    private static func number(_ cell: String) -> JSONNumber? {
        do {
            return try JSONParser.parse(cell).numberValue
        } catch {
            return nil  // not a number: left as text for the schema to report
        }
    }

    /// A stored field as CSV text: numbers (money exact, e.g. `1234.50`) as written, null as empty.
    static func text(_ value: JSONValue?) -> String {
        switch value {
        case .string(let text)?: text
        case .number(let number)?: number.text
        case .bool(let flag)?: flag ? "true" : "false"
        case .null?, nil: ""
        case .array(let items)?: JSONValue.array(items).jsonText
        case .object(let object)?: JSONValue.object(object).jsonText
        }
    }
}
