import JSONRPC

/// Everything the command line (and its environment variables) can set.
public struct ServerOptions: Equatable, Sendable {
    public enum Storage: Equatable, Sendable {
        /// Resolved later from `CLOVER_CRM_DATA_DIR`, `XDG_DATA_HOME` or the home directory.
        case defaultDirectory
        case directory(String)
        case inMemory
    }

    public enum Durability: String, Equatable, Sendable, CaseIterable {
        case strict, relaxed
    }

    public var storage = Storage.defaultDirectory
    public var demo = false
    public var user: String? = nil
    public var locale = MessageLanguage.english
    /// RFC 3339 text of a frozen clock, validated at parse time.
    public var now: String? = nil
    public var logLevel = LogLevel.warn
    public var maximumLineBytes = 16 << 20
    public var durability = Durability.strict
    public var readOnly = false
    public var repair = false
    public var snapshotEvery = 10_000
    /// `call METHOD [PARAMS]`: one request, then exit.
    public var oneShot: OneShotRequest? = nil
    public var pretty = false
    public var showHelp = false
    public var showVersion = false

    public init() {}
}

/// The request of `clover-crm call METHOD [PARAMS_JSON]`.
public struct OneShotRequest: Equatable, Sendable {
    public init(method: String, params: String?) {
        self.method = method
        self.params = params
    }

    public var method: String
    public var params: String?
}

public enum LogLevel: String, Comparable, Sendable, CaseIterable {
    case error, warn, info, debug

    private var rank: Int {
        switch self {
        case .error: 0
        case .warn: 1
        case .info: 2
        case .debug: 3
        }
    }

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rank < rhs.rank }
}
