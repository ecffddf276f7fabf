import CRMCore
import JSONRPC

/// `dashboard.pipeline`: amount and count per stage.
enum DashboardPipelineMethod: RPCMethod {
    static let name = "dashboard.pipeline"
    static let summary = "Amount and count per stage: open stages as they stand at asOf, won and lost closed in the quarter."
    static let description: String? = "Use for the pipeline-by-stage view (dashboard.chart kind pipeline draws it)."
    static let params = DashboardParams.declarations
    static let result = JSONSchema.object(nil, DashboardParams.headSchema + [
        JSONSchema.array(of: .object(nil, [
            WireSchema.enumeration(OpportunityStage.self).property("stage", required: true),
            JSONSchema.string("In the session language.").property("label", required: true),
            WireSchema.tally.property("tally", required: true),
        ])).property("stages", required: true),
    ])
    static let errors: [ErrorCode] = [.notFound]
    static let examples = [DemoExamples.example(DashboardPipelineMethod.self, "This quarter")]

    typealias Params = DashboardParams

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let report = try context.state.dashboardPipeline(params.query, by: context.actor.id, now: context.now)
        var object = DashboardParams.head(asOf: report.asOf, quarter: report.quarter, base: report.baseCurrency)
        object.append("stages", .array(report.stages.map { stage in
            ["stage": .string(stage.stage.rawValue), "label": .string(stage.stage.label(context.domainLanguage)), "tally": stage.tally.json]
        }))
        return .object(object)
    }
}

/// `dashboard.forecast`: per forecast category.
enum DashboardForecastMethod: RPCMethod {
    static let name = "dashboard.forecast"
    static let summary = "Amount and count per forecast category (pipeline, best case, commit, closed, omitted)."
    static let description: String? = "Use for the forecast call: open deals by category plus those closed in the quarter."
    static let params = DashboardParams.declarations
    static let result = JSONSchema.object(nil, DashboardParams.headSchema + [
        JSONSchema.array(of: DashboardSummaryMethod.categorySchema).property("categories", required: true),
    ])
    static let errors: [ErrorCode] = [.notFound]
    static let examples = [DemoExamples.example(DashboardForecastMethod.self, "This quarter")]

    typealias Params = DashboardParams

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let report = try context.state.dashboardForecast(params.query, by: context.actor.id, now: context.now)
        var object = DashboardParams.head(asOf: report.asOf, quarter: report.quarter, base: report.baseCurrency)
        object.append("categories", .array(report.categories.map { DashboardSummaryMethod.categoryJSON($0, context.domainLanguage) }))
        return .object(object)
    }
}
