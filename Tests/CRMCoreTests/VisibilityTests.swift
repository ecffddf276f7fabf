import Testing
@testable import CRMCore

@Suite struct VisibilityTests {
    /// kim and park are in mgr.lee's team; jones is in mgr.choi's.
    @Test func readMatrix() throws {
        var world = try World()
        let kimLead = try world.lead("Kim's lead", by: world.kim)
        let expectations: [(RecordID, Bool)] = [
            (world.kim, true), (world.park, false), (world.manager, true), (world.otherManager, false),
            (world.jones, false), (world.admin, true),
        ]
        for (actor, visible) in expectations {
            let error = crmError { _ = try world.state.lead(kimLead.id, by: actor) }
            #expect(error == (visible ? nil : .notFound(type: .lead, id: kimLead.id.description)), "actor \(actor)")
        }
    }

    @Test func outsideVisibilityIsNotFoundEvenForWrites() throws {
        var world = try World()
        let kimLead = try world.lead("Kim's lead", by: world.kim)
        let byPark = crmError { _ = try world.state.updateLead(kimLead.id, LeadPatch(title: "x"), world.ctx(world.park)) }
        #expect(byPark == .notFound(type: .lead, id: kimLead.id.description))
        let byOtherManager = crmError { _ = try world.state.archive(kimLead.id, world.ctx(world.otherManager)) }
        #expect(byOtherManager == .notFound(type: .lead, id: kimLead.id.description))
        let byManager = crmError { _ = try world.state.updateLead(kimLead.id, LeadPatch(title: "x"), world.ctx(world.manager)) }
        #expect(byManager == nil)
    }

    @Test func nothingLeaksInListsCountsSearchOrKanban() throws {
        var world = try World()
        _ = try world.lead("Nike buyer", by: world.kim, company: "Nike")
        _ = try world.lead("Nike designer", by: world.jones, company: "Nike")
        let kimPage = try world.state.list(Lead.self, by: world.kim)
        #expect(kimPage.total == 1)
        #expect(try world.state.list(Lead.self, by: world.manager).total == 1)
        #expect(try world.state.list(Lead.self, by: world.admin).total == 2)
        #expect(try world.state.searchGlobal("nike", by: world.kim).count == 1)
        #expect(try world.state.searchGlobal("nike", by: world.park).isEmpty)
        #expect(try world.state.leadKanban(by: world.otherManager).map(\.count) == [1, 0, 0])
    }

    @Test func bdCreatesOnlyForThemselves() throws {
        var world = try World()
        let error = crmError { _ = try world.state.createLead(LeadDraft(name: "x", ownerId: world.park), world.ctx(world.kim)) }
        #expect(error == .forbidden(action: "assign records to another user"))
    }

    @Test func reassignmentWithinTeamOnly() throws {
        var world = try World()
        let lead = try world.lead("L", by: world.kim)
        let toPark = world.commit(try world.state.updateLead(lead.id, LeadPatch(ownerId: world.park), world.ctx(world.manager)))
        #expect(toPark.ownerId == world.park)
        let outside = crmError { _ = try world.state.updateLead(lead.id, LeadPatch(ownerId: world.jones), world.ctx(world.manager)) }
        #expect(outside == .forbidden(action: "assign records outside your team"))
        let byAdmin = world.commit(try world.state.updateLead(lead.id, LeadPatch(ownerId: world.jones), world.ctx(world.admin)))
        #expect(byAdmin.ownerId == world.jones)
        let byBD = crmError { _ = try world.state.updateLead(lead.id, LeadPatch(ownerId: world.kim), world.ctx(world.jones)) }
        #expect(byBD == .forbidden(action: "assign records to another user"))
    }

    @Test func dniReadsTheAccountButCannotChangeIt() throws {
        var world = try World()
        let account = try world.account("Nike", by: world.kim, dni: world.jones)
        #expect(try world.state.account(account.id, by: world.jones) == account)
        let error = crmError { _ = try world.state.updateAccount(account.id, AccountPatch(plan: "Pro"), world.ctx(world.jones)) }
        #expect(error == .forbidden(action: "account.update"))
        #expect(crmError { _ = try world.state.account(account.id, by: world.park) } != nil)
    }

    @Test func onlyAnAdminStartedProcessMaySwitchUser() throws {
        let world = try World()
        let admin = try #require(world.state.users[world.admin])
        let kim = try #require(world.state.users[world.kim])
        #expect(SessionPolicy.canSwitchUser(startedAs: admin))
        #expect(!SessionPolicy.canSwitchUser(startedAs: kim))
        #expect(try SessionPolicy.switchUser(startedAs: admin, to: "bd.kim", in: world.state).id == world.kim)
        #expect(try SessionPolicy.switchUser(startedAs: admin, to: "admin", in: world.state).id == world.admin)
        #expect(crmError { _ = try SessionPolicy.switchUser(startedAs: kim, to: "admin", in: world.state) }
                == .forbidden(action: "session.setUser"))
    }

    @Test func onlyAdminsManageUsers() throws {
        var world = try World()
        let error = crmError { _ = try world.state.createUser(UserDraft(handle: "x", name: "X", role: .bd), world.ctx(world.manager)) }
        #expect(error == .forbidden(action: "user.create"))
        let duplicate = crmError { _ = try world.state.createUser(UserDraft(handle: "BD.Kim", name: "X", role: .bd), world.ctx(world.admin)) }
        #expect(duplicate == .conflict(.uniqueKey(field: "handle", value: "bd.kim", current: world.kim)))
    }
}
