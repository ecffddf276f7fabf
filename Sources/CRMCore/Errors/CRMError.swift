/// Every way a domain operation can refuse. Each case maps to one row of the wire error table (SPEC §2);
/// the server maps them in exactly one place.
public enum CRMError: Error, Hashable, Sendable {
    /// 300: a decision is needed — pick one of these accounts or ask for a new one.
    case duplicateCandidates([DuplicateCandidate])
    /// 403: the acting user's role may not do this (never used for records outside visibility).
    case forbidden(action: String)
    /// 404: no such record, or not visible to the acting user (the two are indistinguishable on purpose).
    case notFound(type: RecordKind, id: String)
    /// 409: `ifVersion` did not match, or a unique key is taken.
    case conflict(Conflict)
    /// 422: a status or stage move that the rules do not allow. `allowed` lists the moves that are.
    case invalidTransition(from: String, to: String, allowed: [String])
    /// -32602 (invalid params): everything wrong with the call's fields, together.
    case invalidFields([FieldProblem])

    /// The stable snake_case `kind` of the wire error's data.
    public var kind: String {
        switch self {
        case .duplicateCandidates: "duplicate_candidates"
        case .forbidden: "forbidden"
        case .notFound: "not_found"
        case .conflict: "conflict"
        case .invalidTransition: "invalid_transition"
        case .invalidFields: "invalid_params"
        }
    }

    static func notFound(_ id: RecordID) -> CRMError {
        .notFound(type: id.kind, id: id.description)
    }

    static func invalid(_ path: String, _ reason: FieldReason, allowed: [String]? = nil) -> CRMError {
        .invalidFields([FieldProblem(path, reason, allowed: allowed)])
    }
}

/// What a 409 collided with.
public enum Conflict: Hashable, Sendable {
    /// The record is at `current`, not at the `ifVersion` the caller expected.
    case version(current: Int)
    /// `field` = `value` is already used by the record `current` (user handles, quota periods).
    case uniqueKey(field: String, value: String, current: RecordID)
}
