import CRMCore
import CRMStore
import JSONRPC

/// `admin.export`: everything as a JSON document `admin.import` takes back unchanged, or one
/// record type as CSV for spreadsheets.
enum AdminExport: RPCMethod {
    static let name = "admin.export"
    static let summary = "Exports every record (JSON, for moving data between instances) or one record type (CSV, for spreadsheets); admins only."
    static let description: String? = """
        Use format json to back up or move data: the document holds every record in its stored form (ids, timestamps, versions, stage history) \
        and admin.import takes it back unchanged. Use format csv with object for a spreadsheet: a header row (id, the create fields in order, \
        createdAt, updatedAt), RFC 4180 quoting, CRLF line ends, money as exact decimal text. includeArchived defaults to true for json \
        (a faithful copy) and false for csv. Exports of 1,000 records or more send admin.progress notifications every 1,000 records.
        """
    static let params = [
        ParamDeclaration("format", .enumeration(["json", "csv"]), required: true),
        ParamDeclaration("object", .enumeration(CSVObject.allCases.map(\.rawValue), "The record type; required for csv.")),
        ParamDeclaration("includeArchived", .boolean("Include archived records (default: true for json, false for csv).")),
    ]
    static let result = JSONSchema.anyOf([
        JSONSchema.object("The JSON document.", [
            JSONSchema.enumeration(["json"]).property("format", required: true),
            JSONSchema.integer("Document format version.", minimum: 1).property("version", required: true),
            JSONSchema.string(format: .dateTime).property("exportedAt", required: true),
            JSONSchema.integer("Change sets the source had applied.", minimum: 0).property("changeSets", required: true),
            JSONSchema.object("Record arrays in stored form.", RecordTransfer.sections.map { JSONSchema.array(of: .object(nil, [], additionalProperties: true)).property($0.name, required: true) })
                .property("records", required: true),
            JSONSchema.object(nil, [], additionalProperties: true).property("settings", required: true),
        ]),
        JSONSchema.object("One record type as CSV.", [
            JSONSchema.enumeration(["csv"]).property("format", required: true),
            JSONSchema.enumeration(CSVObject.allCases.map(\.rawValue)).property("object", required: true),
            JSONSchema.array(of: .string()).property("header", required: true),
            JSONSchema.integer("Data rows (the header not counted).", minimum: 0).property("rows", required: true),
            JSONSchema.string("RFC 4180 text, header first.").property("csv", required: true),
        ]),
    ])
    static let errors: [ErrorCode] = [.forbidden]
    static let examples = [
        DemoExamples.example(AdminExport.self, "Contacts for a spreadsheet", ["format": "csv", "object": "contact"]),
    ]

    struct Params: RPCParams {
        let csvObject: CSVObject?
        let includeArchived: Bool?

        init(from params: ParamReader) throws {
            includeArchived = params.bool("includeArchived")
            guard params.string("format") == "csv" else {
                csvObject = nil
                return
            }
            guard let object = params.enumeration("object", CSVObject.self) else {
                throw ValidationFailure([ValidationProblem(path: params.path(of: "object"), reason: .required)])
            }
            csvObject = object
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        try context.requireAdmin(name)
        guard let object = params.csvObject else {
            var done: [Int] = []
            var total = 0
            let document = RecordTransfer.exportDocument(context.state, includeArchived: params.includeArchived ?? true, exportedAt: context.now) {
                if $0 % ServerContext.progressStep == 0 || $0 == $1 { done.append($0) }
                total = $1
            }
            for count in done { context.reportProgress(name, done: count, total: total) }
            return .object(document)
        }
        let records = RecordTransfer.records(object.kind, in: context.state, includeArchived: params.includeArchived ?? false)
        var writer = CSVWriter()
        writer.append(object.columns)
        for (index, record) in records.enumerated() {
            let stored = RecordCodec.encode(record)
            writer.append(object.columns.map { CSVObject.text(stored[$0]) })
            context.reportProgress(name, done: index + 1, total: records.count)
        }
        return [
            "format": "csv", "object": .string(object.rawValue), "header": .array(object.columns.map(JSONValue.string)),
            "rows": JSONValue(records.count), "csv": .string(writer.text),
        ]
    }
}
