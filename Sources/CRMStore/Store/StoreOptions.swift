/// How the store makes writes durable (SPEC §6).
public struct StoreOptions: Hashable, Sendable {
    public enum Durability: String, Hashable, Sendable {
        /// A write is acknowledged only after its journal record is fsync'ed (group commit).
        case strict
        /// Records are written at once but fsync'ed at most every 100 ms: a crash may lose that window.
        case relaxed
    }

    public var durability = Durability.strict
    /// Write a snapshot after this many journal records.
    public var snapshotEvery = 10_000
    /// Open the latest durable state without the lock; nothing is written.
    public var readOnly = false
    /// Move damaged files aside and keep their intact prefix instead of refusing to start.
    public var repair = false

    public init(durability: Durability = .strict, snapshotEvery: Int = 10_000, readOnly: Bool = false, repair: Bool = false) {
        self.durability = durability
        self.snapshotEvery = snapshotEvery
        self.readOnly = readOnly
        self.repair = repair
    }

    /// The longest a relaxed write waits for its fsync.
    public static let relaxedSyncInterval: UInt64 = 100_000_000
}
