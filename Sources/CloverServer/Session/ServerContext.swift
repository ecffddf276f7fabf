import CRMCore
import CRMStore
import Foundation
import Glossary
import JSONRPC
import MCP

/// The state every method runs against, owned by the single loop (no locks: one thread touches it).
public struct ServerContext: DispatchContext {
    public let options: ServerOptions
    public let log: Log
    public let clock: ServerClock
    public var language: MessageLanguage
    /// Monotonic start, for `uptime`; the frozen clock does not freeze uptime.
    public let startedAt: UInt64
    /// Set by `server.shutdown`: the loop stops once the lines already read are answered.
    public var stopRequested = false
    /// The generated contract, filled in by the first `rpc.discover`.
    public var contract: JSONValue = .null
    /// The whole CRM. Only `commit(_:)` changes it.
    public internal(set) var state: CRMState
    /// Who the session acts as (`--user`, `CLOVER_CRM_USER`, `session.setUser`).
    public internal(set) var actor: User
    /// Who the process was started as: decides whether `session.setUser` is allowed.
    public let startedAs: User
    /// Server→host notifications produced by the line being answered, written after its answer.
    public internal(set) var outbox: [JSONValue] = []
    /// MCP notifications that must precede the line's answer (progress and log messages of a
    /// request, which a client ignores once the request is answered).
    public internal(set) var outboxAhead: [JSONValue] = []
    /// What MCP remembers of the connection (the handshake era's version and log level).
    public var mcp = MCPConnection()
    /// The bilingual glossary, loaded on first use from the bundle beside the executable.
    public let glossarySource: GlossarySource
    /// The journal and snapshots; nil when running in memory.
    public let store: Store?
    /// Change sets committed since the last settle (the current group).
    var commitsSinceSettle = 0
    /// The text of the second the last written record changed in, which answers copy (see
    /// `RecordOutput.times`); a pure cache, so it never changes what is written.
    var answerTimes = RFC3339TextCache()

    /// Opens the domain: a fresh store bootstraps `admin`; `--demo` loads the sample at the clock's
    /// now; an unknown `--user` handle is a start-up error naming the known handles.
    public init(options: ServerOptions, log: Log, glossary: GlossarySource) throws(StartupError) {
        let now = ServerClock(frozenText: options.now).now()
        let (store, state) = try StoreStartup.open(options: options, environment: ProcessInfo.processInfo.environment, log: log, now: now)
        try self.init(options: options, log: log, glossary: glossary, state: state, store: store)
    }

    /// A context over a given state (contract examples reuse one demo state).
    init(options: ServerOptions, log: Log, glossary: GlossarySource, state: CRMState, store: Store? = nil) throws(StartupError) {
        self.options = options
        self.log = log
        self.glossarySource = glossary
        self.store = store
        self.clock = ServerClock(frozenText: options.now)
        self.language = options.locale
        self.startedAt = DispatchTime.now().uptimeNanoseconds
        self.state = state
        let user = try DomainStartup.actingUser(handle: options.user, in: state)
        self.actor = user
        self.startedAs = user
    }

    /// The glossary, loaded on the first glossary question.
    public func glossary() throws(ResponseError) -> Glossary {
        try glossarySource.glossary(log: log)
    }

    public func logInternalError(_ error: any Error, method: String) {
        log.error("internal error in \(method): \(String(reflecting: error))")
    }

    public var uptimeSeconds: Double {
        Double(DispatchTime.now().uptimeNanoseconds - startedAt) / 1e9
    }
}

extension ServerContext {
    /// Where data lives; resolved as SPEC §6 says (the store opens it in a later layer).
    public var dataDirectoryPath: String {
        let environment = ProcessInfo.processInfo.environment
        switch options.storage {
        case .inMemory: return ""
        case .directory(let path): return path
        case .defaultDirectory:
            if let path = environment["CLOVER_CRM_DATA_DIR"], !path.isEmpty { return path }
            if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/clover-crm" }
            return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/clover-crm"
        }
    }

    /// Live records per type that the acting user can see (SPEC §3: counts apply visibility too).
    public var recordCounts: JSONObject {
        var counts = JSONObject()
        for kind in RecordKind.allCases.sorted() {
            counts.append(kind.rawValue, JSONValue(visibleCount(kind)))
        }
        return counts
    }

    private func visibleCount(_ kind: RecordKind) -> Int {
        let query = ListQuery(limit: 1)
        let total: Int?
        switch kind {
        case .user: total = try? state.list(User.self, query, by: actor.id).total
        case .lead: total = try? state.list(Lead.self, query, by: actor.id).total
        case .account: total = try? state.list(Account.self, query, by: actor.id).total
        case .contact: total = try? state.list(Contact.self, query, by: actor.id).total
        case .opportunity: total = try? state.list(Opportunity.self, query, by: actor.id).total
        case .license: total = try? state.list(LicenseRequest.self, query, by: actor.id).total
        case .quota: total = try? state.list(Quota.self, query, by: actor.id).total
        case .note: total = try? state.list(Note.self, query, by: actor.id).total
        }
        // A list only fails for an actor that no longer exists; such a session sees nothing.
        return total ?? 0
    }
}
