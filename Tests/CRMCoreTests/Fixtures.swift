import Testing
@testable import CRMCore

/// A small organisation for tests:
/// admin; manager `mgr.lee` with team bd.kim and bd.park; manager `mgr.choi` with team bd.jones.
struct World {
    var state: CRMState
    let admin: RecordID
    var manager = RecordID(kind: .user, sequence: 0)
    var kim = RecordID(kind: .user, sequence: 0)
    var park = RecordID(kind: .user, sequence: 0)
    var otherManager = RecordID(kind: .user, sequence: 0)
    var jones = RecordID(kind: .user, sequence: 0)
    /// 2026-11-22T09:00:00Z
    static let now = Timestamp(milliseconds: 1_795_338_000_000)
    var clock = World.now

    init() throws {
        state = CRMState.bootstrapped(at: World.now)
        admin = try #require(state.user(handle: "admin")).id
        manager = try addUser("mgr.lee", "Lee Manager", .manager)
        otherManager = try addUser("mgr.choi", "Choi Manager", .manager)
        kim = try addUser("bd.kim", "김민지", .bd, manager: manager)
        park = try addUser("bd.park", "Park Joon", .bd, manager: manager)
        jones = try addUser("bd.jones", "Sam Jones", .bd, manager: otherManager)
    }

    mutating func addUser(_ handle: String, _ name: String, _ role: UserRole, manager: RecordID? = nil) throws -> RecordID {
        try state.commit(state.createUser(UserDraft(handle: handle, name: name, role: role, managerId: manager), ctx(admin))).id
    }

    /// A context one minute after the previous one, so timestamps differ.
    mutating func ctx(_ actor: RecordID) -> OperationContext {
        clock = clock.adding(milliseconds: 60_000)
        return OperationContext(actorId: actor, now: clock)
    }

    mutating func commit<V>(_ planned: Planned<V>) -> V { state.commit(planned) }

    mutating func lead(_ name: String, by actor: RecordID, company: String? = nil, email: String? = nil,
                       status: LeadStatus? = nil) throws -> Lead {
        let draft = LeadDraft(name: name, company: company, email: email, source: .inbound, status: status)
        return commit(try state.createLead(draft, ctx(actor)))
    }

    mutating func account(_ name: String, by actor: RecordID, domain: String? = nil, dni: RecordID? = nil) throws -> Account {
        let draft = AccountDraft(name: name, domain: domain, dniUserId: dni)
        return commit(try state.createAccount(draft, allowDuplicate: true, ctx(actor)))
    }

    mutating func deal(_ name: String, account: RecordID, by actor: RecordID, acv: String = "1000",
                       stage: OpportunityStage? = nil, currency: String? = nil, lostReason: String? = nil) throws -> Opportunity {
        let draft = OpportunityDraft(name: name, accountId: account, stage: stage, acv: acv, currency: currency,
                                     lostReason: lostReason)
        return commit(try state.createOpportunity(draft, ctx(actor)))
    }
}

/// The error a throwing call raised, as a `CRMError`.
func crmError(_ body: () throws -> Void) -> CRMError? {
    do {
        try body()
        return nil
    } catch let error as CRMError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

func money(_ text: String, _ code: String = "USD") throws -> Money {
    try Money(parsing: text, currency: try #require(CurrencyCode(code)))
}
