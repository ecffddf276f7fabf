import CRMCore
import JSONRPC

/// Settings on the wire.
enum SettingsJSON {
    static func value(_ settings: Settings) -> JSONValue {
        [
            "baseCurrency": .string(settings.baseCurrency.code), "fiscalYearStartMonth": JSONValue(settings.fiscalYearStartMonth),
            "timezone": .string(settings.timezone), "updatedAt": .string(settings.updatedAt.rfc3339), "version": JSONValue(settings.version),
        ]
    }

    static let schema = JSONSchema.object("Instance-wide settings.", [
        JSONSchema.string("Headline currency of the dashboard.").property("baseCurrency", required: true),
        JSONSchema.integer("1 = January.", minimum: 1, maximum: 12).property("fiscalYearStartMonth", required: true),
        JSONSchema.string("IANA zone where quarter boundaries fall.").property("timezone", required: true),
        WireSchema.timestamp.property("updatedAt", required: true),
        WireSchema.version.property("version", required: true),
    ])
}
