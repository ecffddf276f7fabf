import CRMStore
import JSONRPC

/// `server.snapshot`: compact the journal now (also done every --snapshot-every records and at exit).
enum ServerSnapshot: RPCMethod {
    static let name = "server.snapshot"
    static let summary = "Writes a snapshot of everything now and restarts the journal; a no-op in memory."
    static let description: String? = "Use before copying the data directory, or to make the next start-up faster. Snapshots are also written every --snapshot-every journal records and on clean shutdown."
    static let errors = [ErrorCode.readOnly, .storageFailure]
    static let result = JSONSchema.object(nil, [
        JSONSchema.boolean("False when the server keeps nothing on disk (--in-memory).").property("written", required: true),
        JSONSchema.integer("Change sets in the snapshot.", minimum: 0).property("changeSets", required: true),
        JSONSchema.string("The snapshot file, or null in memory.").orNull.property("path", required: true),
    ])
    static let examples = [MethodExample("In memory", result: ["written": false, "changeSets": 0, "path": nil])]

    static func run(_ params: NoParams, context: inout ServerContext) throws -> JSONValue {
        guard let store = context.store else { return ["written": false, "changeSets": 0, "path": nil] }
        if context.options.readOnly {
            throw ResponseError(.readOnly, context.language == .korean ? "읽기 전용 서버는 스냅샷을 쓰지 않습니다" : "A read-only server writes no snapshot")
        }
        do {
            try store.snapshot(context.state, now: context.now)
        } catch {
            throw ResponseError(.storageFailure, "The snapshot could not be written: \(error.description)", details: ["reason": .string(error.reason)])
        }
        return ["written": true, "changeSets": JSONValue(context.state.changeLog.count), "path": .string(store.directory.snapshotPath)]
    }
}
