import CRMCore
import JSONRPC

/// The writable fields of an opportunity, shared by create, update and `lead.convert`'s deal.
enum OpportunityFields {
    /// The deal terms (also what `lead.convert {opportunity}` accepts).
    static let terms: [FieldParam] = [
        FieldParam("name", .string("Deal name.", minLength: 1, maxLength: 200), required: true, clearable: false),
        FieldParam("stage", WireSchema.enumeration(OpportunityStage.self, "Default prospect."), clearable: false),
        FieldParam("acv", WireSchema.money.described("Annual contract value in major units (≤ 2 decimals). Default 0."), clearable: false),
        FieldParam("currency", WireSchema.currency, clearable: false),
        FieldParam("termYears", .integer("Contract years, 1…10 (default 1).", minimum: 1, maximum: 10), clearable: false),
        FieldParam("oneTimeFees", WireSchema.money.described("One-time fees (default 0)."), clearable: false),
        FieldParam("closeDate", WireSchema.day.described("Expected close date.")),
        FieldParam("type", WireSchema.enumeration(OpportunityType.self, "Default expansion when the account already has a won deal, else new."), clearable: false),
        FieldParam("probability", .integer("Overrides the stage default (10/25/50/75/100/0); null returns to it.", minimum: 0, maximum: 100)),
    ]

    static let all: [FieldParam] = [terms[0]] + [
        FieldParam("accountId", WireSchema.id(.account), required: true, clearable: false),
        FieldParam("primaryContactId", WireSchema.id(.contact)),
    ] + terms.dropFirst() + [
        FieldParam("ownerId", WireSchema.id(.user, "The owning BD (default: the acting user)."), clearable: false),
        FieldParam("lostReason", .string("Required to enter lost.")),
    ]

    static func conversion(_ params: ParamReader) throws -> ConversionOpportunity {
        ConversionOpportunity(
            name: params.string("name"), stage: params.enumeration("stage", OpportunityStage.self), acv: try params.money("acv"),
            currency: params.string("currency"), termYears: params.int("termYears"), oneTimeFees: try params.money("oneTimeFees"),
            closeDate: params.day("closeDate"), type: params.enumeration("type", OpportunityType.self), probability: params.int("probability"))
    }
}
