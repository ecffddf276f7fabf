import CRMCore
import JSONRPC

/// `settings.update`: admins only.
enum SettingsUpdate: RPCMethod {
    static let name = "settings.update"
    static let summary = "Changes the base currency, fiscal year start month or time zone; admins only."
    static let description: String? = "Use when the company's fiscal calendar or reporting currency changes. Every KPI is recomputed from it."
    static let params = [
        ParamDeclaration("baseCurrency", WireSchema.currency),
        ParamDeclaration("fiscalYearStartMonth", .integer(minimum: 1, maximum: 12)),
        ParamDeclaration("timezone", .string("IANA zone, e.g. Asia/Seoul.")),
        ParamDeclaration("ifVersion", WireSchema.ifVersion),
    ]
    static let result = SettingsJSON.schema
    static let errors: [ErrorCode] = [.forbidden, .conflict]
    static let examples = [DemoExamples.example(SettingsUpdate.self, "Seoul time, fiscal year from April", ["timezone": "Asia/Seoul", "fiscalYearStartMonth": 4])]

    struct Params: RPCParams {
        let patch: SettingsPatch

        init(from params: ParamReader) {
            patch = SettingsPatch(baseCurrency: params.string("baseCurrency"), fiscalYearStartMonth: params.int("fiscalYearStartMonth"),
                                  timezone: params.string("timezone"), ifVersion: params.int("ifVersion"))
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> JSONValue {
        let planned = try flat("settings") { () throws(CRMError) in try context.state.updateSettings(params.patch, context.operation) }
        return SettingsJSON.value(try context.commit(planned))
    }
}
