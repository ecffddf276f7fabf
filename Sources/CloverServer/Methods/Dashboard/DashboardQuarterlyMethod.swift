import CRMCore
import JSONRPC

/// `dashboard.quarterly`: won against the quota goal, quarter by quarter.
enum DashboardQuarterlyMethod: RPCMethod {
    static let name = "dashboard.quarterly"
    static let summary = "Won amount per fiscal quarter against the quota goal, with attainment, for the last N quarters."
    static let description: String? = "Use for trend questions (\"are we beating quota quarter after quarter?\"); dashboard.chart kind quarterly draws it."
    static let params = DashboardParams.declarations + [DashboardParams.quartersDeclaration]
    static let result = JSONSchema.object(nil, [
        WireSchema.timestamp.property("asOf", required: true),
        JSONSchema.string().property("baseCurrency", required: true),
        JSONSchema.array(of: .object(nil, [
            JSONSchema.string().property("quarter", required: true),
            WireSchema.tally.property("won", required: true),
            WireSchema.moneyValue.orNull.property("quota", required: true),
            JSONSchema.number().orNull.property("attainmentPercent", required: true),
        ])).property("quarters", required: true),
    ])
    static let errors: [ErrorCode] = [.notFound]
    static let examples = [DemoExamples.example(DashboardQuarterlyMethod.self, "The last four quarters", ["quarters": 4])]

    typealias Params = DashboardParams

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let report = try context.state.dashboardQuarterly(quarters: params.quarters, params.query, by: context.actor.id, now: context.now)
        return [
            "asOf": .string(report.asOf.rfc3339), "baseCurrency": .string(report.baseCurrency.code),
            "quarters": .array(report.quarters.map { quarter in
                ["quarter": .string(quarter.quarter.description), "won": quarter.won.json,
                 "quota": DashboardSummaryMethod.moneyValue(quarter.quota), "attainmentPercent": quarter.attainmentPercent.json]
            }),
        ]
    }
}

/// `dashboard.chart`: a picture of one report, as self-contained SVG.
enum DashboardChartMethod: RPCMethod {
    static let name = "dashboard.chart"
    static let summary = "A self-contained SVG chart: pipeline by stage, forecast categories, or quarterly won vs the quota goal line."
    static let description: String? = "Use when a person would rather look than read: embed the svg text directly (no external fonts or images). Labels follow the session language."
    static let params = [
        ParamDeclaration("kind", WireSchema.enumeration(ChartKind.self), required: true),
        ParamDeclaration("format", .enumeration(["svg"], "Only svg in v1.")),
    ] + DashboardParams.declarations + [DashboardParams.quartersDeclaration]
    static let result = JSONSchema.object(nil, [
        WireSchema.enumeration(ChartKind.self).property("kind", required: true),
        JSONSchema.enumeration(["svg"]).property("format", required: true),
        JSONSchema.string("The SVG document.").property("svg", required: true),
    ])
    static let errors: [ErrorCode] = [.notFound]
    static let examples = [DemoExamples.example(DashboardChartMethod.self, "Pipeline by stage", ["kind": "pipeline", "format": "svg"])]

    typealias Params = DashboardParams

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let svg = try context.state.dashboardChart(params.chart, params.query, quarters: params.quarters, language: context.domainLanguage,
                                                   by: context.actor.id, now: context.now)
        return ["kind": .string(params.chart.rawValue), "format": "svg", "svg": .string(svg)]
    }
}
