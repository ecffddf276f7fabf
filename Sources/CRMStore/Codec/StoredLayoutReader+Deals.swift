import CRMCore

/// Opportunities, quotas and settings, whose amounts need their currency first (see `RecordCodec+Deals`).
extension StoredLayoutReader {
    mutating func opportunity(_ id: RecordID) throws(NotStoredLayout) -> Opportunity {
        let name = try string("name")
        let accountId = try self.id("accountId")
        let primaryContactId = try optionalID("primaryContactId")
        let stage = try enumeration("stage", OpportunityStage.self)
        try key("acv")
        let acvCents = try cents()
        let currency = try currency("currency")
        let termYears = try int("termYears")
        try key("oneTimeFees")
        let feesCents = try cents()
        try key("tcv")
        try skipNumber()  // derived: written for readers, not read back
        let closeDate = try optionalDay("closeDate")
        let type = try enumeration("type", OpportunityType.self)
        let ownerId = try self.id("ownerId")
        let lostReason = try optionalString("lostReason")
        let lastOpenStage = try optionalEnumeration("lastOpenStage", OpportunityStage.self)
        let probability = try int("probability")
        let probabilityOverridden = try bool("probabilityOverridden")
        try key("forecastCategory")
        _ = try stringBytes()  // derived, like tcv
        let history = try stageHistory("stageHistory")
        let wonAt = try optionalTimestamp("wonAt")
        let lostAt = try optionalTimestamp("lostAt")
        let leadId = try optionalID("leadId")
        let leadCreatedAt = try optionalTimestamp("leadCreatedAt")
        let createdAt = try timestamp("createdAt")
        let updatedAt = try timestamp("updatedAt")
        let version = try int("version")
        let archived = try bool("archived")
        var deal = Opportunity(
            id: id, name: name, accountId: accountId, primaryContactId: primaryContactId, stage: stage,
            acv: try money(acvCents, currency), termYears: termYears, oneTimeFees: try money(feesCents, currency), closeDate: closeDate,
            type: type, ownerId: ownerId, lostReason: lostReason, lastOpenStage: lastOpenStage, probability: probability,
            stageHistory: history, wonAt: wonAt, lostAt: lostAt, leadId: leadId, leadCreatedAt: leadCreatedAt,
            createdAt: createdAt, updatedAt: updatedAt, version: version, archived: archived)
        // Passing a probability marks it overridden; restore the stored flag (as decodeOpportunity does).
        deal.probabilityOverridden = probabilityOverridden
        return deal
    }

    private mutating func stageHistory(_ name: StaticString) throws(NotStoredLayout) -> [StageChange] {
        try key(name)
        try expect(UInt8(ascii: "["))
        var history: [StageChange] = []
        if take(UInt8(ascii: "]")) { return history }
        repeat {
            try beginObject()
            history.append(try StageChange(stage: enumeration("stage", OpportunityStage.self), at: timestamp("at"), by: self.id("by")))
            try endObject()
        } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
        return history
    }

    mutating func quota(_ id: RecordID) throws(NotStoredLayout) -> Quota {
        let userId = try optionalID("userId")
        let managerId = try optionalID("managerId")
        guard let period = QuotaPeriod(try string("period")) else { throw NotStoredLayout() }
        try key("amount")
        let amountCents = try cents()
        let currency = try currency("currency")
        return try Quota(id: id, userId: userId, managerId: managerId, period: period, amount: money(amountCents, currency),
                         createdAt: timestamp("createdAt"), updatedAt: timestamp("updatedAt"), version: int("version"), archived: bool("archived"))
    }

    mutating func settings() throws(NotStoredLayout) -> Settings {
        try beginObject()
        let settings = try Settings(baseCurrency: currency("baseCurrency"), fiscalYearStartMonth: int("fiscalYearStartMonth"),
                                    timezone: string("timezone"), updatedAt: timestamp("updatedAt"), version: int("version"))
        try endObject()
        return settings
    }

    private mutating func currency(_ name: StaticString) throws(NotStoredLayout) -> CurrencyCode {
        guard let code = CurrencyCode(try string(name)) else { throw NotStoredLayout() }
        return code
    }

    private mutating func optionalDay(_ name: StaticString) throws(NotStoredLayout) -> Day? {
        guard let text = try optionalString(name) else { return nil }
        guard let day = Day(text) else { throw NotStoredLayout() }
        return day
    }

    private func money(_ cents: Int64, _ currency: CurrencyCode) throws(NotStoredLayout) -> Money {
        do {
            return try Money(cents: cents, currency: currency)
        } catch {
            throw NotStoredLayout()
        }
    }
}
