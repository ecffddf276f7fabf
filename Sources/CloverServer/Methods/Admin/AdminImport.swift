import CRMCore
import CRMStore
import JSONRPC

/// `admin.import`: takes back what `admin.export` writes (JSON), or rows of one record type (CSV).
enum AdminImport: RPCMethod {
    static let name = "admin.import"
    static let summary = "Imports an admin.export JSON document, or CSV rows of leads, accounts, contacts or opportunities; admins only."
    static let description: String? = """
        JSON: data is the document admin.export wrote (an object, or its text). Every record keeps its id, timestamps, version and history, \
        id sequences continue after the imported ids, and the document's settings replace the current ones. Records already present exactly as in the document are skipped, so \
        importing the same document twice changes nothing. Ids already in the store \
        (other than identical records, or the bootstrap admin of an otherwise empty store) are refused with every problem listed and \
        nothing imported (409; malformed documents are invalid params). \
        CSV: data is the text; the header names the columns, mapping renames columns to fields (null ignores one); id, createdAt, \
        updatedAt, version and archived columns are ignored (new ids are given). Each row is checked by the same rules as <object>.create \
        and every bad row is reported with the physical line it starts on; nothing is imported when any row is bad unless skipBadRows. \
        dryRun reports what would happen (imported and ids are what a real run would give) and changes nothing. An import is one change, \
        all or nothing. Imports of 1,000 records or more send admin.progress notifications every 1,000 records.
        """
    static let params = [
        ParamDeclaration("format", .enumeration(["json", "csv"]), required: true),
        ParamDeclaration("data", .anyOf([.object(nil, [], additionalProperties: true), .string()], "The JSON document (object or text), or the CSV text."), required: true),
        ParamDeclaration("object", .enumeration(CSVObject.allCases.map(\.rawValue), "The record type; required for csv.")),
        ParamDeclaration("mapping", .map(of: JSONSchema.string(minLength: 1).orNull, "CSV column → field name; null ignores the column. Unmapped columns are field names.")),
        ParamDeclaration("dryRun", .boolean("Report only: nothing changes.", default: false)),
        ParamDeclaration("skipBadRows", .boolean("CSV: import the good rows and report the bad ones.", default: false)),
    ]
    static let result = JSONSchema.object(nil, [
        JSONSchema.integer("Records imported (or that would be, on a dry run).", minimum: 0).property("imported", required: true),
        JSONSchema.integer("CSV: bad rows left out (skipBadRows). JSON: records already present exactly as in the document.", minimum: 0).property("skipped", required: true),
        JSONSchema.array(of: .object(nil, [
            JSONSchema.integer("Physical line where the row starts (1 is the header).", minimum: 1).property("line", required: true),
            JSONSchema.string().property("reason", required: true),
            JSONSchema.string("The field, as a params path of the create method.").property("path"),
        ])).property("errors", required: true),
        JSONSchema.array(of: WireSchema.anyID).property("ids", required: true),
        JSONSchema.boolean().property("dryRun", required: true),
    ])
    static let errors: [ErrorCode] = [.forbidden, .conflict, .readOnly]
    static let examples = [
        DemoExamples.example(AdminImport.self, "Two leads from a spreadsheet, checked first", [
            "format": "csv", "object": "lead", "dryRun": true,
            "data": "\u{FEFF}Name,Company,Source\r\n\"Cho, Mina\",무신사,event\r\nLee Jun,\"Kakao\",referral\r\n",
            "mapping": ["Name": "name", "Company": "company", "Source": "source"],
        ]),
    ]

    struct Params: RPCParams {
        enum Input {
            case json(JSONValue)
            case csv(CSVObject, text: String, mapping: [String: String?])
        }

        let input: Input
        let dryRun: Bool
        let skipBadRows: Bool

        init(from params: ParamReader) throws {
            dryRun = params.bool("dryRun") ?? false
            skipBadRows = params.bool("skipBadRows") ?? false
            let data = params.value("data") ?? .null
            guard params.string("format") == "csv" else {
                input = .json(try Self.document(data, path: params.path(of: "data")))
                return
            }
            var problems: [ValidationProblem] = []
            let object = params.enumeration("object", CSVObject.self)
            if object == nil { problems.append(ValidationProblem(path: params.path(of: "object"), reason: .required)) }
            let text = data.stringValue
            if text == nil { problems.append(ValidationProblem(path: params.path(of: "data"), reason: .wrongType(expected: [.string], actual: data.typeName))) }
            guard let object, let text, problems.isEmpty else { throw ValidationFailure(problems) }
            var mapping: [String: String?] = [:]
            for member in params.object("mapping")?.object ?? [:] { mapping[member.key] = member.value.stringValue }
            input = .csv(object, text: text, mapping: mapping)
        }

        /// The document itself, or its text parsed.
        private static func document(_ data: JSONValue, path: String) throws -> JSONValue {
            guard let text = data.stringValue else { return data }
            do {
                return try JSONParser.parse(text)
            } catch {
                throw ValidationFailure([ValidationProblem(path: path, reason: .custom(english: "not a JSON document: \(error)", korean: "JSON 문서가 아닙니다: \(error)"))])
            }
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        try context.requireAdmin(name)
        switch params.input {
        case .json(let document):
            return try importDocument(document, dryRun: params.dryRun, context: &context)
        case .csv(let object, let text, let mapping):
            var report = try CSVImport.plan(object, text: text, mapping: mapping, context: &context)
            let refused = !report.errors.isEmpty && !params.skipBadRows
            if refused {
                report.ids = []
                report.changes = []
            } else {
                report.skipped = report.badRows
            }
            if !params.dryRun && !report.changes.isEmpty {
                let changeSet = ChangeSet(seq: context.state.lastChangeSeq + 1, at: context.now, actorId: context.actor.id,
                                          operation: "admin.import.csv", changes: report.changes)
                _ = try context.commit(Planned(value: (), changeSet: changeSet))
            }
            return report.jsonValue(dryRun: params.dryRun)
        }
    }

    private static func importDocument(_ document: JSONValue, dryRun: Bool, context: inout ServerContext) throws -> JSONValue {
        var done: [Int] = []
        var total = 0
        let plan = RecordTransfer.plan(document, against: context.state, path: "$.data") {
            if $0 % ServerContext.progressStep == 0 || $0 == $1 { done.append($0) }
            total = $1
        }
        for count in done { context.reportProgress(name, done: count, total: total) }
        if !plan.problems.isEmpty {
            let korean = context.language == .korean
            let errors = JSONValue.array(plan.problems.map { ["path": .string($0.path), "message": .string($0.reason)] })
            if plan.problems.allSatisfy(\.isConflict) {
                throw ResponseError(.conflict, korean ? "이 저장소의 기록과 겹쳐 아무것도 가져오지 않았습니다 (\(plan.problems.count)건)"
                                        : "Nothing was imported: \(plan.problems.count) record(s) collide with this store", details: ["errors": errors])
            }
            throw ResponseError(.invalidParams, korean ? "문서에 문제가 있어 아무것도 가져오지 않았습니다 (\(plan.problems.count)건)"
                                     : "Nothing was imported: the document has \(plan.problems.count) problem(s)", details: ["errors": errors])
        }
        if !dryRun {
            let changeSet = plan.changeSet(seq: context.state.lastChangeSeq + 1, at: context.now, actorId: context.actor.id)
            _ = try context.commit(Planned(value: (), changeSet: changeSet))
        }
        return [
            "imported": JSONValue(plan.records.count), "skipped": JSONValue(plan.unchanged), "errors": [],
            "ids": .array(plan.records.map { .string($0.id.description) }), "dryRun": .bool(dryRun),
        ]
    }
}
