import CRMCore
import JSON

/// Opportunities, quotas and notes.
extension RecordCodec {
    static func encode(_ deal: Opportunity) -> JSONObject {
        var object = common(deal.id)
        object.append("name", .string(deal.name))
        object.append("accountId", JSONValue(deal.accountId))
        object.append("primaryContactId", JSONValue(deal.primaryContactId))
        object.append("stage", .string(deal.stage.rawValue))
        object.append("acv", JSONValue(amount: deal.acv))
        object.append("currency", .string(deal.currency.code))
        object.append("termYears", JSONValue(deal.termYears))
        object.append("oneTimeFees", JSONValue(amount: deal.oneTimeFees))
        object.append("tcv", JSONValue(amount: deal.tcv))
        object.append("closeDate", JSONValue(deal.closeDate))
        object.append("type", .string(deal.type.rawValue))
        object.append("ownerId", JSONValue(deal.ownerId))
        object.append("lostReason", JSONValue(deal.lostReason))
        object.append("lastOpenStage", JSONValue(enumValue: deal.lastOpenStage))
        object.append("probability", JSONValue(deal.probability))
        object.append("probabilityOverridden", .bool(deal.probabilityOverridden))
        object.append("forecastCategory", .string(deal.forecastCategory.rawValue))
        object.append("stageHistory", .array(deal.stageHistory.map { change -> JSONValue in
            ["stage": .string(change.stage.rawValue), "at": JSONValue(change.at), "by": JSONValue(change.by)]
        }))
        object.append("wonAt", JSONValue(deal.wonAt))
        object.append("lostAt", JSONValue(deal.lostAt))
        object.append("leadId", JSONValue(deal.leadId))
        object.append("leadCreatedAt", JSONValue(deal.leadCreatedAt))
        return finish(object, deal.createdAt, deal.updatedAt, deal.version, deal.archived)
    }

    /// `tcv` and `forecastCategory` are derived, so they are written for readers but not read back.
    static func decodeOpportunity(_ reader: FieldReader) throws(CodecError) -> Opportunity {
        let currency = try reader.currency("currency")
        var history: [StageChange] = []
        for (index, element) in try reader.array("stageHistory").enumerated() {
            let step = try FieldReader(element, path: "\(reader.path).stageHistory[\(index)]")
            history.append(try StageChange(stage: step.enumeration("stage", OpportunityStage.self), at: step.timestamp("at"), by: step.id("by")))
        }
        var deal = try Opportunity(
            id: reader.id("id"), name: reader.string("name"), accountId: reader.id("accountId"), primaryContactId: reader.optionalID("primaryContactId"),
            stage: reader.enumeration("stage", OpportunityStage.self), acv: reader.money("acv", currency: currency), termYears: reader.int("termYears"),
            oneTimeFees: reader.money("oneTimeFees", currency: currency), closeDate: reader.optionalDay("closeDate"),
            type: reader.enumeration("type", OpportunityType.self), ownerId: reader.id("ownerId"), lostReason: reader.optionalString("lostReason"),
            lastOpenStage: reader.optionalEnumeration("lastOpenStage", OpportunityStage.self), probability: reader.int("probability"),
            stageHistory: history, wonAt: reader.optionalTimestamp("wonAt"), lostAt: reader.optionalTimestamp("lostAt"),
            leadId: reader.optionalID("leadId"), leadCreatedAt: reader.optionalTimestamp("leadCreatedAt"),
            createdAt: reader.timestamp("createdAt"), updatedAt: reader.timestamp("updatedAt"), version: reader.int("version"),
            archived: reader.bool("archived"))
        // Passing a probability marks it overridden; restore the stored flag (absent in imports: derive it).
        deal.probabilityOverridden = try reader.object["probabilityOverridden"] == nil
            ? deal.probability != deal.stage.defaultProbability : reader.bool("probabilityOverridden")
        return deal
    }

    static func encode(_ quota: Quota) -> JSONObject {
        var object = common(quota.id)
        object.append("userId", JSONValue(quota.userId))
        object.append("managerId", JSONValue(quota.managerId))
        object.append("period", .string(quota.period.description))
        object.append("amount", JSONValue(amount: quota.amount))
        object.append("currency", .string(quota.amount.currency.code))
        return finish(object, quota.createdAt, quota.updatedAt, quota.version, quota.archived)
    }

    static func decodeQuota(_ reader: FieldReader) throws(CodecError) -> Quota {
        guard let period = QuotaPeriod(try reader.string("period")) else { throw CodecError("\(reader.path).period", "not a quarter (2026-Q4) or month (2026-11)") }
        return try Quota(id: reader.id("id"), userId: reader.optionalID("userId"), managerId: reader.optionalID("managerId"), period: period,
                         amount: reader.money("amount", currency: reader.currency("currency")), createdAt: reader.timestamp("createdAt"),
                         updatedAt: reader.timestamp("updatedAt"), version: reader.int("version"), archived: reader.bool("archived"))
    }

    static func encode(_ note: Note) -> JSONObject {
        var object = common(note.id)
        object.append("recordId", JSONValue(note.recordId))
        object.append("authorId", JSONValue(note.authorId))
        object.append("at", JSONValue(note.at))
        object.append("text", .string(note.text))
        return finish(object, note.createdAt, note.updatedAt, note.version, note.archived)
    }

    static func decodeNote(_ reader: FieldReader) throws(CodecError) -> Note {
        try Note(id: reader.id("id"), recordId: reader.id("recordId"), authorId: reader.id("authorId"), at: reader.timestamp("at"),
                 text: reader.string("text"), createdAt: reader.timestamp("createdAt"), updatedAt: reader.timestamp("updatedAt"),
                 version: reader.int("version"), archived: reader.bool("archived"))
    }
}
