/// The whole CRM as one value: every table, the indexes that keep reads fast, the settings, and the
/// change log that `record.history` reads.
///
/// Only `apply(_:)` mutates it, so the same sequence of change sets always yields the same state.
public struct CRMState: Sendable {
    public internal(set) var users = RecordTable<User>()
    public internal(set) var leads = RecordTable<Lead>()
    public internal(set) var accounts = RecordTable<Account>()
    public internal(set) var contacts = RecordTable<Contact>()
    public internal(set) var opportunities = RecordTable<Opportunity>()
    public internal(set) var licenses = RecordTable<LicenseRequest>()
    public internal(set) var quotas = RecordTable<Quota>()
    public internal(set) var notes = RecordTable<Note>()
    public internal(set) var settings = Settings()

    /// The highest sequence number ever used per kind (kinds never used are absent); ids are never reused.
    public var lastSequence: [RecordKind: Int] {
        var sequences: [RecordKind: Int] = [:]
        for kind in RecordKind.allCases where highestSequence[kind.ordinal] > 0 { sequences[kind] = highestSequence[kind.ordinal] }
        return sequences
    }

    /// `lastSequence` by kind ordinal: every applied record change updates it, so no hashing.
    var highestSequence = [Int](repeating: 0, count: RecordKind.allCases.count)
    /// The `seq` of the last applied change set.
    public internal(set) var lastChangeSeq = 0
    /// Every applied change set, oldest first.
    public internal(set) var changeLog: [ChangeSet] = []

    var historyIndex = RecordTable<HistoryPositions>()
    var userByHandle: [String: RecordID] = [:]
    var teamByManager: [RecordID: Set<RecordID>] = [:]
    var contactsByAccount: [RecordID: Set<RecordID>] = [:]
    var opportunitiesByAccount: [RecordID: Set<RecordID>] = [:]
    /// How many won, unarchived deals each account has: whether a new deal defaults to expansion,
    /// asked on every create, without going through all the account's deals (quadratic for an
    /// account with many).
    var wonDealsByAccount: [RecordID: Int] = [:]
    var licensesByOpportunity: [RecordID: RecordID] = [:]
    var notesByRecord: [RecordID: [RecordID]] = [:]
    var searchKeys = RecordTable<SearchKeys>()
    var companyKeys: [RecordID: String] = [:]
    /// Accounts by normalised company name and by domain (their own and their website's): the
    /// candidates duplicate detection checks on every account create, instead of every account.
    var accountsByCompanyKey: [String: Set<RecordID>] = [:]
    var accountsByDomain: [String: Set<RecordID>] = [:]
    var dealFacts: [DealFacts] = []
    var factsPosition: [RecordID: Int] = [:]
    var currencyTable: [CurrencyCode] = []
    var currencyPosition: [CurrencyCode: Int] = [:]

    /// An empty state: no users. Apply `bootstrapChangeSet(at:)` to get the `admin` user.
    public init() {}

    /// A fresh state with its `admin` user, for tests and in-memory servers.
    public static func bootstrapped(at now: Timestamp) -> CRMState {
        var state = CRMState()
        if let changeSet = state.bootstrapChangeSet(at: now) { state.apply(changeSet) }
        return state
    }

    /// The change that creates user `admin` (role admin) when there are no users yet; nil otherwise.
    public func bootstrapChangeSet(at now: Timestamp) -> ChangeSet? {
        guard users.isEmpty else { return nil }
        let id = nextID(.user)
        let admin = User(id: id, handle: "admin", name: "Administrator", role: .admin, createdAt: now)
        return ChangeSet(seq: lastChangeSeq + 1, at: now, actorId: id, operation: "user.create",
                         changes: [.upsert(.user(admin))])
    }

    /// Looks a user up by handle (what `--user` and `session.setUser` pass).
    public func user(handle: String) -> User? {
        userByHandle[handle.lowercased()].flatMap { users[$0] }
    }

    /// Number of live (not archived) records per kind, for `server.info`.
    public var recordCounts: [RecordKind: Int] {
        [
            .user: users.count, .lead: leads.count, .account: accounts.count, .contact: contacts.count,
            .opportunity: opportunities.count, .license: licenses.count, .quota: quotas.count, .note: notes.count,
        ]
    }

    /// Any record by id, ignoring visibility (for the server's own use, e.g. journal checks).
    public func anyRecord(_ id: RecordID) -> AnyRecord? {
        switch id.kind {
        case .user: users[id].map(AnyRecord.user)
        case .lead: leads[id].map(AnyRecord.lead)
        case .account: accounts[id].map(AnyRecord.account)
        case .contact: contacts[id].map(AnyRecord.contact)
        case .opportunity: opportunities[id].map(AnyRecord.opportunity)
        case .license: licenses[id].map(AnyRecord.license)
        case .quota: quotas[id].map(AnyRecord.quota)
        case .note: notes[id].map(AnyRecord.note)
        }
    }

    func nextID(_ kind: RecordKind) -> RecordID {
        RecordID(kind: kind, sequence: highestSequence[kind.ordinal] + 1)
    }

    func makeChangeSet(_ operation: String, _ context: OperationContext, _ changes: [RecordChange]) -> ChangeSet {
        ChangeSet(seq: lastChangeSeq + 1, at: context.now, actorId: context.actorId, operation: operation,
                  changes: changes)
    }

    /// Applies a planned change and returns its value: what tests and an in-memory server do.
    public mutating func commit<Value>(_ planned: Planned<Value>) -> Value {
        apply(planned.changeSet)
        return planned.value
    }
}

/// Hands out fresh ids while an operation plans several new records of the same kind.
struct IDAllocator {
    private var sequences: [Int]

    init(_ state: CRMState) {
        sequences = state.highestSequence
    }

    mutating func next(_ kind: RecordKind) -> RecordID {
        let sequence = sequences[kind.ordinal] + 1
        sequences[kind.ordinal] = sequence
        return RecordID(kind: kind, sequence: sequence)
    }
}
