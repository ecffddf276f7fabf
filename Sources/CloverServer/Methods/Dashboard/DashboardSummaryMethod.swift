import CRMCore
import JSONRPC

/// `dashboard.summary`: the KPIs of SPEC §5.
enum DashboardSummaryMethod: RPCMethod {
    static let name = "dashboard.summary"
    static let summary = "The sales KPIs: total pipeline, won QTD, win rate, sales cycle, active leads, commit, forecast, quota attainment, velocity, ARR/MRR."
    static let description: String? = """
        Use for "how are we doing this quarter". Definitions are exactly SPEC §5: fiscal quarter containing asOf in the configured time zone; \
        sums per currency with the base currency as headline (otherCurrencies beside it); only records the acting user may see. \
        A past asOf recomputes from stage history. Ratios are null when undefined (nothing closed, no quota).
        """
    static let params = DashboardParams.declarations
    static let result = JSONSchema.object(nil, DashboardParams.headSchema + [
        WireSchema.timestamp.property("quarterStart", required: true),
        WireSchema.timestamp.property("quarterEnd", required: true),
        WireSchema.tally.property("totalPipeline", required: true),
        WireSchema.tally.property("wonQtd", required: true),
        JSONSchema.object(nil, [
            JSONSchema.integer(minimum: 0).property("won", required: true), JSONSchema.integer(minimum: 0).property("lost", required: true),
            JSONSchema.number("won ÷ (won + lost) by count, 0…1.").orNull.property("byCount", required: true),
            JSONSchema.number("The same by amount (base currency), 0…1.").orNull.property("byAmount", required: true),
        ]).property("winRate", required: true),
        JSONSchema.number("Mean days lead (or deal) creation → won.").orNull.property("avgSalesCycleDays", required: true),
        JSONSchema.integer(minimum: 0).property("activeLeads", required: true),
        WireSchema.tally.property("forecastCommit", required: true),
        JSONSchema.array(of: categorySchema).property("forecastByCategory", required: true),
        WireSchema.moneyValue.orNull.property("quota", required: true),
        JSONSchema.number("Won QTD ÷ quota × 100.").orNull.property("quotaAttainmentPercent", required: true),
        WireSchema.moneyValue.orNull.property("pipelineVelocityPerDay", required: true),
        WireSchema.tally.property("arr", required: true),
        JSONSchema.array(of: WireSchema.moneyValue).property("mrr", required: true),
    ])
    static let errors: [ErrorCode] = [.notFound]
    static let examples = [DemoExamples.example(DashboardSummaryMethod.self, "This quarter, everyone")]

    static let categorySchema = JSONSchema.object(nil, [
        WireSchema.enumeration(ForecastCategory.self).property("category", required: true),
        JSONSchema.string("In the session language.").property("label", required: true),
        WireSchema.tally.property("tally", required: true),
    ])

    typealias Params = DashboardParams

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let summary = try context.state.dashboardSummary(params.query, by: context.actor.id, now: context.now)
        var object = DashboardParams.head(asOf: summary.asOf, quarter: summary.quarter, base: summary.baseCurrency)
        object.append("quarterStart", .string(summary.quarterStart.rfc3339))
        object.append("quarterEnd", .string(summary.quarterEnd.rfc3339))
        object.append("totalPipeline", summary.totalPipeline.json)
        object.append("wonQtd", summary.wonQTD.json)
        object.append("winRate", [
            "won": JSONValue(summary.winRate.wonCount), "lost": JSONValue(summary.winRate.lostCount),
            "byCount": summary.winRate.byCount.json, "byAmount": summary.winRate.byAmount.json,
        ])
        object.append("avgSalesCycleDays", summary.avgSalesCycleDays.json)
        object.append("activeLeads", JSONValue(summary.activeLeads))
        object.append("forecastCommit", summary.forecastCommit.json)
        object.append("forecastByCategory", .array(summary.forecastByCategory.map { categoryJSON($0, context.domainLanguage) }))
        object.append("quota", moneyValue(summary.quota))
        object.append("quotaAttainmentPercent", summary.quotaAttainmentPercent.json)
        object.append("pipelineVelocityPerDay", moneyValue(summary.pipelineVelocityPerDay))
        object.append("arr", summary.arr.json)
        object.append("mrr", .array(summary.mrr.map { moneyValue($0) }))
        return .object(object)
    }

    static func categoryJSON(_ tally: CategoryTally, _ language: Language) -> JSONValue {
        ["category": .string(tally.category.rawValue), "label": .string(tally.category.label(language)), "tally": tally.tally.json]
    }

    static func moneyValue(_ money: Money?) -> JSONValue {
        guard let money else { return .null }
        return ["amount": money.json, "currency": .string(money.currency.code)]
    }
}
