import Foundation
import Glossary
import JSONRPC

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
    /// The generated contract, filled in when the method list is built.
    public var contract: JSONValue = .null
    /// The bilingual glossary, loaded once at start-up from the bundle beside the executable.
    public let glossary: Glossary

    public init(options: ServerOptions, log: Log, glossary: Glossary) {
        self.options = options
        self.log = log
        self.glossary = glossary
        self.clock = ServerClock(frozenText: options.now)
        self.language = options.locale
        self.startedAt = DispatchTime.now().uptimeNanoseconds
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

    /// Live records per type; empty until the domain's records exist.
    public var recordCounts: JSONObject { [:] }
}
