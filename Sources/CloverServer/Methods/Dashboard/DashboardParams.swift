import CRMCore
import JSONRPC

/// `{asOf?, quarter?, scope?}` shared by the dashboard methods.
struct DashboardParams: RPCParams {
    let query: DashboardQuery
    let quarters: Int
    let chart: ChartKind

    init(from params: ParamReader) throws {
        var problems: [ValidationProblem] = []
        let quarter = params.string("quarter").flatMap { text -> FiscalQuarter? in
            if let quarter = FiscalQuarter(text) { return quarter }
            problems.append(ValidationProblem(path: params.path(of: "quarter"), reason: .custom(
                english: "must be a fiscal quarter such as 2026-Q4", korean: "2026-Q4 형식의 회계 분기여야 합니다")))
            return nil
        }
        if !problems.isEmpty { throw ValidationFailure(problems) }
        query = DashboardQuery(asOf: params.timestamp("asOf"), quarter: quarter, scope: try params.id("scope", .user))
        quarters = params.int("quarters") ?? 4
        chart = params.enumeration("kind", ChartKind.self) ?? .pipeline
    }

    static let declarations = [
        ParamDeclaration("asOf", WireSchema.timestamp.described("The instant to compute at (default now); in the past, recomputed from stage history.")),
        ParamDeclaration("quarter", .string("Fiscal quarter such as 2026-Q4 (default: the one containing asOf).")),
        ParamDeclaration("scope", WireSchema.id(.user, "Only this user's (or this manager's team's) records; within your own visibility.")),
    ]

    static let quartersDeclaration = ParamDeclaration("quarters", .integer("How many quarters, ending with the current one.", minimum: 1, maximum: 12, default: 4))

    /// `{asOf, quarter, baseCurrency}` heading every report.
    static func head(asOf: Timestamp, quarter: FiscalQuarter?, base: CurrencyCode) -> JSONObject {
        var object: JSONObject = ["asOf": .string(asOf.rfc3339)]
        if let quarter { object.append("quarter", .string(quarter.description)) }
        object.append("baseCurrency", .string(base.code))
        return object
    }

    static let headSchema: [JSONSchema.Property] = [
        WireSchema.timestamp.property("asOf", required: true),
        JSONSchema.string("Fiscal quarter, e.g. 2026-Q4.").property("quarter", required: true),
        JSONSchema.string().property("baseCurrency", required: true),
    ]
}
