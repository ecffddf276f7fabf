import CRMCore
import JSONRPC

/// `settings.get`.
enum SettingsGet: RPCMethod {
    static let name = "settings.get"
    static let summary = "The base currency, fiscal year start month and time zone the dashboard uses."
    static let description: String? = "Use to know how quarters are cut and which currency is the headline before reading the dashboard."
    static let result = SettingsJSON.schema
    static let examples = [DemoExamples.example(SettingsGet.self, "Defaults")]

    static func run(_ params: NoParams, context: inout ServerContext) -> JSONValue {
        SettingsJSON.value(context.state.settings)
    }
}
