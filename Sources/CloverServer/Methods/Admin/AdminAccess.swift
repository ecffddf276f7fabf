import CRMCore
import JSONRPC

extension ServerContext {
    /// Export and import see and write every record, so they are for admins only (403 otherwise).
    func requireAdmin(_ method: String) throws(CRMError) {
        guard actor.role == .admin else { throw CRMError.forbidden(action: method) }
    }

    /// Queues `admin.progress {operation, done, total}` every 1,000 records and at the end, so a
    /// host can show progress of a long transfer; short ones (under 1,000 records) send nothing.
    mutating func reportProgress(_ operation: String, done: Int, total: Int) {
        guard total >= Self.progressStep, done % Self.progressStep == 0 || done == total else { return }
        outbox.append(["jsonrpc": "2.0", "method": "admin.progress", "params": [
            "operation": .string(operation), "done": JSONValue(done), "total": JSONValue(total),
        ]])
    }

    static let progressStep = 1_000
}
