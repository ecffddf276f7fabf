/// A `ListQuery` checked against a record type's fields, with its values read by field kind.
struct CompiledQuery {
    struct Filter {
        var field: String
        var kind: FieldKind
        var op: FilterOperator
        var values: [FieldValue]
        /// Folded text for contains/prefix.
        var foldedText: String
    }

    struct Sort {
        var field: String
        var kind: FieldKind
        var descending: Bool
    }

    var filters: [Filter] = []
    var sort: [Sort] = []
    var limit = ListQuery.defaultLimit
    var includeArchived = false

    /// Checks every field name, operator and value; all problems are reported together.
    init(_ query: ListQuery, specs: [FieldSpec]) throws(CRMError) {
        var checks = FieldChecks()
        let byName = Dictionary(specs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let names = specs.map(\.name)
        func lookup(_ name: String, _ path: String) -> FieldSpec? {
            if let spec = byName[name] { return spec }
            checks.problems.append(FieldProblem(path, .unknownField, suggestion: EditDistance.suggestion(for: name, among: names)))
            return nil
        }
        for (index, filter) in query.filters.enumerated() {
            let path = "filters[\(index)]"
            guard let spec = lookup(filter.field, "\(path).field") else { continue }
            if !CompiledQuery.accepts(spec.kind, filter.op) {
                checks.add("\(path).op", .unknownValue, allowed: CompiledQuery.operators(for: spec.kind).map(\.rawValue))
                continue
            }
            var raw = [filter.value]
            if filter.op == .in {
                guard case .list(let items) = filter.value else {
                    checks.add("\(path).value", .invalidFormat, allowed: ["a list"])
                    continue
                }
                raw = items
            }
            var values: [FieldValue] = []
            for (offset, item) in raw.enumerated() {
                let itemPath = filter.op == .in ? "\(path).value[\(offset)]" : "\(path).value"
                if let value = CompiledQuery.read(item, spec, itemPath, &checks) { values.append(value) }
            }
            var folded = ""
            if filter.op == .contains || filter.op == .prefix, case .string(let text)? = values.first {
                folded = TextFolding.fold(text)
            }
            filters.append(Filter(field: spec.name, kind: spec.kind, op: filter.op, values: values, foldedText: folded))
        }
        for (index, key) in query.sort.enumerated() {
            guard let spec = lookup(key.field, "sort[\(index)].field") else { continue }
            sort.append(Sort(field: spec.name, kind: spec.kind, descending: key.descending))
        }
        if query.sort.isEmpty { sort = [Sort(field: "createdAt", kind: .timestamp, descending: true)] }
        if let limit = query.limit {
            if !(1...ListQuery.maximumLimit).contains(limit) {
                checks.add("limit", .outOfRange, allowed: ["1...\(ListQuery.maximumLimit)"])
            }
            self.limit = limit
        }
        includeArchived = query.includeArchived
        try checks.throwIfAny()
    }

    static func operators(for kind: FieldKind) -> [FilterOperator] {
        switch kind {
        case .string, .id, .enumeration: FilterOperator.allCases
        case .bool: [.eq, .ne, .in]
        case .int, .money, .timestamp, .day: [.eq, .ne, .in, .gt, .gte, .lt, .lte]
        }
    }

    static func accepts(_ kind: FieldKind, _ op: FilterOperator) -> Bool {
        operators(for: kind).contains(op)
    }

    /// Reads a wire value as a value of the field's kind.
    private static func read(_ value: QueryValue, _ spec: FieldSpec, _ path: String,
                             _ checks: inout FieldChecks) -> FieldValue? {
        if case .null = value { return .null }
        switch (spec.kind, value) {
        case (.string, .string(let text)), (.id, .string(let text)):
            return .string(text)
        case (.enumeration, .string(let text)):
            if let allowed = spec.allowed, !allowed.contains(text) {
                checks.add(path, .unknownValue, allowed: allowed)
                return nil
            }
            return .string(text)
        case (.int, .number(let text)):
            guard let number = Int64(text) else { break }
            return .int(number)
        case (.money, .number(let text)):
            do {
                return .money(try Money(parsing: text, currency: .usd))
            } catch {
                checks.add(path, FieldReason(error))
                return nil
            }
        case (.timestamp, .string(let text)):
            guard let time = Timestamp(rfc3339: text) else { break }
            return .timestamp(time)
        case (.day, .string(let text)):
            guard let day = Day(text) else { break }
            return .day(day)
        case (.bool, .bool(let flag)):
            return .bool(flag)
        default:
            break
        }
        checks.add(path, .invalidFormat, allowed: [spec.kind.rawValue])
        return nil
    }
}
