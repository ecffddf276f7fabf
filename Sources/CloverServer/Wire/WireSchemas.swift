import CRMCore
import JSONRPC

/// Schemas of the values methods share: ids, money, timestamps, enums taken from CRMCore so the
/// contract cannot drift from the rules.
enum WireSchema {
    static func values<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> [String] where E.RawValue == String {
        type.allCases.map(\.rawValue)
    }

    static func enumeration<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ description: String? = nil) -> JSONSchema
    where E.RawValue == String {
        .enumeration(values(type), description)
    }

    static func id(_ kind: RecordKind, _ description: String? = nil) -> JSONSchema {
        JSONSchema.string(description ?? "\("aeio".contains(kind.rawValue.prefix(1)) ? "An" : "A") \(kind.rawValue) id such as \(kind.prefix)_1.", minLength: 3, maxLength: 40)
            .example(.string("\(kind.prefix)_1"))
    }

    static let anyID = JSONSchema.string("A record id: type prefix + sequence number (lead_42, acct_7, opp_3).", minLength: 3, maxLength: 40)
    static let timestamp = JSONSchema.string("RFC 3339 UTC.", format: .dateTime)
    static let day = JSONSchema.string("YYYY-MM-DD.", format: .date)
    /// Money in major units with at most two decimals, converted exactly (never through Double).
    static let money = JSONSchema.number("An amount in major units, at most 2 decimals.", maximumDecimals: 2)
    static let currency = JSONSchema.string("ISO 4217 code (default: the base currency).", format: .currency)
    static let ifVersion = JSONSchema.integer("Only apply when the record is still at this version (409 otherwise).", minimum: 1)
    static let text = JSONSchema.string()
    static let version = JSONSchema.integer(minimum: 1)

    /// `{amount, currency}`.
    static let moneyValue = JSONSchema.object(nil, [
        money.property("amount", required: true), JSONSchema.string().property("currency", required: true),
    ])

    /// A per-currency sum: the base-currency headline plus the other currencies beside it.
    static let tally = JSONSchema.object("A sum and count per currency; the headline is the base currency.", [
        money.property("amount", required: true),
        JSONSchema.string().property("currency", required: true),
        JSONSchema.integer(minimum: 0).property("count", required: true),
        JSONSchema.array(of: .object(nil, [
            money.property("amount", required: true), JSONSchema.string().property("currency", required: true),
            JSONSchema.integer(minimum: 0).property("count", required: true),
        ])).property("otherCurrencies", required: true),
    ])
}

extension JSONSchema {
    /// Nullable member (optional fields are written as null when empty).
    var nullable: JSONSchema { orNull }
}
