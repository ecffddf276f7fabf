import CRMCore
import CRMStore
import JSONRPC

/// Plans a CSV import: reads the text, maps columns to fields, and runs each row through its
/// create method in a scratch in-memory session, so the rules, defaults and errors are exactly the
/// API's and later rows see earlier ones (duplicate accounts within one file are caught too).
enum CSVImport {
    /// What the rows would do; the caller decides whether to commit `changes` as one change set.
    struct Report {
        var changes: [RecordChange] = []
        var ids: [RecordID] = []
        var errors: [JSONValue] = []
        var badRows = 0
        var skipped = 0

        func jsonValue(dryRun: Bool) -> JSONValue {
            [
                "imported": JSONValue(ids.count), "skipped": JSONValue(skipped), "errors": .array(errors),
                "ids": .array(ids.map { .string($0.description) }), "dryRun": .bool(dryRun),
            ]
        }
    }

    static func plan(_ object: CSVObject, text: String, mapping: [String: String?], context: inout ServerContext) throws -> Report {
        var report = Report()
        let rows: [CSVReader.Record]
        do {
            rows = try CSVReader.read(text)
        } catch {
            report.errors.append(["line": JSONValue(error.line), "reason": .string(error.reason)])
            return report
        }
        guard let header = rows.first else {
            report.errors.append(["line": 1, "reason": "the text has no header row"])
            return report
        }
        let fields = columnFields(header, object, mapping, &report)
        guard report.errors.isEmpty else { return report }
        var options = context.options
        options.storage = .inMemory
        options.readOnly = false
        options.user = context.actor.handle
        var scratch = try ServerContext(options: options, log: context.log, glossary: context.glossarySource, state: context.state)
        let declarations = Dictionary(object.declarations.map { ($0.name, $0.schema) }, uniquingKeysWith: { first, _ in first })
        let total = rows.count - 1
        for (index, row) in rows.dropFirst().enumerated() {
            defer { context.reportProgress(AdminImport.name, done: index + 1, total: total) }
            if row.fields.allSatisfy(\.isEmpty) { continue }  // a spreadsheet's padding row (",,,")
            if row.fields.count > header.fields.count {
                report.fail(row.line, [["line": JSONValue(row.line), "reason": .string("\(row.fields.count) fields, but the header has \(header.fields.count)")]])
                continue
            }
            var params = JSONObject()
            for (field, cell) in zip(fields, row.fields) {
                guard let field, !cell.isEmpty, let schema = declarations[field] else { continue }
                params.append(field, CSVObject.value(cell, for: schema))
            }
            let before = scratch.state.changeLog.count
            do {
                try object.create(params, in: &scratch)
            } catch {
                report.fail(row.line, problems(error, line: row.line, scratch.language))
                continue
            }
            for changeSet in scratch.state.changeLog.dropFirst(before) {
                report.changes += changeSet.changes
                if let id = changeSet.changes.lazy.compactMap({ change -> RecordID? in
                    if case .upsert(let record) = change, record.id.kind == object.kind { record.id } else { nil }
                }).first {
                    report.ids.append(id)
                }
            }
        }
        return report
    }

    /// The field each column feeds (nil: ignored); unknown columns and mapping mistakes are errors on the header's line.
    private static func columnFields(_ header: CSVReader.Record, _ object: CSVObject, _ mapping: [String: String?],
                                     _ report: inout Report) -> [String?] {
        let names = object.declarations.map(\.name)
        let known = Set(names)
        // Unmapped headers match field names ignoring case and surrounding spaces ("Email" fills email).
        var byFolded: [String: String] = [:]
        for name in names + CSVObject.informational { byFolded[name.lowercased()] = name }
        var used: [String: String] = [:]
        let columns = header.fields
        for key in mapping.keys.sorted() where !columns.contains(key) {
            report.errors.append(["line": JSONValue(header.line), "reason": .string("mapping names column \"\(key)\", which the header does not have"),
                                  "path": .string("$.mapping.\(key)")])
        }
        return columns.map { column -> String? in
            let trimmed = String(column.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            let field: String? = if let mapped = mapping[column] { mapped } else { byFolded[trimmed.lowercased()] ?? column }
            guard let field, !CSVObject.informational.contains(field) else { return nil }
            guard known.contains(field) else {
                let fields = object.declarations.map(\.name).joined(separator: ", ")
                report.errors.append(["line": JSONValue(header.line), "reason": .string("column \"\(column)\" is not a \(object.rawValue) field (\(fields)); map it or map it to null")])
                return nil
            }
            if let other = used[field] {
                report.errors.append(["line": JSONValue(header.line), "reason": .string("columns \"\(other)\" and \"\(column)\" both fill \(field)")])
            }
            used[field] = column
            return field
        }
    }

    /// What the create call answered, as row errors: one per field problem, else the message.
    private static func problems(_ error: any Error, line: Int, _ language: MessageLanguage) -> [JSONValue] {
        let response: ResponseError
        switch error {
        case let error as ValidationFailure:
            return error.problems.map { ["line": JSONValue(line), "reason": .string($0.message(language)), "path": .string($0.path)] }
        case let error as ResponseError: response = error
        case let error as any ResponseErrorConvertible: response = error.responseError(language: language)
        default: return [["line": JSONValue(line), "reason": .string(String(describing: error))]]
        }
        guard let items = response.details["errors"]?.arrayValue, !items.isEmpty else {
            return [["line": JSONValue(line), "reason": .string(response.message)]]
        }
        return items.map { item in
            var entry: JSONObject = ["line": JSONValue(line), "reason": item["message"] ?? .string(response.message)]
            if let path = item["path"] { entry.append("path", path) }
            return .object(entry)
        }
    }
}

extension CSVImport.Report {
    mutating func fail(_ line: Int, _ problems: [JSONValue]) {
        badRows += 1
        errors += problems
    }
}
