import Foundation

/// A partial settings update.
public struct SettingsPatch: Hashable, Sendable {
    public var baseCurrency: String?
    public var fiscalYearStartMonth: Int?
    public var timezone: String?
    public var ifVersion: Int?

    public init(baseCurrency: String? = nil, fiscalYearStartMonth: Int? = nil, timezone: String? = nil,
                ifVersion: Int? = nil) {
        self.baseCurrency = baseCurrency
        self.fiscalYearStartMonth = fiscalYearStartMonth
        self.timezone = timezone
        self.ifVersion = ifVersion
    }
}

extension CRMState {
    /// `settings.update`: admins only. The time zone must be a known IANA name.
    public func updateSettings(_ patch: SettingsPatch, _ context: OperationContext) throws(CRMError) -> Planned<Settings> {
        let viewer = try viewer(context.actorId)
        guard viewer.isAdmin else { throw .forbidden(action: "settings.update") }
        try checkVersion(patch.ifVersion, settings.version)
        var checks = FieldChecks()
        var updated = settings
        if let code = patch.baseCurrency,
           let currency = checks.currency(code, "settings.baseCurrency", fallback: settings.baseCurrency) {
            updated.baseCurrency = currency
        }
        if let month = checks.count(patch.fiscalYearStartMonth, "settings.fiscalYearStartMonth", range: 1...12) {
            updated.fiscalYearStartMonth = month
        }
        if let zone = patch.timezone {
            if TimeZone(identifier: zone) == nil {
                checks.add("settings.timezone", .unknownValue, allowed: ["an IANA time zone, e.g. UTC, Asia/Seoul"])
            } else {
                updated.timezone = zone
            }
        }
        try checks.throwIfAny()
        guard updated != settings else {
            return Planned(value: settings, changeSet: makeChangeSet("settings.update", context, []))
        }
        updated.version += 1
        updated.updatedAt = context.now
        return Planned(value: updated, changeSet: makeChangeSet("settings.update", context, [.settings(updated)]))
    }
}
