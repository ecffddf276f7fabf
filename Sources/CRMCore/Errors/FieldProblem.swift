/// One thing wrong with one field of a call. A call reports all of its problems together.
public struct FieldProblem: Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is, e.g. `account.name`, `filters[1].field`, `opportunity.acv`.
    public var path: String
    public var reason: FieldReason
    /// The accepted values, when there is a short list of them (enum values, allowed ranges).
    public var allowed: [String]?
    /// The closest known name, for a misspelt field.
    public var suggestion: String?

    public init(_ path: String, _ reason: FieldReason, allowed: [String]? = nil, suggestion: String? = nil) {
        self.path = path
        self.reason = reason
        self.allowed = allowed
        self.suggestion = suggestion
    }

    public var description: String { "\(path): \(reason.rawValue)" }
}

/// The machine reason of a `FieldProblem`. Raw values are stable snake_case wire names.
public enum FieldReason: String, CaseIterable, Hashable, Sendable {
    case required
    case tooLong = "too_long"
    case invalidFormat = "invalid_format"
    case unknownValue = "unknown_value"
    case outOfRange = "out_of_range"
    case unknownField = "unknown_field"
    case unknownCurrency = "unknown_currency"
    case notANumber = "not_a_number"
    case tooManyDecimals = "too_many_decimals"
    case fractionalInZeroDecimalCurrency = "fractional_in_zero_decimal_currency"
    case overflow
    case currencyMismatch = "currency_mismatch"
    case notFound = "not_found"
    case archived
    case cycle
    case mismatch
    case notAllowed = "not_allowed"
    case exceedsSeats = "exceeds_seats"
    case invalidCursor = "invalid_cursor"
    case conflictingFields = "conflicting_fields"
}
