import CRMCore
import Foundation

/// Why the server could not open its domain at start-up (exit 64 with the message on stderr).
public struct StartupError: Error, Hashable, Sendable {
    public let message: String
    public let exitCode: Int32
}

/// The state and acting user a session starts with.
enum DomainStartup {
    static func initialState(demo: Bool, now: Timestamp) throws(StartupError) -> CRMState {
        guard demo else { return CRMState.bootstrapped(at: now) }
        do {
            return try DemoData.state(now: now)
        } catch {
            throw StartupError(message: "could not load the demo data: \(error.message(.en))", exitCode: 70)
        }
    }

    /// `--user` / `CLOVER_CRM_USER`, else the first admin (a fresh store's `admin`).
    static func actingUser(handle: String?, in state: CRMState) throws(StartupError) -> User {
        if let handle {
            guard let user = state.user(handle: handle), !user.archived else {
                let known = state.users.values.filter { !$0.archived }.map(\.handle).sorted().joined(separator: ", ")
                throw StartupError(message: "unknown user \"\(handle)\"; known handles: \(known)", exitCode: 64)
            }
            return user
        }
        let admins = state.users.values.filter { $0.role == .admin && !$0.archived }.sorted { $0.id < $1.id }
        guard let admin = admins.first else {
            throw StartupError(message: "the store has no active admin; start with --user HANDLE", exitCode: 64)
        }
        return admin
    }
}

extension Timestamp {
    /// The server clock's instant, to the millisecond.
    init(_ date: Date) {
        self.init(milliseconds: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
    }
}
