/// A JSON-RPC error code with its stable snake_case `kind` (SPEC §2's table).
///
/// Protocol errors use JSON-RPC's reserved codes; domain errors sit outside -32768…-32000 (which
/// MCP also draws on) and read like their HTTP cousins. Open for extension: a layer above can add
/// its own constants.
public struct ErrorCode: Hashable, Sendable {
    public let rawValue: Int
    /// The stable name carried in `error.data.kind`.
    public let kind: String

    public init(_ rawValue: Int, kind: String) {
        self.rawValue = rawValue
        self.kind = kind
    }

    public static let parseError = ErrorCode(-32700, kind: "parse_error")
    public static let invalidRequest = ErrorCode(-32600, kind: "invalid_request")
    /// A line over the size limit: still -32600, with its own kind.
    public static let requestTooLarge = ErrorCode(-32600, kind: "too_large")
    public static let methodNotFound = ErrorCode(-32601, kind: "method_not_found")
    public static let invalidParams = ErrorCode(-32602, kind: "invalid_params")
    public static let internalError = ErrorCode(-32603, kind: "internal_error")

    public static let duplicateCandidates = ErrorCode(300, kind: "duplicate_candidates")
    public static let forbidden = ErrorCode(403, kind: "forbidden")
    public static let notFound = ErrorCode(404, kind: "not_found")
    public static let conflict = ErrorCode(409, kind: "conflict")
    public static let invalidTransition = ErrorCode(422, kind: "invalid_transition")
    public static let readOnly = ErrorCode(423, kind: "read_only")
    public static let storageFailure = ErrorCode(507, kind: "storage_failure")

    /// Every code this server can answer with, in table order (for documentation and OpenRPC).
    public static let all: [ErrorCode] = [
        .parseError, .invalidRequest, .requestTooLarge, .methodNotFound, .invalidParams, .internalError,
        .duplicateCandidates, .forbidden, .notFound, .conflict, .invalidTransition, .readOnly, .storageFailure,
    ]
}
