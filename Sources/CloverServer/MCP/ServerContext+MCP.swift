import JSONRPC
import MCP

/// The session as MCP sees it: its connection state and its notification queues.
extension ServerContext: MCPContext {
    public var queuedNotificationCount: Int { outbox.count }

    public mutating func takeQueuedNotifications(from index: Int) -> [JSONValue] {
        guard index < outbox.count else { return [] }
        defer { outbox.removeSubrange(index...) }
        return Array(outbox[index...])
    }

    public mutating func queueAheadOfAnswer(_ notification: JSONValue) {
        outboxAhead.append(notification)
    }
}
