import CRMCore
import JSONRPC

/// `{filters?, sort?, limit?, cursor?, includeArchived?}` of every `<type>.list`.
struct ListParams<Record: CRMRecord>: RPCParams {
    let query: ListQuery

    init(from params: ParamReader) throws {
        let filters = (params.value("filters")?.arrayValue ?? []).compactMap { element -> FieldFilter? in
            guard let object = element.objectValue, let field = object["field"]?.stringValue,
                  let op = object["op"]?.stringValue.flatMap(FilterOperator.init(rawValue:)) else { return nil }
            return FieldFilter(field, op, Self.queryValue(object["value"] ?? .null))
        }
        let sort = (params.value("sort")?.arrayValue ?? []).compactMap { element -> SortKey? in
            guard let field = element["field"]?.stringValue else { return nil }
            return SortKey(field, descending: element["direction"]?.stringValue == "desc")
        }
        query = ListQuery(filters: filters, sort: sort, limit: params.int("limit") ?? 50, cursor: params.string("cursor"),
                          includeArchived: params.bool("includeArchived") ?? false)
    }

    /// Numbers keep their text so money and large integers compare exactly.
    static func queryValue(_ value: JSONValue) -> QueryValue {
        switch value {
        case .string(let text): .string(text)
        case .number(let number): .number(number.text)
        case .bool(let flag): .bool(flag)
        case .array(let elements): .list(elements.map(queryValue))
        case .null, .object: .null
        }
    }

    static var fieldNames: [String] { Record.fieldSpecs.map(\.name) }

    static var declarations: [ParamDeclaration] {
        let scalar = JSONSchema.anyOf([.string(), .number(), .boolean(), JSONSchema.any.described("null")])
        var nullSchema = JSONSchema()
        nullSchema.types = [.null]
        let value = JSONSchema.anyOf([.string(), .number(), .boolean(), nullSchema, .array(of: scalar)],
                                     "The value to compare with; an array for `in`. Money as a number, times as RFC 3339, enums by value.")
        return [
            ParamDeclaration("filters", .array(of: .object(nil, [
                JSONSchema.enumeration(fieldNames, "Any scalar field of the record.").property("field", required: true),
                WireSchema.enumeration(FilterOperator.self).property("op", required: true),
                value.property("value", required: true),
            ]), "All filters must match (AND).")),
            ParamDeclaration("sort", .array(of: .object(nil, [
                JSONSchema.enumeration(fieldNames).property("field", required: true),
                JSONSchema.enumeration(["asc", "desc"]).property("direction"),
            ]), "Sort keys in order; default createdAt descending, id breaks ties.")),
            ParamDeclaration("limit", .integer("Items per page.", minimum: 1, maximum: 500, default: 50)),
            ParamDeclaration("cursor", .string("The nextCursor of the previous page (opaque).")),
            ParamDeclaration("includeArchived", .boolean("Include archived records.", default: false)),
        ]
    }
}

/// One page of records, written straight into the response; items are cut (and `truncated` set)
/// before the answer would exceed about 1 MiB.
struct ListOutput<Record: CRMRecord>: JSONWritable {
    static var byteBudget: Int { 1 << 20 }

    let page: ListPage<Record>
    /// The cursor continuing right after an item, for a page cut short.
    let cursorAfter: (Record) -> String?

    func writeJSON(to writer: inout JSONWriter) {
        let start = writer.count
        var truncated = false
        var lastWritten: Record?
        writer.beginObject()
        writer.key("items")
        writer.beginArray()
        for record in page.items {
            let mark = writer.count
            writer.nextElement()
            RecordJSON.write(record.erased, to: &writer)
            if writer.count - start > Self.byteBudget {
                writer.truncate(to: mark)
                truncated = true
                break
            }
            lastWritten = record
        }
        writer.endArray()
        // A cut page continues after the last item sent, so no record is skipped.
        let next: String? = truncated ? lastWritten.flatMap(cursorAfter) ?? page.nextCursor : page.nextCursor
        writer.member("nextCursor", next)
        writer.member("total", page.total)
        writer.member("truncated", truncated)
        writer.endObject()
    }

    static var schema: JSONSchema {
        .object("One page of records.", [
            JSONSchema.array(of: RecordSchema.of(Record.kind)).property("items", required: true),
            JSONSchema.string("Pass as cursor for the next page; null on the last page.").orNull.property("nextCursor", required: true),
            JSONSchema.integer("Records matching in all (visible ones only).", minimum: 0).property("total", required: true),
            JSONSchema.boolean("True when items were cut to keep the answer under about 1 MiB; narrow the query or lower limit.").property("truncated", required: true),
        ])
    }
}

/// `<type>.list`: visible records, filtered, sorted, paged.
protocol RecordListMethod: RPCMethod where Context == ServerContext, Params == ListParams<Record>, Output == ListOutput<Record> {
    associatedtype Record: CRMRecord
}

extension RecordListMethod {
    static var name: String { Record.kind.methodNoun + ".list" }
    static var summary: String { "Lists visible \(Record.kind.plural) with filters, sort and cursor paging." }
    static var description: String? {
        "Use to browse or find \(Record.kind.plural) by field values (e.g. status eq qualified, createdAt gte a date). Only records the acting user may see are listed and counted. Pages hold `limit` items; pass nextCursor back as cursor for the next page."
    }
    static var params: [ParamDeclaration] { Params.declarations }
    static var result: JSONSchema { Output.schema }

    static func run(_ params: Params, context: inout ServerContext) throws -> ListOutput<Record> {
        let state = context.state
        let query = params.query
        return ListOutput(page: try state.list(Record.self, query, by: context.actor.id)) { record in
            try? state.listCursor(after: record, query)
        }
    }
}
